// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// libFuzzer target: Y4mReader over any file (it reads what
// --use-file-for-fake-video-capture names). Whatever the bytes, Open() either
// refuses the file or gives a size within the caps and at least one frame,
// and every frame plays at that size.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

#include "platform/fake/y4m_reader.h"
#include "testing/fuzz/fuzz_check.h"
#include "testing/fuzz/fuzz_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mediacapture;
  static fuzzing::FuzzFile* file = new fuzzing::FuzzFile();
  file->Write(data, size);
  Status status;
  std::unique_ptr<Y4mReader> reader = Y4mReader::Open(file->path(), &status);
  FUZZ_CHECK(!reader == !status.ok());
  if (!reader)
    return 0;
  FUZZ_CHECK(reader->width() > 0 && reader->width() <= Y4mReader::kMaxWidth);
  FUZZ_CHECK(reader->height() > 0 && reader->height() <= Y4mReader::kMaxHeight);
  FUZZ_CHECK(reader->frame_count() > 0);
  FUZZ_CHECK(reader->frame_rate() > 0);
  VideoCaptureParams params;
  params.width = reader->width();
  params.height = reader->height();
  params.frame_rate = reader->default_frame_rate();
  reader->Configure(params);
  // Past the last frame once, to loop back to the first.
  int plays = reader->frame_count() < 3 ? reader->frame_count() + 1 : 3;
  VideoFrame frame;
  for (int i = 0; i < plays; ++i) {
    FUZZ_CHECK(reader->NextFrame(i, &frame).ok());
    FUZZ_CHECK(frame.width == reader->width() &&
               frame.height == reader->height());
    FUZZ_CHECK(reader->next_frame_index() < reader->frame_count());
  }
  return 0;
}

// Copyright 2026 The mediacapture authors. All rights reserved.
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
#include "testing/fuzz/fuzz_file.h"

namespace mediacapture {
namespace {

void Check(bool condition) {
  if (!condition)
    __builtin_trap();
}

}  // namespace
}  // namespace mediacapture

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mediacapture;
  static fuzzing::FuzzFile* file = new fuzzing::FuzzFile();
  file->Write(data, size);
  Status status;
  std::unique_ptr<Y4mReader> reader = Y4mReader::Open(file->path(), &status);
  Check(!reader == !status.ok());
  if (!reader)
    return 0;
  Check(reader->width() > 0 && reader->width() <= Y4mReader::kMaxWidth);
  Check(reader->height() > 0 && reader->height() <= Y4mReader::kMaxHeight);
  Check(reader->frame_count() > 0);
  Check(reader->frame_rate() > 0);
  VideoCaptureParams params;
  params.width = reader->width();
  params.height = reader->height();
  params.frame_rate = reader->default_frame_rate();
  reader->Configure(params);
  // Past the last frame once, to loop back to the first.
  int plays = reader->frame_count() < 3 ? reader->frame_count() + 1 : 3;
  VideoFrame frame;
  for (int i = 0; i < plays; ++i) {
    Check(reader->NextFrame(i, &frame).ok());
    Check(frame.width == reader->width() && frame.height == reader->height());
    Check(reader->next_frame_index() < reader->frame_count());
  }
  return 0;
}

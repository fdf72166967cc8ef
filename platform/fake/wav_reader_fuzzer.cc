// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// libFuzzer target: WavReader over any file (it reads what
// --use-file-for-fake-audio-capture names). Whatever the bytes, Open()
// either refuses the file or gives a format within the documented limits and
// at least one frame, and reading (looping or not) gives samples in [-1, 1].

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "platform/fake/fake_media_source.h"
#include "platform/fake/wav_reader.h"
#include "testing/fuzz/fuzz_check.h"
#include "testing/fuzz/fuzz_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mediacapture;
  static fuzzing::FuzzFile* file = new fuzzing::FuzzFile();
  file->Write(data, size);
  Status status;
  std::unique_ptr<WavReader> reader = WavReader::Open(file->path(), &status);
  FUZZ_CHECK(!reader == !status.ok());
  if (!reader)
    return 0;
  FUZZ_CHECK(reader->channels() >= 1 &&
             reader->channels() <= FakeAudioSource::kMaxChannels);
  FUZZ_CHECK(reader->sample_rate() >= FakeAudioSource::kMinSampleRate &&
             reader->sample_rate() <= FakeAudioSource::kMaxSampleRate);
  FUZZ_CHECK(reader->frame_count() > 0);
  // Reads of a few sizes, through the end and around again.
  const int64_t kChunks[] = {1, 7, 64, 1000};
  std::vector<float> out;
  int64_t total = 0;
  for (int i = 0; i < 8; ++i) {
    int64_t frames = kChunks[i % 4];
    out.assign(static_cast<size_t>(frames * reader->channels()), 2.0f);
    bool loop = i >= 4;
    int64_t read = reader->Read(frames, loop, out.data(), &status);
    FUZZ_CHECK(read >= 0 && read <= frames);
    if (loop)
      FUZZ_CHECK(read == frames);
    for (int64_t s = 0; s < read * reader->channels(); ++s)
      FUZZ_CHECK(std::isfinite(out[s]) && out[s] >= -1.0f && out[s] <= 1.0f);
    total += read;
  }
  FUZZ_CHECK(total > 0);
  return 0;
}

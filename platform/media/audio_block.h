// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_MEDIA_AUDIO_BLOCK_H_
#define PLATFORM_MEDIA_AUDIO_BLOCK_H_

#include <cstdint>
#include <vector>

namespace mediacapture {

// A block of captured audio: interleaved float samples in [-1, 1]. Any
// thread; sinks must not keep a reference past their OnAudio() call.
struct AudioBlock {
  int sample_rate = 0;
  int channels = 0;
  // Capture time of the first frame on CLOCK_MONOTONIC, microseconds.
  int64_t timestamp_us = 0;
  // frames() * channels samples.
  std::vector<float> samples;

  int frames() const {
    return channels ? static_cast<int>(samples.size()) / channels : 0;
  }
};

}  // namespace mediacapture

#endif  // PLATFORM_MEDIA_AUDIO_BLOCK_H_

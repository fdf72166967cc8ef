// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_BEEP_GENERATOR_H_
#define PLATFORM_FAKE_BEEP_GENERATOR_H_

#include <cstdint>

#include "platform/fake/fake_media_source.h"

namespace mediacapture {

// The fake microphone's sound: a steady 440 Hz tone at a low level, with a
// louder beep of the same pitch for the first 100 ms of every second. The
// steady part keeps level meters above zero at any moment a test looks; the
// beep is what a listener hears (Chromium's fake input beeps periodically).
// The same signal on every channel. Configured on the starting thread, then
// used on the capture thread.
class BeepGenerator : public FakeAudioSource {
 public:
  static constexpr double kFrequencyHz = 440;
  static constexpr float kToneAmplitude = 0.1f;
  static constexpr float kBeepAmplitude = 0.5f;
  static constexpr int kBeepDurationMs = 100;
  static constexpr int kBeepPeriodMs = 1000;

  BeepGenerator() = default;

  // FakeAudioSource:
  Status Configure(const AudioCaptureParams& params) override;
  Status NextBlock(int frames, float* out) override;

 private:
  int sample_rate_ = 48000;
  int channels_ = 1;
  // Frames generated so far: the phase and the beep schedule derive from it,
  // so no rounding error accumulates.
  int64_t position_ = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_BEEP_GENERATOR_H_

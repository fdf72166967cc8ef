// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/beep_generator.h"

#include <cmath>
#include <string>

#include "platform/fake/fake_error.h"

namespace mediacapture {

Status BeepGenerator::Configure(const AudioCaptureParams& params) {
  if (params.sample_rate < kMinSampleRate ||
      params.sample_rate > kMaxSampleRate || params.channel_count < 1 ||
      params.channel_count > kMaxChannels) {
    return Status::Error(ErrorCategory::kUnsupported, kFakeBadParams,
                         "the fake microphone cannot capture " +
                             std::to_string(params.sample_rate) + " Hz x " +
                             std::to_string(params.channel_count) +
                             " channels");
  }
  sample_rate_ = params.sample_rate;
  channels_ = params.channel_count;
  position_ = 0;
  return Status::Ok();
}

Status BeepGenerator::NextBlock(int frames, float* out) {
  const int64_t period =
      static_cast<int64_t>(sample_rate_) * kBeepPeriodMs / 1000;
  const int64_t beep =
      static_cast<int64_t>(sample_rate_) * kBeepDurationMs / 1000;
  for (int i = 0; i < frames; ++i, ++position_) {
    // position * f mod rate, in integers: the phase stays exact after hours.
    int64_t cycle_position =
        (position_ * static_cast<int64_t>(kFrequencyHz)) % sample_rate_;
    double phase =
        2 * M_PI * static_cast<double>(cycle_position) / sample_rate_;
    float amplitude =
        (position_ % period) < beep ? kBeepAmplitude : kToneAmplitude;
    float sample = amplitude * static_cast<float>(std::sin(phase));
    for (int c = 0; c < channels_; ++c)
      *out++ = sample;
  }
  return Status::Ok();
}

}  // namespace mediacapture

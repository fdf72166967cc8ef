// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_PULSE_TEST_TONE_H_
#define PLATFORM_PULSE_TEST_TONE_H_

#include <cstddef>
#include <vector>

namespace mediacapture {

// Test-only tone analysis: which frequency dominates captured audio.

// The power of |frequency| in |count| samples (Goertzel's algorithm), taking
// every |stride|-th sample (one channel of interleaved audio).
double GoertzelPower(const float* samples,
                     size_t count,
                     size_t stride,
                     double sample_rate,
                     double frequency);

// One channel of interleaved samples.
std::vector<float> ExtractChannel(const std::vector<float>& interleaved,
                                  int channels,
                                  int channel);

// The frequency of the largest Goertzel power among min_hz, min_hz + step_hz,
// ... max_hz.
double DominantFrequency(const std::vector<float>& mono,
                         double sample_rate,
                         double min_hz,
                         double max_hz,
                         double step_hz);

// Root mean square of the samples.
double Rms(const std::vector<float>& samples);

}  // namespace mediacapture

#endif  // PLATFORM_PULSE_TEST_TONE_H_

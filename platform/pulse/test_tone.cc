// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/test_tone.h"

#include <cmath>

namespace mediacapture {

double GoertzelPower(const float* samples,
                     size_t count,
                     size_t stride,
                     double sample_rate,
                     double frequency) {
  const double coefficient =
      2.0 * std::cos(2.0 * M_PI * frequency / sample_rate);
  double s1 = 0;
  double s2 = 0;
  for (size_t i = 0; i < count; ++i) {
    double s0 = samples[i * stride] + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
}

std::vector<float> ExtractChannel(const std::vector<float>& interleaved,
                                  int channels,
                                  int channel) {
  std::vector<float> mono;
  if (channels <= 0)
    return mono;
  mono.reserve(interleaved.size() / channels);
  for (size_t i = channel; i < interleaved.size(); i += channels)
    mono.push_back(interleaved[i]);
  return mono;
}

double DominantFrequency(const std::vector<float>& mono,
                         double sample_rate,
                         double min_hz,
                         double max_hz,
                         double step_hz) {
  double best_frequency = 0;
  double best_power = -1;
  for (double f = min_hz; f <= max_hz + step_hz / 2; f += step_hz) {
    double power = GoertzelPower(mono.data(), mono.size(), 1, sample_rate, f);
    if (power > best_power) {
      best_power = power;
      best_frequency = f;
    }
  }
  return best_frequency;
}

double Rms(const std::vector<float>& samples) {
  if (samples.empty())
    return 0;
  double sum = 0;
  for (float s : samples)
    sum += static_cast<double>(s) * s;
  return std::sqrt(sum / samples.size());
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/beep_generator.h"

#include <cmath>

#include <catch2/catch.hpp>

#include "platform/fake/fake_error.h"
#include "platform/fake/fake_test_util.h"

namespace mediacapture {
namespace {

using testing::GoertzelPower;

std::vector<float> Generate(BeepGenerator* beep, int frames, int channels) {
  std::vector<float> samples(static_cast<size_t>(frames) * channels);
  REQUIRE(beep->NextBlock(frames, samples.data()).ok());
  return samples;
}

double Rms(const std::vector<float>& samples, size_t begin, size_t end) {
  double sum = 0;
  for (size_t i = begin; i < end; ++i)
    sum += samples[i] * samples[i];
  return std::sqrt(sum / (end - begin));
}

TEST_CASE("the beep's dominant frequency is 440 Hz") {
  auto rate = GENERATE(48000, 44100, 16000);
  BeepGenerator beep;
  REQUIRE(beep.Configure({rate, 1, 0.01}).ok());
  std::vector<float> samples = Generate(&beep, rate, 1);  // one second
  const double at_440 = GoertzelPower(samples, rate, 440);
  for (double other : {220.0, 400.0, 480.0, 880.0, 1000.0, 3000.0})
    CHECK(at_440 > 100 * GoertzelPower(samples, rate, other));
}

TEST_CASE("every channel of the beep carries the same signal") {
  BeepGenerator beep;
  REQUIRE(beep.Configure({48000, 2, 0.01}).ok());
  std::vector<float> samples = Generate(&beep, 4800, 2);
  bool any_sound = false;
  for (size_t i = 0; i < samples.size(); i += 2) {
    REQUIRE(samples[i] == samples[i + 1]);
    any_sound = any_sound || samples[i] != 0;
  }
  CHECK(any_sound);
}

TEST_CASE("the beep is loud for the first 100 ms of each second, then soft") {
  const int rate = 48000;
  BeepGenerator beep;
  REQUIRE(beep.Configure({rate, 1, 0.01}).ok());
  std::vector<float> samples = Generate(&beep, 2 * rate, 1);
  const size_t beep_end = rate / 10;
  const double loud = Rms(samples, 0, beep_end);
  const double soft = Rms(samples, beep_end, rate);
  const double loud_again = Rms(samples, rate, rate + beep_end);
  CHECK(soft > 0.01);  // Never silent.
  CHECK(loud > 3 * soft);
  CHECK(loud_again == Approx(loud).epsilon(0.01));
}

TEST_CASE("blocks of the beep join without a seam") {
  const int rate = 48000;
  BeepGenerator whole;
  BeepGenerator pieces;
  REQUIRE(whole.Configure({rate, 1, 0.01}).ok());
  REQUIRE(pieces.Configure({rate, 1, 0.01}).ok());
  std::vector<float> expected = Generate(&whole, 1440, 1);
  std::vector<float> joined;
  for (int i = 0; i < 3; ++i) {
    std::vector<float> block = Generate(&pieces, 480, 1);
    joined.insert(joined.end(), block.begin(), block.end());
  }
  CHECK(joined == expected);
}

TEST_CASE("the beep refuses rates and channel counts no microphone has") {
  BeepGenerator beep;
  CHECK(beep.Configure({100, 1, 0.01}).code() == kFakeBadParams);
  CHECK(beep.Configure({48000, 0, 0.01}).code() == kFakeBadParams);
  CHECK(beep.Configure({48000, 64, 0.01}).code() == kFakeBadParams);
}

}  // namespace
}  // namespace mediacapture

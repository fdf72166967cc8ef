// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/fake_device_options.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

struct OptionsCase {
  const char* text;
  int device_count;
  std::vector<double> frame_rates;
  size_t warnings;
};

TEST_CASE("fake device options parse, clamp and warn like Chromium's") {
  const std::vector<double> kDefaultRates = FakeDeviceOptions().frame_rates;
  auto row = GENERATE_COPY(values<OptionsCase>({
      // Well-formed.
      {"", 1, kDefaultRates, 0},
      {"device-count=2", 2, kDefaultRates, 0},
      {"fps=15", 1, {15}, 0},
      {"device-count=3,fps=24", 3, {24}, 0},
      {"fps=29.97 device-count=0", 0, {29.97}, 0},
      {"DEVICE-COUNT=4,FPS=10", 4, {10}, 0},
      {",,device-count=2,,", 2, kDefaultRates, 0},
      // Out of range: clamped, one warning each.
      {"device-count=11", 10, kDefaultRates, 1},
      {"device-count=-1", 0, kDefaultRates, 1},
      {"fps=1", 1, {5}, 1},
      {"fps=120", 1, {60}, 1},
      {"device-count=99,fps=0", 10, {5}, 2},
      // Not numbers: ignored, one warning each.
      {"device-count=two", 1, kDefaultRates, 1},
      {"device-count=2.5", 1, kDefaultRates, 1},
      {"fps=fast", 1, kDefaultRates, 1},
      {"fps=nan", 1, kDefaultRates, 1},
      // Bad pairs and unknown keys: one warning each, the rest still parsed.
      {"device-count", 1, kDefaultRates, 1},
      {"=3", 1, kDefaultRates, 1},
      {"fps=", 1, kDefaultRates, 1},
      {"a=b=c,device-count=2", 2, kDefaultRates, 1},
      {"colour=red,fps=20,device-count=3", 3, {20}, 1},
      {"bogus,also-bogus=1,fps=30", 1, {30}, 2},
  }));

  DYNAMIC_SECTION("'" << row.text << "'") {
    FakeDeviceOptions options;
    std::vector<std::string> warnings;
    ParseFakeDeviceOptions(row.text, &options, &warnings);
    CHECK(options.device_count == row.device_count);
    CHECK(options.frame_rates == row.frame_rates);
    CHECK(warnings.size() == row.warnings);
    for (const std::string& warning : warnings) {
      // One line each, naming the flag.
      CHECK(warning.find('\n') == std::string::npos);
      CHECK(warning.find("--use-fake-device-for-media-stream") == 0);
    }
  }
}

TEST_CASE("a clamp warning names the value and what is used instead") {
  FakeDeviceOptions options;
  std::vector<std::string> warnings;
  ParseFakeDeviceOptions("device-count=42", &options, &warnings);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("42") != std::string::npos);
  CHECK(warnings[0].find("using 10") != std::string::npos);
}

TEST_CASE("an unknown key warning names the key") {
  FakeDeviceOptions options;
  std::vector<std::string> warnings;
  ParseFakeDeviceOptions("facing=left", &options, &warnings);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("'facing'") != std::string::npos);
}

TEST_CASE("options absent from the string keep their earlier values") {
  FakeDeviceOptions options;
  options.device_count = 5;
  std::vector<std::string> warnings;
  ParseFakeDeviceOptions("fps=12", &options, &warnings);
  CHECK(options.device_count == 5);
  CHECK(options.frame_rates == std::vector<double>{12});
}

TEST_CASE("%noloop after the audio file name turns looping off") {
  FakeDeviceOptions options;
  ParseFakeAudioFileOption("/tmp/a.wav%noloop", &options);
  CHECK(options.audio_file == "/tmp/a.wav");
  CHECK_FALSE(options.audio_loop);
  ParseFakeAudioFileOption("/tmp/b.wav", &options);
  CHECK(options.audio_file == "/tmp/b.wav");
  CHECK(options.audio_loop);
}

}  // namespace
}  // namespace mediacapture

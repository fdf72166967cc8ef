// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/constraints/fitness_distance.h"
#include "core/constraints/select_settings.h"
#include "core/constraints/test_devices.h"

namespace mediacapture {
namespace constraint_model {
namespace {

using test::Double;
using test::ExactBool;
using test::ExactDouble;
using test::ExactString;
using test::ExactULong;
using test::ULong;

std::vector<CandidateDevice> AllMicrophones() {
  return {test::DefaultMicrophone(), test::ProcessingMicrophone()};
}

std::string ChosenDevice(const SelectionResult<AudioSelection>& result) {
  REQUIRE(result.ok());
  return *result.value().settings.device_id;
}

TEST_CASE("no constraints give the default microphone at its native format") {
  const auto result = SelectAudioSettings(AllMicrophones(), {});
  REQUIRE(result.ok());
  const AudioSelection& a = result.value();
  CHECK(a.device_index == 0);
  const MediaTrackSettings& s = a.settings;
  CHECK(s.sample_rate == 48000u);
  CHECK(s.sample_size == 16u);
  CHECK(s.channel_count == 2u);
  CHECK(s.latency == 0.01);
  CHECK(s.echo_cancellation == false);
  CHECK(s.auto_gain_control == false);
  CHECK(s.noise_suppression == false);
  CHECK(s.device_id == "default-microphone-id");
  CHECK(s.group_id == "default-microphone-group");
  CHECK_FALSE(s.width);
  CHECK_FALSE(s.resize_mode);
  CHECK(a.capture_params.sample_rate == 48000);
  CHECK(a.capture_params.channel_count == 2);
  CHECK(a.capture_params.latency == 0.01);
}

struct Row {
  const char* claim;
  MediaTrackConstraints constraints;
  const char* device;
  uint32_t sample_rate;
  uint32_t channel_count;
  bool echo_cancellation;
};

MediaTrackConstraints With(void (*set)(MediaTrackConstraints*)) {
  MediaTrackConstraints c;
  set(&c);
  return c;
}

TEST_CASE("audio properties pick a microphone and its settings") {
  const Row rows[] = {
      {"an exact sample rate in the default's range",
       With([](MediaTrackConstraints* c) {
         c->sample_rate = ExactULong(16000);
       }),
       "default-microphone-id", 16000, 2, false},
      {"an ideal sample rate in range is met exactly",
       With([](MediaTrackConstraints* c) { c->sample_rate = 44100u; }),
       "default-microphone-id", 44100, 2, false},
      {"an exact channel count of one",
       With([](MediaTrackConstraints* c) { c->channel_count = ExactULong(1); }),
       "default-microphone-id", 48000, 1, false},
      {"exact echo cancellation takes the microphone that does it",
       With([](MediaTrackConstraints* c) {
         c->echo_cancellation = test::ExactEcho(true);
       }),
       "processing-microphone-id", 16000, 1, true},
      {"ideal echo cancellation prefers the microphone that does it",
       With([](MediaTrackConstraints* c) { c->echo_cancellation = true; }),
       "processing-microphone-id", 16000, 1, true},
      {"exact no echo cancellation keeps the default microphone",
       With([](MediaTrackConstraints* c) {
         c->echo_cancellation = test::ExactEcho(false);
       }),
       "default-microphone-id", 48000, 2, false},
      {"noise suppression and gain control count like echo cancellation",
       With([](MediaTrackConstraints* c) {
         c->noise_suppression = true;
         c->auto_gain_control = true;
       }),
       "processing-microphone-id", 16000, 1, true},
      {"an exact deviceId picks that microphone",
       With([](MediaTrackConstraints* c) {
         c->device_id = ExactString(std::string("processing-microphone-id"));
       }),
       "processing-microphone-id", 16000, 1, true},
      {"an exact groupId picks the microphone in that group",
       With([](MediaTrackConstraints* c) {
         c->group_id = ExactString(std::string("processing-microphone-group"));
       }),
       "processing-microphone-id", 16000, 1, true},
      {"a sample rate both can give goes to the default microphone",
       With([](MediaTrackConstraints* c) { c->sample_rate = 16000u; }),
       "default-microphone-id", 16000, 2, false},
      {"video constraints on an audio track are ignored, even exact ones",
       With([](MediaTrackConstraints* c) {
         c->width = ExactULong(1);
         c->facing_mode = ExactString(std::string("user"));
         c->resize_mode = ExactString(std::string("none"));
       }),
       "default-microphone-id", 48000, 2, false},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.claim) {
      const auto result =
          SelectAudioSettings(AllMicrophones(), row.constraints);
      CHECK(ChosenDevice(result) == row.device);
      const AudioSelection& a = result.value();
      CHECK(a.settings.sample_rate == row.sample_rate);
      CHECK(a.settings.channel_count == row.channel_count);
      CHECK(a.settings.echo_cancellation == row.echo_cancellation);
      CHECK(a.capture_params.sample_rate == int(row.sample_rate));
      CHECK(a.capture_params.channel_count == int(row.channel_count));
      CHECK(FitnessDistance(Basic(row.constraints), a.settings,
                            BareValue::kIdeal, DeviceKind::kAudioInput) < 1e9);
    }
  }
}

struct FailRow {
  const char* claim;
  MediaTrackConstraints constraints;
  const char* failed;
};

TEST_CASE("impossible audio constraints fail and name the constraint") {
  const FailRow rows[] = {
      {"a sample rate above every range fails on sampleRate",
       With([](MediaTrackConstraints* c) {
         c->sample_rate = ExactULong(96000);
       }),
       "sampleRate"},
      {"a sample size no microphone has fails on sampleSize",
       With([](MediaTrackConstraints* c) { c->sample_size = ExactULong(24); }),
       "sampleSize"},
      {"three channels fail on channelCount",
       With([](MediaTrackConstraints* c) { c->channel_count = ULong(3); }),
       "channelCount"},
      {"a latency below every range fails on latency",
       With([](MediaTrackConstraints* c) { c->latency = Double({}, 0.001); }),
       "latency"},
      {"an unknown deviceId fails on deviceId",
       With([](MediaTrackConstraints* c) {
         c->device_id = ExactString(std::string("gone"));
       }),
       "deviceId"},
      {"an unknown groupId fails on groupId",
       With([](MediaTrackConstraints* c) {
         c->group_id = ExactString(std::string("gone"));
       }),
       "groupId"},
  };
  for (const FailRow& row : rows) {
    DYNAMIC_SECTION(row.claim) {
      const auto result =
          SelectAudioSettings(AllMicrophones(), row.constraints);
      REQUIRE_FALSE(result.ok());
      CHECK_FALSE(result.no_candidates());
      CHECK(result.failed_constraint_name() == row.failed);
    }
  }
}

TEST_CASE("a microphone without processing cannot be made to process") {
  for (const char* name :
       {"echoCancellation", "autoGainControl", "noiseSuppression"}) {
    DYNAMIC_SECTION(name) {
      MediaTrackConstraints c;
      const std::string property = name;
      if (property == "echoCancellation")
        c.echo_cancellation = test::ExactEcho(true);
      else if (property == "autoGainControl")
        c.auto_gain_control = ExactBool(true);
      else
        c.noise_suppression = ExactBool(true);
      const auto exact = SelectAudioSettings({test::DefaultMicrophone()}, c);
      REQUIRE_FALSE(exact.ok());
      CHECK(exact.failed_constraint_name() == property);
    }
  }
  SECTION("an ideal true is met with processing off, at distance 1") {
    MediaTrackConstraints c;
    c.echo_cancellation = true;
    const auto result = SelectAudioSettings({test::DefaultMicrophone()}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.echo_cancellation == false);
    CHECK(FitnessDistance(c, result.value().settings, BareValue::kIdeal,
                          DeviceKind::kAudioInput) == 1);
  }
}

// voiceIsolation: no microphone of ours isolates voices.
TEST_CASE("voiceIsolation can only be off") {
  const CandidateDevice microphone = test::ProcessingMicrophone();
  SECTION("the setting is false, also for an ideal true, at distance 1") {
    MediaTrackConstraints c;
    c.voice_isolation = true;
    const auto result = SelectAudioSettings({microphone}, c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.voice_isolation == false);
    CHECK(FitnessDistance(c, result.value().settings, BareValue::kIdeal,
                          DeviceKind::kAudioInput) == 1);
  }
  SECTION("an exact true fails on voiceIsolation") {
    MediaTrackConstraints c;
    c.voice_isolation = ExactBool(true);
    const auto result = SelectAudioSettings({microphone}, c);
    REQUIRE_FALSE(result.ok());
    CHECK(result.failed_constraint_name() == "voiceIsolation");
  }
  SECTION("an exact false is met") {
    MediaTrackConstraints c;
    c.voice_isolation = ExactBool(false);
    CHECK(SelectAudioSettings({microphone}, c).ok());
  }
  SECTION("it does not apply to cameras") {
    MediaTrackConstraints c;
    c.voice_isolation = ExactBool(true);
    const auto result = SelectVideoSettings({test::DefaultCamera()}, c);
    REQUIRE(result.ok());
    CHECK_FALSE(result.value().settings.voice_isolation);
  }
}

TEST_CASE("echoCancellation modes") {
  SECTION("\"all\" is what our echo cancellers do") {
    MediaTrackConstraints c;
    c.echo_cancellation = test::ExactEcho(std::string("all"));
    const auto result = SelectAudioSettings(AllMicrophones(), c);
    CHECK(ChosenDevice(result) == "processing-microphone-id");
    CHECK(result.value().settings.echo_cancellation == true);
  }
  SECTION("an exact \"remote-only\" cannot be met") {
    MediaTrackConstraints c;
    c.echo_cancellation = test::ExactEcho(std::string("remote-only"));
    const auto result = SelectAudioSettings(AllMicrophones(), c);
    REQUIRE_FALSE(result.ok());
    CHECK(result.failed_constraint_name() == "echoCancellation");
  }
  SECTION("a bare \"remote-only\" is a preference that costs 1") {
    MediaTrackConstraints c;
    c.echo_cancellation = std::string("remote-only");
    const auto result = SelectAudioSettings(AllMicrophones(), c);
    CHECK(ChosenDevice(result) == "default-microphone-id");
    CHECK(FitnessDistance(c, result.value().settings, BareValue::kIdeal,
                          DeviceKind::kAudioInput) == 1);
  }
}

TEST_CASE("a microphone with processing can switch it off") {
  MediaTrackConstraints c;
  c.echo_cancellation = test::ExactEcho(false);
  const auto result = SelectAudioSettings({test::ProcessingMicrophone()}, c);
  REQUIRE(result.ok());
  CHECK(result.value().settings.echo_cancellation == false);
  // The others stay on, as the device does them by default.
  CHECK(result.value().settings.noise_suppression == true);
}

TEST_CASE("audio settings inside ranges") {
  SECTION("an ideal latency in range is met") {
    MediaTrackConstraints c;
    c.latency = 0.05;
    const auto result = SelectAudioSettings(AllMicrophones(), c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.latency == 0.05);
    CHECK(result.value().capture_params.latency == 0.05);
  }
  SECTION("an ideal out of range is clamped to the nearest value") {
    MediaTrackConstraints c;
    c.sample_rate = 96000u;
    const auto result = SelectAudioSettings(AllMicrophones(), c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.sample_rate == 48000u);
  }
  SECTION("exact sample size 16") {
    MediaTrackConstraints c;
    c.sample_size = ExactULong(16);
    CHECK(SelectAudioSettings(AllMicrophones(), c).ok());
  }
}

TEST_CASE("audio advanced sets") {
  SECTION("spec example: an advanced deviceId is exact and picks the device") {
    MediaTrackConstraints c;
    c.advanced.emplace(1);
    (*c.advanced)[0].device_id = std::string("processing-microphone-id");
    CHECK(ChosenDevice(SelectAudioSettings(AllMicrophones(), c)) ==
          "processing-microphone-id");
  }
  SECTION("an earlier set beats a later one") {
    MediaTrackConstraints c;
    c.advanced.emplace(2);
    (*c.advanced)[0].sample_rate = 44100u;
    (*c.advanced)[1].echo_cancellation = true;
    const auto result = SelectAudioSettings(AllMicrophones(), c);
    CHECK(ChosenDevice(result) == "default-microphone-id");
    CHECK(result.value().settings.sample_rate == 44100u);
  }
  SECTION("an unsatisfiable advanced set is skipped") {
    MediaTrackConstraints c;
    c.advanced.emplace(1);
    (*c.advanced)[0].channel_count = 8u;
    const auto result = SelectAudioSettings(AllMicrophones(), c);
    REQUIRE(result.ok());
    CHECK(result.value().settings.channel_count == 2u);
  }
}

TEST_CASE("a microphone mode with an empty range is no candidate") {
  const CandidateDevice broken = test::Microphone(
      "broken-microphone", {test::AudioMode(48000, 8000, 1, 2, false),
                            test::AudioMode(0, 0, 0, 0, false)});
  const auto result = SelectAudioSettings({broken}, {});
  REQUIRE_FALSE(result.ok());
  CHECK(result.no_candidates());
}

TEST_CASE("no microphone at all is no candidates") {
  const auto result = SelectAudioSettings({}, {});
  REQUIRE_FALSE(result.ok());
  CHECK(result.no_candidates());
  const auto cameras_only = SelectAudioSettings({test::DefaultCamera()}, {});
  REQUIRE_FALSE(cameras_only.ok());
  CHECK(cameras_only.no_candidates());
}

TEST_CASE(
    "audio constraints each possible alone but not together name "
    "nothing") {
  MediaTrackConstraints c;
  c.echo_cancellation = test::ExactEcho(true);
  c.sample_rate = ExactULong(48000);
  const auto result = SelectAudioSettings(AllMicrophones(), c);
  REQUIRE_FALSE(result.ok());
  CHECK(result.failed_constraint_name().empty());
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture

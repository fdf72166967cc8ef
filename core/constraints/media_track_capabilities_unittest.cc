// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/media_track_capabilities.h"

#include <set>

#include <catch2/catch.hpp>

#include "core/constraints/fitness_distance.h"
#include "core/constraints/test_devices.h"

namespace mediacapture {
namespace constraint_model {
namespace {

using test::ExactDouble;
using test::ExactULong;

TEST_CASE("a camera's capabilities span every size crop-and-scale can make") {
  const MediaTrackCapabilities caps = GetCapabilities(test::DefaultCamera());
  REQUIRE(caps.width);
  CHECK(caps.width->min == 1u);
  CHECK(caps.width->max == 1280u);
  REQUIRE(caps.height);
  CHECK(caps.height->min == 1u);
  CHECK(caps.height->max == 720u);
  REQUIRE(caps.aspect_ratio);
  CHECK(*caps.aspect_ratio->min == Approx(1.0 / 720));
  CHECK(caps.aspect_ratio->max == 1280.0);
  REQUIRE(caps.frame_rate);
  // "min being equal to 0" (#def-constraint-frameRate): crop-and-scale
  // decimates to any rate.
  CHECK(caps.frame_rate->min == 0.0);
  CHECK(caps.frame_rate->max == 30.0);
  CHECK(caps.facing_mode == std::vector<std::string>{"user"});
  CHECK(caps.resize_mode == std::vector<std::string>{"none", "crop-and-scale"});
  CHECK(caps.device_id == "default-camera-id");
  CHECK(caps.group_id == "default-camera-group");
  CHECK(caps.background_blur == std::vector<bool>{false});
  CHECK_FALSE(caps.sample_rate);
  CHECK_FALSE(caps.echo_cancellation);
}

TEST_CASE("a camera that does not say where it faces lists no facing mode") {
  const MediaTrackCapabilities caps = GetCapabilities(test::LowResCamera());
  REQUIRE(caps.facing_mode);
  CHECK(caps.facing_mode->empty());
}

TEST_CASE("a camera whose slowest native rate is 0.5 Hz still has min 0") {
  const MediaTrackCapabilities caps = GetCapabilities(test::Camera(
      "slow", FacingMode::kUnknown, {test::RateRangeMode(640, 480, 0.5, 5)}));
  REQUIRE(caps.frame_rate);
  CHECK(caps.frame_rate->min == 0.0);
  CHECK(caps.frame_rate->max == 5.0);
}

TEST_CASE("a microphone's capabilities span its modes") {
  const MediaTrackCapabilities caps =
      GetCapabilities(test::DefaultMicrophone());
  REQUIRE(caps.sample_rate);
  CHECK(caps.sample_rate->min == 8000u);
  CHECK(caps.sample_rate->max == 48000u);
  REQUIRE(caps.sample_size);
  CHECK(caps.sample_size->min == 16u);
  CHECK(caps.sample_size->max == 16u);
  REQUIRE(caps.channel_count);
  CHECK(caps.channel_count->min == 1u);
  CHECK(caps.channel_count->max == 2u);
  REQUIRE(caps.latency);
  CHECK(caps.latency->min == 0.005);
  CHECK(caps.latency->max == 0.1);
  CHECK(caps.echo_cancellation == std::vector<bool>{false});
  CHECK(caps.auto_gain_control == std::vector<bool>{false});
  CHECK(caps.noise_suppression == std::vector<bool>{false});
  CHECK(caps.voice_isolation == std::vector<bool>{false});
  CHECK(caps.device_id == "default-microphone-id");
  CHECK_FALSE(caps.width);
  CHECK_FALSE(caps.resize_mode);
  CHECK_FALSE(caps.background_blur);

  const MediaTrackCapabilities processing =
      GetCapabilities(test::ProcessingMicrophone());
  CHECK(processing.echo_cancellation == std::vector<bool>{true, false});
  CHECK(processing.auto_gain_control == std::vector<bool>{true, false});
  CHECK(processing.noise_suppression == std::vector<bool>{true, false});
}

TEST_CASE(
    "every camera can be constrained to its capabilities' bounds and no "
    "further") {
  for (const CandidateDevice& camera :
       {test::DefaultCamera(), test::LowResCamera(), test::HighResCamera(),
        test::OddFrameRateCamera(), test::StepwiseCamera()}) {
    DYNAMIC_SECTION(camera.descriptor.label) {
      const MediaTrackCapabilities caps = GetCapabilities(camera);
      MediaTrackConstraints c;
      c.width = ExactULong(*caps.width->max);
      CHECK(SelectVideoSettings({camera}, c).ok());
      c.width = ExactULong(*caps.width->max + 1);
      CHECK(SelectVideoSettings({camera}, c).failed_constraint_name() ==
            "width");
      c = {};
      c.height = ExactULong(*caps.height->min);
      CHECK(SelectVideoSettings({camera}, c).ok());
      c.height = ExactULong(*caps.height->max + 1);
      CHECK(SelectVideoSettings({camera}, c).failed_constraint_name() ==
            "height");
      c = {};
      c.frame_rate = ExactDouble(*caps.frame_rate->max);
      CHECK(SelectVideoSettings({camera}, c).ok());
      c.frame_rate = ExactDouble(*caps.frame_rate->min);
      CHECK(SelectVideoSettings({camera}, c).ok());
      c.frame_rate = ExactDouble(*caps.frame_rate->max + 1);
      CHECK(SelectVideoSettings({camera}, c).failed_constraint_name() ==
            "frameRate");
      c = {};
      c.aspect_ratio = ExactDouble(*caps.aspect_ratio->max);
      CHECK(SelectVideoSettings({camera}, c).ok());
    }
  }
}

TEST_CASE("every microphone can be constrained to its capabilities' bounds") {
  for (const CandidateDevice& microphone :
       {test::DefaultMicrophone(), test::ProcessingMicrophone()}) {
    DYNAMIC_SECTION(microphone.descriptor.label) {
      const MediaTrackCapabilities caps = GetCapabilities(microphone);
      MediaTrackConstraints c;
      c.sample_rate = ExactULong(*caps.sample_rate->max);
      CHECK(SelectAudioSettings({microphone}, c).ok());
      c.sample_rate = ExactULong(*caps.sample_rate->max + 1);
      CHECK(SelectAudioSettings({microphone}, c).failed_constraint_name() ==
            "sampleRate");
      c = {};
      c.channel_count = ExactULong(*caps.channel_count->min);
      CHECK(SelectAudioSettings({microphone}, c).ok());
      c = {};
      c.latency = ExactDouble(*caps.latency->max);
      CHECK(SelectAudioSettings({microphone}, c).ok());
      for (bool value : *caps.echo_cancellation) {
        c = {};
        c.echo_cancellation = test::ExactEcho(value);
        CHECK(SelectAudioSettings({microphone}, c).ok());
      }
    }
  }
}

TEST_CASE(
    "getSupportedConstraints lists each of the seventeen properties once") {
  const std::vector<std::string>& names = GetSupportedConstraints();
  const std::set<std::string> unique(names.begin(), names.end());
  CHECK(names.size() == 17);
  CHECK(unique.size() == names.size());
  for (const char* name :
       {"width", "height", "aspectRatio", "frameRate", "facingMode",
        "resizeMode", "sampleRate", "sampleSize", "echoCancellation",
        "autoGainControl", "noiseSuppression", "latency", "channelCount",
        "deviceId", "groupId", "backgroundBlur", "voiceIsolation"}) {
    CHECK(unique.count(name) == 1);
  }
  for (const std::string& name : names) {
    const bool video = PropertyAppliesTo(name, DeviceKind::kVideoInput);
    const bool audio = PropertyAppliesTo(name, DeviceKind::kAudioInput);
    CHECK((video || audio));
  }
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/constraint_checks.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "core/constraints/test_devices.h"

namespace mediacapture {
namespace constraint_model {
namespace {

using test::ExactBool;
using test::ExactString;
using test::ExactULong;
using test::IdealBool;
using test::IdealString;

constexpr DeviceKind kVideo = DeviceKind::kVideoInput;
constexpr DeviceKind kAudio = DeviceKind::kAudioInput;

TEST_CASE("the allowed required constraints are the spec's fifteen") {
  for (const char* name :
       {"width", "height", "aspectRatio", "frameRate", "facingMode",
        "resizeMode", "sampleRate", "sampleSize", "echoCancellation",
        "autoGainControl", "noiseSuppression", "latency", "channelCount",
        "deviceId", "groupId"}) {
    DYNAMIC_SECTION(name) {
      CHECK(IsAllowedRequiredConstraintForDeviceSelection(name));
    }
  }
  CHECK_FALSE(IsAllowedRequiredConstraintForDeviceSelection("backgroundBlur"));
  CHECK_FALSE(IsAllowedRequiredConstraintForDeviceSelection(""));
}

TEST_CASE("an exact backgroundBlur is a disallowed required video constraint") {
  for (bool value : {false, true}) {
    MediaTrackConstraints c;
    c.background_blur = ExactBool(value);
    CHECK(FirstDisallowedRequiredConstraint(c, kVideo) == "backgroundBlur");
    // Not defined for audio tracks: removed from an audio request first.
    CHECK(FirstDisallowedRequiredConstraint(c, kAudio).empty());
  }
}

// voiceIsolation is not in the spec's list either: required in
// getUserMedia(), it is a TypeError; applyConstraints() has no such step.
TEST_CASE("an exact voiceIsolation is a disallowed required audio constraint") {
  CHECK_FALSE(IsAllowedRequiredConstraintForDeviceSelection("voiceIsolation"));
  for (bool value : {false, true}) {
    MediaTrackConstraints c;
    c.voice_isolation = ExactBool(value);
    CHECK(FirstDisallowedRequiredConstraint(c, kAudio) == "voiceIsolation");
    // Not defined for video tracks: removed from a video request first.
    CHECK(FirstDisallowedRequiredConstraint(c, kVideo).empty());
  }
  MediaTrackConstraints ideal;
  ideal.voice_isolation = IdealBool(true);
  CHECK(FirstDisallowedRequiredConstraint(ideal, kAudio).empty());
}

TEST_CASE("an ideal or bare backgroundBlur is not required") {
  MediaTrackConstraints bare;
  bare.background_blur = true;
  CHECK(FirstDisallowedRequiredConstraint(bare, kVideo).empty());
  MediaTrackConstraints ideal;
  ideal.background_blur = IdealBool(true);
  CHECK(FirstDisallowedRequiredConstraint(ideal, kVideo).empty());
}

TEST_CASE("an exact backgroundBlur in an advanced set is not required") {
  MediaTrackConstraints c;
  c.advanced.emplace();
  c.advanced->emplace_back();
  c.advanced->back().background_blur = ExactBool(true);
  CHECK(FirstDisallowedRequiredConstraint(c, kVideo).empty());
}

TEST_CASE("allowed required constraints pass the check") {
  MediaTrackConstraints c;
  c.width = ExactULong(640);
  c.device_id = ExactString(std::string("x"));
  c.echo_cancellation = test::ExactEcho(true);
  CHECK(FirstDisallowedRequiredConstraint(c, kVideo).empty());
  CHECK(FirstDisallowedRequiredConstraint(c, kAudio).empty());
}

std::string Repeat(size_t count, const std::string& unit = "a") {
  std::string result;
  for (size_t i = 0; i < count; ++i)
    result += unit;
  return result;
}

TEST_CASE("a constraint string of 500 characters is fine, 501 is too long") {
  MediaTrackConstraints ok;
  ok.device_id = ConstrainDOMString(Repeat(kMaxConstraintStringLength));
  CHECK(FirstOverlongConstraintString(ok).empty());
  MediaTrackConstraints long_one;
  long_one.device_id =
      ConstrainDOMString(Repeat(kMaxConstraintStringLength + 1));
  CHECK(FirstOverlongConstraintString(long_one) == "deviceId");
}

TEST_CASE("every string shape of each string property is checked") {
  const std::string too_long = Repeat(kMaxConstraintStringLength + 1);
  const std::vector<std::string> list = {"user", too_long};
  const ConstrainDOMString shapes[] = {
      ConstrainDOMString(too_long),
      ConstrainDOMString(list),
      ConstrainDOMString(ExactString(too_long)),
      ConstrainDOMString(IdealString(too_long)),
      ConstrainDOMString(ExactString(list)),
      ConstrainDOMString(IdealString(list)),
  };
  for (size_t i = 0; i < std::size(shapes); ++i) {
    DYNAMIC_SECTION("shape " << i) {
      MediaTrackConstraints device;
      device.device_id = shapes[i];
      CHECK(FirstOverlongConstraintString(device) == "deviceId");
      MediaTrackConstraints group;
      group.group_id = shapes[i];
      CHECK(FirstOverlongConstraintString(group) == "groupId");
      MediaTrackConstraints facing;
      facing.facing_mode = shapes[i];
      CHECK(FirstOverlongConstraintString(facing) == "facingMode");
      MediaTrackConstraints resize;
      resize.resize_mode = shapes[i];
      CHECK(FirstOverlongConstraintString(resize) == "resizeMode");
    }
  }
}

TEST_CASE("an overlong string in an advanced set is found") {
  MediaTrackConstraints c;
  c.facing_mode = ConstrainDOMString(std::string("user"));
  c.advanced.emplace();
  c.advanced->emplace_back();
  c.advanced->emplace_back();
  c.advanced->back().group_id =
      ConstrainDOMString(Repeat(kMaxConstraintStringLength + 1));
  CHECK(FirstOverlongConstraintString(c) == "groupId");
}

TEST_CASE("length is counted in UTF-16 code units, as Chromium counts it") {
  // U+00E9 is two UTF-8 bytes and one UTF-16 code unit.
  MediaTrackConstraints accented;
  accented.device_id =
      ConstrainDOMString(Repeat(kMaxConstraintStringLength, "\xC3\xA9"));
  CHECK(FirstOverlongConstraintString(accented).empty());
  // U+1F600 is four UTF-8 bytes and two UTF-16 code units.
  MediaTrackConstraints astral;
  astral.device_id = ConstrainDOMString(
      Repeat(kMaxConstraintStringLength / 2, "\xF0\x9F\x98\x80"));
  CHECK(FirstOverlongConstraintString(astral).empty());
  astral.device_id = ConstrainDOMString(
      Repeat(kMaxConstraintStringLength / 2, "\xF0\x9F\x98\x80") + "a");
  CHECK(FirstOverlongConstraintString(astral) == "deviceId");
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture

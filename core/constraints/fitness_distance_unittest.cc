// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/fitness_distance.h"

#include <cmath>
#include <limits>

#include <catch2/catch.hpp>

#include "core/constraints/test_devices.h"

namespace mediacapture {
namespace constraint_model {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

NumericConstraint Numeric(std::optional<double> min,
                          std::optional<double> max,
                          std::optional<double> exact,
                          std::optional<double> ideal) {
  NumericConstraint c;
  c.min = min;
  c.max = max;
  c.exact = exact;
  c.ideal = ideal;
  return c;
}

struct NumericRow {
  const char* claim;
  NumericConstraint constraint;
  std::optional<double> actual;
  double expected;
};

TEST_CASE("numeric fitness distance follows the spec's steps") {
  const NumericRow rows[] = {
      {"ideal equal to actual is 0", Numeric({}, {}, {}, 640), 640, 0},
      {"ideal above actual is relative to the ideal", Numeric({}, {}, {}, 1280),
       640, 0.5},
      {"ideal below actual is relative to the actual", Numeric({}, {}, {}, 640),
       1280, 0.5},
      {"ideal 30 against 60 is 0.5", Numeric({}, {}, {}, 30), 60, 0.5},
      {"fractional ideal", Numeric({}, {}, {}, 1.5), 1.7777777778,
       (1.7777777778 - 1.5) / 1.7777777778},
      {"exact met is 0", Numeric({}, {}, 640, {}), 640, 0},
      {"exact missed is infinite", Numeric({}, {}, 640, {}), 641, kInf},
      {"min met is 0", Numeric(640, {}, {}, {}), 640, 0},
      {"min missed is infinite", Numeric(640, {}, {}, {}), 639, kInf},
      {"max met is 0", Numeric({}, 640, {}, {}), 640, 0},
      {"max missed is infinite", Numeric({}, 640, {}, {}), 641, kInf},
      {"min and ideal met measure the ideal", Numeric(640, {}, {}, 1280), 960,
       0.25},
      {"a required constraint with no setting is infinite",
       Numeric(1, {}, {}, {}), std::nullopt, kInf},
      {"an ideal with no setting is 1", Numeric({}, {}, {}, 5), std::nullopt,
       1},
      {"no ideal is 0", Numeric(1, 2000, {}, {}), 1000, 0},
      {"zero ideal and zero actual is 0", Numeric({}, {}, {}, 0), 0, 0},
      {"zero actual against a nonzero ideal is 1", Numeric({}, {}, {}, 10), 0,
       1},
  };
  for (const NumericRow& row : rows) {
    DYNAMIC_SECTION(row.claim) {
      CHECK(FitnessDistance(row.constraint, row.actual) ==
            Approx(row.expected));
    }
  }
}

TEST_CASE("boolean fitness distance follows the spec's steps") {
  struct Row {
    const char* claim;
    std::optional<bool> exact;
    std::optional<bool> ideal;
    std::optional<bool> actual;
    double expected;
  } rows[] = {
      {"ideal met is 0", {}, true, true, 0},
      {"ideal missed is 1", {}, true, false, 1},
      {"exact met is 0", false, {}, false, 0},
      {"exact missed is infinite", true, {}, false, kInf},
      {"exact with no setting is infinite", true, {}, std::nullopt, kInf},
      {"ideal with no setting is 1", {}, false, std::nullopt, 1},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.claim) {
      BooleanConstraint c;
      c.exact = row.exact;
      c.ideal = row.ideal;
      CHECK(FitnessDistance(c, row.actual) == row.expected);
    }
  }
}

TEST_CASE("string fitness distance follows the spec's steps") {
  struct Row {
    const char* claim;
    std::vector<std::string> exact;
    std::vector<std::string> ideal;
    std::optional<std::string> actual;
    double expected;
  } rows[] = {
      {"ideal met is 0", {}, {"user"}, "user", 0},
      {"ideal missed is 1", {}, {"user"}, "environment", 1},
      {"a list of ideals is met by any of them",
       {},
       {"left", "user"},
       "user",
       0},
      {"exact met is 0", {"environment"}, {}, "environment", 0},
      {"exact missed is infinite", {"environment"}, {}, "user", kInf},
      {"a list of exacts is met by any of them", {"a", "b"}, {}, "b", 0},
      {"exact with no setting is infinite", {"user"}, {}, std::nullopt, kInf},
      {"ideal with no setting is 1", {}, {"user"}, std::nullopt, 1},
      {"exact and ideal both count", {"a", "b"}, {"a"}, "b", 1},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.claim) {
      StringConstraint c;
      c.exact = row.exact;
      c.ideal = row.ideal;
      CHECK(FitnessDistance(c, row.actual) == row.expected);
    }
  }
}

TEST_CASE("an echo-cancellation mode we do not offer matches no setting") {
  BooleanConstraint exact;
  exact.exact_matches_nothing = true;
  CHECK(exact.IsRequired());
  CHECK(FitnessDistance(exact, true) == kInf);
  CHECK(FitnessDistance(exact, false) == kInf);
  BooleanConstraint ideal;
  ideal.ideal_matches_nothing = true;
  CHECK_FALSE(ideal.IsRequired());
  CHECK(FitnessDistance(ideal, true) == 1);
  CHECK(FitnessDistance(ideal, false) == 1);
}

MediaTrackSettings VgaSettings() {
  MediaTrackSettings s;
  s.width = 640;
  s.height = 480;
  s.aspect_ratio = AspectRatioSetting(640, 480);
  s.frame_rate = 30;
  s.facing_mode = "user";
  s.resize_mode = "none";
  s.device_id = "camera";
  s.group_id = "group";
  return s;
}

TEST_CASE("a set's fitness distance is the sum over its members") {
  ConstraintSet set;
  set.width = ConstrainULong(1280u);                                 // 0.5
  set.frame_rate = ConstrainDouble(60.0);                            // 0.5
  set.facing_mode = ConstrainDOMString(std::string("environment"));  // 1
  CHECK(FitnessDistance(set, VgaSettings(), BareValue::kIdeal,
                        DeviceKind::kVideoInput) == Approx(2.0));
}

TEST_CASE(
    "the same bare value is a preference in the basic set and a "
    "requirement in an advanced set") {
  ConstraintSet set;
  set.width = ConstrainULong(1280u);
  CHECK(FitnessDistance(set, VgaSettings(), BareValue::kIdeal,
                        DeviceKind::kVideoInput) == Approx(0.5));
  CHECK(FitnessDistance(set, VgaSettings(), BareValue::kExact,
                        DeviceKind::kVideoInput) == kInf);
}

TEST_CASE("members that do not apply to the kind count 0, even required") {
  ConstraintSet set;
  set.sample_rate = ConstrainULong(test::ExactULong(8000));
  set.echo_cancellation = ConstrainBooleanOrDOMString(true);
  CHECK(FitnessDistance(set, VgaSettings(), BareValue::kExact,
                        DeviceKind::kVideoInput) == 0);
  ConstraintSet video;
  video.width = ConstrainULong(test::ExactULong(640));
  video.background_blur = ConstrainBoolean(test::ExactBool(true));
  MediaTrackSettings audio;
  audio.sample_rate = 48000;
  CHECK(FitnessDistance(video, audio, BareValue::kExact,
                        DeviceKind::kAudioInput) == 0);
}

TEST_CASE("properties apply to their own kind, ids to both") {
  CHECK(PropertyAppliesTo("width", DeviceKind::kVideoInput));
  CHECK(PropertyAppliesTo("backgroundBlur", DeviceKind::kVideoInput));
  CHECK_FALSE(PropertyAppliesTo("backgroundBlur", DeviceKind::kAudioInput));
  CHECK_FALSE(PropertyAppliesTo("width", DeviceKind::kAudioInput));
  CHECK(PropertyAppliesTo("latency", DeviceKind::kAudioInput));
  CHECK_FALSE(PropertyAppliesTo("latency", DeviceKind::kVideoInput));
  for (DeviceKind kind : {DeviceKind::kVideoInput, DeviceKind::kAudioInput}) {
    CHECK(PropertyAppliesTo("deviceId", kind));
    CHECK(PropertyAppliesTo("groupId", kind));
  }
}

TEST_CASE("the first unsatisfied constraint is named in member order") {
  ConstraintSet set;
  set.height = ConstrainULong(test::ExactULong(720));
  set.device_id = ConstrainDOMString(test::ExactString(std::string("other")));
  CHECK(FirstUnsatisfiedConstraint(Resolve(set, BareValue::kIdeal),
                                   VgaSettings(),
                                   DeviceKind::kVideoInput) == "height");
  set.height = ConstrainULong(480u);
  CHECK(FirstUnsatisfiedConstraint(Resolve(set, BareValue::kIdeal),
                                   VgaSettings(),
                                   DeviceKind::kVideoInput) == "deviceId");
  set.device_id.reset();
  CHECK(FirstUnsatisfiedConstraint(Resolve(set, BareValue::kIdeal),
                                   VgaSettings(), DeviceKind::kVideoInput)
            .empty());
}

TEST_CASE("an aspect ratio given as 4/3 matches a 640x480 setting") {
  ConstraintSet set;
  set.aspect_ratio = ConstrainDouble(test::ExactDouble(4.0 / 3.0));
  CHECK(FitnessDistance(set, VgaSettings(), BareValue::kIdeal,
                        DeviceKind::kVideoInput) == 0);
  CHECK(VgaSettings().aspect_ratio == 1.3333333333);
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture

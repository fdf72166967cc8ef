// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/media_constraints.h"

#include <catch2/catch.hpp>

#include "core/constraints/media_track_settings.h"
#include "core/constraints/test_devices.h"

namespace mediacapture {
namespace constraint_model {
namespace {

using test::Double;
using test::ExactBool;
using test::ExactString;
using test::IdealString;
using test::ULong;

TEST_CASE("a bare number is ideal in the basic set and exact in advanced") {
  const std::optional<ConstrainULong> width = ConstrainULong(640u);
  const NumericConstraint basic = Resolve(width, BareValue::kIdeal);
  CHECK(basic.ideal == 640.0);
  CHECK_FALSE(basic.exact);
  CHECK_FALSE(basic.IsRequired());
  const NumericConstraint advanced = Resolve(width, BareValue::kExact);
  CHECK(advanced.exact == 640.0);
  CHECK_FALSE(advanced.ideal);
  CHECK(advanced.IsRequired());
}

TEST_CASE("a bare boolean and a bare string follow the same rule") {
  const std::optional<ConstrainBoolean> echo = ConstrainBoolean(true);
  CHECK(Resolve(echo, BareValue::kIdeal).ideal == true);
  CHECK(Resolve(echo, BareValue::kExact).exact == true);

  const std::optional<ConstrainDOMString> facing =
      ConstrainDOMString(std::string("user"));
  CHECK(Resolve(facing, BareValue::kIdeal).ideal ==
        std::vector<std::string>{"user"});
  CHECK(Resolve(facing, BareValue::kExact).exact ==
        std::vector<std::string>{"user"});

  const std::optional<ConstrainDOMString> ids =
      ConstrainDOMString(std::vector<std::string>{"a", "b"});
  CHECK(Resolve(ids, BareValue::kExact).exact ==
        std::vector<std::string>{"a", "b"});
}

TEST_CASE("a dictionary keeps its members whatever the set") {
  const std::optional<ConstrainULong> width =
      ConstrainULong(ULong(640, 1920, {}, 1280));
  for (BareValue bare : {BareValue::kIdeal, BareValue::kExact}) {
    const NumericConstraint resolved = Resolve(width, bare);
    CHECK(resolved.min == 640.0);
    CHECK(resolved.max == 1920.0);
    CHECK(resolved.ideal == 1280.0);
    CHECK_FALSE(resolved.exact);
  }
  const std::optional<ConstrainBoolean> echo =
      ConstrainBoolean(ExactBool(false));
  CHECK(Resolve(echo, BareValue::kIdeal).exact == false);
}

TEST_CASE(
    "an absent member, an empty dictionary and an empty list constrain "
    "nothing") {
  CHECK(Resolve(std::optional<ConstrainULong>(), BareValue::kIdeal).IsEmpty());
  CHECK(Resolve(std::optional<ConstrainDouble>(ConstrainDouble(Double())),
                BareValue::kExact)
            .IsEmpty());
  CHECK(Resolve(std::optional<ConstrainDOMString>(
                    ConstrainDOMString(std::vector<std::string>())),
                BareValue::kExact)
            .IsEmpty());
  CHECK(Resolve(std::optional<ConstrainDOMString>(ConstrainDOMString(
                    ExactString(std::vector<std::string>()))),
                BareValue::kIdeal)
            .IsEmpty());
  CHECK(Resolve(std::optional<ConstrainBoolean>(
                    ConstrainBoolean(ConstrainBooleanParameters())),
                BareValue::kExact)
            .IsEmpty());
}

TEST_CASE("a string member given as one string or a list resolves to a list") {
  const std::optional<ConstrainDOMString> single =
      ConstrainDOMString(IdealString(std::string("environment")));
  CHECK(Resolve(single, BareValue::kIdeal).ideal ==
        std::vector<std::string>{"environment"});
  const std::optional<ConstrainDOMString> list =
      ConstrainDOMString(ExactString(std::vector<std::string>{"user", "left"}));
  CHECK(Resolve(list, BareValue::kIdeal).exact ==
        std::vector<std::string>{"user", "left"});
}

TEST_CASE("echoCancellation \"all\" is true, other modes match nothing") {
  using Echo = std::optional<ConstrainBooleanOrDOMString>;
  const BooleanConstraint all =
      Resolve(Echo(std::string("all")), BareValue::kExact);
  CHECK(all.exact == true);
  CHECK_FALSE(all.exact_matches_nothing);
  const BooleanConstraint remote =
      Resolve(Echo(std::string("remote-only")), BareValue::kExact);
  CHECK_FALSE(remote.exact);
  CHECK(remote.exact_matches_nothing);
  CHECK(remote.IsRequired());
  const BooleanConstraint ideal_remote =
      Resolve(Echo(std::string("remote-only")), BareValue::kIdeal);
  CHECK(ideal_remote.ideal_matches_nothing);
  CHECK_FALSE(ideal_remote.IsRequired());
  CHECK(Resolve(Echo(false), BareValue::kIdeal).ideal == false);
  const BooleanConstraint parameters =
      Resolve(Echo(test::ExactEcho(std::string("all"))), BareValue::kIdeal);
  CHECK(parameters.exact == true);
  const BooleanConstraint both = Resolve(
      Echo(ConstrainBooleanOrDOMStringParameters{
          BooleanOrString(false), BooleanOrString(std::string("unknown"))}),
      BareValue::kIdeal);
  CHECK(both.exact == false);
  CHECK(both.ideal_matches_nothing);
  CHECK(
      Resolve(Echo(ConstrainBooleanOrDOMStringParameters()), BareValue::kExact)
          .IsEmpty());
}

TEST_CASE("resolving a set rounds aspect ratios to the tenth decimal") {
  ConstraintSet set;
  set.aspect_ratio = ConstrainDouble(4.0 / 3.0);
  const ResolvedConstraintSet resolved = Resolve(set, BareValue::kExact);
  CHECK(*resolved.aspect_ratio.exact == 1.3333333333);
}

// Found by select_settings_fuzzer: 1e300 * 1e10 overflowed to infinity, and
// the fitness distance of a setting to an infinite ideal is NaN.
TEST_CASE("rounding leaves huge aspect ratios finite") {
  ConstraintSet set;
  set.aspect_ratio = ConstrainDouble(1e300);
  const ResolvedConstraintSet resolved = Resolve(set, BareValue::kIdeal);
  CHECK(*resolved.aspect_ratio.ideal == 1e300);
  CHECK(RoundAspectRatio(-1e300) == -1e300);
  CHECK(RoundAspectRatio(1e15 + 0.5) == 1e15 + 0.5);
}

TEST_CASE("resolving a set resolves every member") {
  ConstraintSet set;
  set.width = ConstrainULong(1u);
  set.height = ConstrainULong(2u);
  set.aspect_ratio = ConstrainDouble(3.0);
  set.frame_rate = ConstrainDouble(4.0);
  set.facing_mode = ConstrainDOMString(std::string("user"));
  set.resize_mode = ConstrainDOMString(std::string("none"));
  set.sample_rate = ConstrainULong(5u);
  set.sample_size = ConstrainULong(6u);
  set.echo_cancellation = ConstrainBooleanOrDOMString(true);
  set.background_blur = ConstrainBoolean(false);
  set.auto_gain_control = ConstrainBoolean(false);
  set.noise_suppression = ConstrainBoolean(true);
  set.latency = ConstrainDouble(0.5);
  set.channel_count = ConstrainULong(7u);
  set.device_id = ConstrainDOMString(std::string("d"));
  set.group_id = ConstrainDOMString(std::string("g"));
  const ResolvedConstraintSet r = Resolve(set, BareValue::kExact);
  CHECK(r.width.exact == 1.0);
  CHECK(r.height.exact == 2.0);
  CHECK(r.aspect_ratio.exact == 3.0);
  CHECK(r.frame_rate.exact == 4.0);
  CHECK(r.facing_mode.exact == std::vector<std::string>{"user"});
  CHECK(r.resize_mode.exact == std::vector<std::string>{"none"});
  CHECK(r.sample_rate.exact == 5.0);
  CHECK(r.sample_size.exact == 6.0);
  CHECK(r.echo_cancellation.exact == true);
  CHECK(r.auto_gain_control.exact == false);
  CHECK(r.noise_suppression.exact == true);
  CHECK(r.latency.exact == 0.5);
  CHECK(r.channel_count.exact == 7.0);
  CHECK(r.device_id.exact == std::vector<std::string>{"d"});
  CHECK(r.group_id.exact == std::vector<std::string>{"g"});
  CHECK(r.background_blur.exact == false);
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture

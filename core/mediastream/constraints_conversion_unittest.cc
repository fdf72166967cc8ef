// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/mediastream/constraints_conversion.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

namespace cm = constraint_model;

TEST_CASE("a bare value stays bare and a range stays a range") {
  MediaTrackConstraints constraints;
  constraints.width = uint32_t{640};
  ConstrainULongRange height;
  height.ideal = 480;
  height.min = 240;
  constraints.height = height;
  cm::MediaTrackConstraints model = ToConstraintModel(constraints);
  REQUIRE(model.width);
  CHECK(std::get<uint32_t>(*model.width) == 640u);
  REQUIRE(model.height);
  const auto& range = std::get<cm::ConstrainULongRange>(*model.height);
  CHECK(range.ideal == 480u);
  CHECK(range.min == 240u);
  CHECK_FALSE(range.max);
  CHECK_FALSE(model.frame_rate);
}

TEST_CASE("strings, lists and parameters of DOMString constraints keep shape") {
  MediaTrackConstraintSet set;
  set.facing_mode = std::string("user");
  set.device_id = std::vector<std::string>{"a", "b"};
  ConstrainDOMStringParameters resize;
  resize.exact = std::string("none");
  set.resize_mode = resize;
  cm::ConstraintSet model = ToConstraintModel(set);
  CHECK(std::get<std::string>(*model.facing_mode) == "user");
  CHECK(std::get<std::vector<std::string>>(*model.device_id).size() == 2);
  const auto& params =
      std::get<cm::ConstrainDOMStringParameters>(*model.resize_mode);
  REQUIRE(params.exact);
  CHECK(std::get<std::string>(*params.exact) == "none");
}

TEST_CASE("advanced sets convert in order") {
  MediaTrackConstraints constraints;
  MediaTrackConstraintSet first;
  first.frame_rate = 15.0;
  MediaTrackConstraintSet second;
  second.echo_cancellation = std::string("all");
  constraints.advanced = std::vector<MediaTrackConstraintSet>{first, second};
  cm::MediaTrackConstraints model = ToConstraintModel(constraints);
  REQUIRE(model.advanced.size() == 2);
  CHECK(std::get<double>(*model.advanced[0].frame_rate) == 15.0);
  CHECK(std::get<std::string>(*model.advanced[1].echo_cancellation) == "all");
}

TEST_CASE("settings and capabilities carry every present member") {
  cm::MediaTrackSettings settings;
  settings.width = 320;
  settings.echo_cancellation = true;
  settings.device_id = "id";
  MediaTrackSettings out = ToMediaTrackSettings(settings);
  CHECK(out.width == 320u);
  REQUIRE(out.echo_cancellation);
  CHECK(std::get<bool>(*out.echo_cancellation));
  CHECK(out.device_id == std::string("id"));
  CHECK_FALSE(out.height);

  cm::MediaTrackCapabilities caps;
  caps.width = cm::ULongRange{1, 1920};
  caps.echo_cancellation = std::vector<bool>{true, false};
  MediaTrackCapabilities converted = ToMediaTrackCapabilities(caps);
  REQUIRE(converted.width);
  CHECK(converted.width->min == 1u);
  CHECK(converted.width->max == 1920u);
  REQUIRE(converted.echo_cancellation);
  REQUIRE(converted.echo_cancellation->size() == 2);
  CHECK_FALSE(std::get<bool>((*converted.echo_cancellation)[1]));
}

TEST_CASE("supported constraints are those the model lists") {
  MediaTrackSupportedConstraints supported = ToSupportedConstraints();
  CHECK(supported.width);
  CHECK(supported.device_id);
  CHECK(supported.echo_cancellation);
  int count = 0;
  for (bool value :
       {supported.width, supported.height, supported.aspect_ratio,
        supported.frame_rate, supported.facing_mode, supported.resize_mode,
        supported.sample_rate, supported.sample_size,
        supported.echo_cancellation, supported.auto_gain_control,
        supported.noise_suppression, supported.latency, supported.channel_count,
        supported.device_id, supported.group_id, supported.background_blur})
    count += value ? 1 : 0;
  CHECK(count == static_cast<int>(cm::GetSupportedConstraints().size()));
}

}  // namespace
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/constraints_conversion.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

namespace cm = constraint_model;

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
  CHECK_FALSE(out.voice_isolation);
  settings.voice_isolation = false;
  out = ToMediaTrackSettings(settings);
  CHECK(out.voice_isolation == false);

  cm::MediaTrackCapabilities caps;
  caps.width.emplace();
  caps.width->min = 1;
  caps.width->max = 1920;
  caps.echo_cancellation = std::vector<bool>{true, false};
  MediaTrackCapabilities converted = ToMediaTrackCapabilities(caps);
  REQUIRE(converted.width);
  CHECK(converted.width->min == 1u);
  CHECK(converted.width->max == 1920u);
  REQUIRE(converted.echo_cancellation);
  REQUIRE(converted.echo_cancellation->size() == 2);
  CHECK_FALSE(std::get<bool>((*converted.echo_cancellation)[1]));
  CHECK_FALSE(converted.voice_isolation);
  caps.voice_isolation = std::vector<bool>{false};
  CHECK(ToMediaTrackCapabilities(caps).voice_isolation ==
        std::vector<bool>{false});
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
        supported.device_id, supported.group_id, supported.background_blur,
        supported.voice_isolation})
    count += value ? 1 : 0;
  CHECK(count == static_cast<int>(cm::GetSupportedConstraints().size()));
}

}  // namespace
}  // namespace mediacapture

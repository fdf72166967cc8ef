// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_MEDIA_TRACK_SETTINGS_H_
#define CORE_CONSTRAINTS_MEDIA_TRACK_SETTINGS_H_

#include <cstdint>
#include <optional>
#include <string>

namespace mediacapture {
namespace constraint_model {

// https://w3c.github.io/mediacapture-main/#dom-mediatracksettings
// One "settings dictionary": a single value per constrainable property. A
// member the source does not have (a camera that does not say which way it
// faces, audio members on a video track) is std::nullopt, and then
// getSettings() leaves it out. Plain data: any thread.
struct MediaTrackSettings {
  // Video.
  std::optional<uint32_t> width;
  std::optional<uint32_t> height;
  std::optional<double> aspect_ratio;
  std::optional<double> frame_rate;
  std::optional<std::string> facing_mode;
  std::optional<std::string> resize_mode;
  // Audio.
  std::optional<uint32_t> sample_rate;
  std::optional<uint32_t> sample_size;
  // IDL (boolean or DOMString); we report booleans.
  std::optional<bool> echo_cancellation;
  std::optional<bool> auto_gain_control;
  std::optional<bool> noise_suppression;
  std::optional<double> latency;
  std::optional<uint32_t> channel_count;
  // Both kinds.
  std::optional<std::string> device_id;
  std::optional<std::string> group_id;
  // Video. Our cameras never blur the background: false.
  std::optional<bool> background_blur;
  // Audio. We do no voice isolation: false.
  std::optional<bool> voice_isolation;
};

// The aspectRatio setting of a width x height picture: "width in pixels
// divided by height in pixels, represented as a double rounded to the tenth
// decimal place" (https://w3c.github.io/mediacapture-main/#dfn-aspectratio).
double AspectRatioSetting(double width, double height);

// Rounds to the tenth decimal place. Aspect-ratio constraint values are
// rounded the same way when resolved, so that {aspectRatio: {exact: 4 / 3}}
// matches 640x480 (whose setting is 1.3333333333).
double RoundAspectRatio(double aspect_ratio);

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_MEDIA_TRACK_SETTINGS_H_

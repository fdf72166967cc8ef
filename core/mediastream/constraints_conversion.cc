// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/constraints_conversion.h"

#include <string>
#include <utility>
#include <variant>

namespace mediacapture {

namespace cm = constraint_model;

MediaTrackSettings ToMediaTrackSettings(const cm::MediaTrackSettings& in) {
  MediaTrackSettings out;
  out.width = in.width;
  out.height = in.height;
  out.aspect_ratio = in.aspect_ratio;
  out.frame_rate = in.frame_rate;
  out.facing_mode = in.facing_mode;
  out.resize_mode = in.resize_mode;
  out.sample_rate = in.sample_rate;
  out.sample_size = in.sample_size;
  if (in.echo_cancellation)
    out.echo_cancellation = *in.echo_cancellation;
  out.auto_gain_control = in.auto_gain_control;
  out.noise_suppression = in.noise_suppression;
  out.latency = in.latency;
  out.channel_count = in.channel_count;
  out.device_id = in.device_id;
  out.group_id = in.group_id;
  out.background_blur = in.background_blur;
  out.voice_isolation = in.voice_isolation;
  return out;
}

MediaTrackCapabilities ToMediaTrackCapabilities(
    const cm::MediaTrackCapabilities& in) {
  MediaTrackCapabilities out;
  out.width = in.width;
  out.height = in.height;
  out.aspect_ratio = in.aspect_ratio;
  out.frame_rate = in.frame_rate;
  out.facing_mode = in.facing_mode;
  out.resize_mode = in.resize_mode;
  out.sample_rate = in.sample_rate;
  out.sample_size = in.sample_size;
  if (in.echo_cancellation) {
    std::vector<std::variant<bool, std::string>> values(
        in.echo_cancellation->size(), false);
    for (size_t i = 0; i < values.size(); ++i)
      values[i] = static_cast<bool>((*in.echo_cancellation)[i]);
    out.echo_cancellation = std::move(values);
  }
  out.auto_gain_control = in.auto_gain_control;
  out.noise_suppression = in.noise_suppression;
  out.latency = in.latency;
  out.channel_count = in.channel_count;
  out.device_id = in.device_id;
  out.group_id = in.group_id;
  out.background_blur = in.background_blur;
  out.voice_isolation = in.voice_isolation;
  return out;
}

namespace {

MediaTrackSupportedConstraints ComputeSupportedConstraints() {
  MediaTrackSupportedConstraints out;
  // Every member defaults to true in the IDL; clear them, then set those
  // the model supports.
  out = MediaTrackSupportedConstraints{false, false, false, false, false, false,
                                       false, false, false, false, false, false,
                                       false, false, false, false, false};
  for (const std::string& name : cm::GetSupportedConstraints()) {
    if (name == "width")
      out.width = true;
    else if (name == "height")
      out.height = true;
    else if (name == "aspectRatio")
      out.aspect_ratio = true;
    else if (name == "frameRate")
      out.frame_rate = true;
    else if (name == "facingMode")
      out.facing_mode = true;
    else if (name == "resizeMode")
      out.resize_mode = true;
    else if (name == "sampleRate")
      out.sample_rate = true;
    else if (name == "sampleSize")
      out.sample_size = true;
    else if (name == "echoCancellation")
      out.echo_cancellation = true;
    else if (name == "autoGainControl")
      out.auto_gain_control = true;
    else if (name == "noiseSuppression")
      out.noise_suppression = true;
    else if (name == "latency")
      out.latency = true;
    else if (name == "channelCount")
      out.channel_count = true;
    else if (name == "deviceId")
      out.device_id = true;
    else if (name == "groupId")
      out.group_id = true;
    else if (name == "backgroundBlur")
      out.background_blur = true;
    else if (name == "voiceIsolation")
      out.voice_isolation = true;
  }
  return out;
}

}  // namespace

MediaTrackSupportedConstraints ToSupportedConstraints() {
  // The model's list is fixed at build time: computed once (thread-safe
  // static), copied per call; each call still makes a new dictionary.
  static const MediaTrackSupportedConstraints supported =
      ComputeSupportedConstraints();
  return supported;
}

}  // namespace mediacapture

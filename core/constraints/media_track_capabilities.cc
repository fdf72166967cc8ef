// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/media_track_capabilities.h"

#include <algorithm>

#include "core/constraints/media_constraints.h"

namespace mediacapture {
namespace constraint_model {

namespace {

// The generated range dictionaries list their members in alphabetical order
// (max before min), so they are filled by name, never by position.
ULongRange MakeULongRange(uint32_t min, uint32_t max) {
  ULongRange range;
  range.min = min;
  range.max = max;
  return range;
}

DoubleRange MakeDoubleRange(double min, double max) {
  DoubleRange range;
  range.min = min;
  range.max = max;
  return range;
}

MediaTrackCapabilities VideoCapabilities(const DeviceDescriptor& descriptor) {
  MediaTrackCapabilities caps;
  caps.facing_mode = std::vector<std::string>();
  const std::string facing = FacingModeName(descriptor.facing_mode);
  if (!facing.empty())
    caps.facing_mode->push_back(facing);
  caps.resize_mode =
      std::vector<std::string>{kResizeModeNone, kResizeModeCropAndScale};
  caps.background_blur = std::vector<bool>{false};
  if (descriptor.video_modes.empty())
    return caps;
  int max_width = 0;
  int max_height = 0;
  double min_frame_rate = kMinCropAndScaleFrameRate;
  double max_frame_rate = 0;
  for (const VideoCaptureMode& mode : descriptor.video_modes) {
    max_width = std::max(max_width, mode.max_width);
    max_height = std::max(max_height, mode.max_height);
    min_frame_rate = std::min(min_frame_rate, mode.min_frame_rate);
    max_frame_rate = std::max(max_frame_rate, mode.max_frame_rate);
  }
  // Crop-and-scale gives every size from 1x1 up, so every aspect ratio
  // from 1 / max_height to max_width / 1.
  caps.width = MakeULongRange(1u, static_cast<uint32_t>(max_width));
  caps.height = MakeULongRange(1u, static_cast<uint32_t>(max_height));
  caps.aspect_ratio = MakeDoubleRange(1.0 / std::max(max_height, 1),
                                      static_cast<double>(max_width));
  caps.frame_rate = MakeDoubleRange(min_frame_rate, max_frame_rate);
  return caps;
}

std::vector<bool> ProcessingValues(bool available) {
  return available ? std::vector<bool>{true, false} : std::vector<bool>{false};
}

MediaTrackCapabilities AudioCapabilities(const DeviceDescriptor& descriptor) {
  MediaTrackCapabilities caps;
  bool echo_cancellation = false;
  bool auto_gain_control = false;
  bool noise_suppression = false;
  for (const AudioCaptureMode& mode : descriptor.audio_modes) {
    echo_cancellation |= mode.echo_cancellation;
    auto_gain_control |= mode.auto_gain_control;
    noise_suppression |= mode.noise_suppression;
  }
  caps.echo_cancellation = ProcessingValues(echo_cancellation);
  caps.auto_gain_control = ProcessingValues(auto_gain_control);
  caps.noise_suppression = ProcessingValues(noise_suppression);
  caps.voice_isolation = ProcessingValues(false);
  if (descriptor.audio_modes.empty())
    return caps;
  const AudioCaptureMode& first = descriptor.audio_modes.front();
  ULongRange sample_rate =
      MakeULongRange(static_cast<uint32_t>(first.min_sample_rate),
                     static_cast<uint32_t>(first.max_sample_rate));
  ULongRange sample_size =
      MakeULongRange(static_cast<uint32_t>(first.sample_size),
                     static_cast<uint32_t>(first.sample_size));
  ULongRange channel_count =
      MakeULongRange(static_cast<uint32_t>(first.min_channel_count),
                     static_cast<uint32_t>(first.max_channel_count));
  DoubleRange latency = MakeDoubleRange(first.min_latency, first.max_latency);
  for (const AudioCaptureMode& mode : descriptor.audio_modes) {
    sample_rate.min =
        std::min<uint32_t>(*sample_rate.min, mode.min_sample_rate);
    sample_rate.max =
        std::max<uint32_t>(*sample_rate.max, mode.max_sample_rate);
    sample_size.min = std::min<uint32_t>(*sample_size.min, mode.sample_size);
    sample_size.max = std::max<uint32_t>(*sample_size.max, mode.sample_size);
    channel_count.min =
        std::min<uint32_t>(*channel_count.min, mode.min_channel_count);
    channel_count.max =
        std::max<uint32_t>(*channel_count.max, mode.max_channel_count);
    latency.min = std::min(*latency.min, mode.min_latency);
    latency.max = std::max(*latency.max, mode.max_latency);
  }
  caps.sample_rate = sample_rate;
  caps.sample_size = sample_size;
  caps.channel_count = channel_count;
  caps.latency = latency;
  return caps;
}

}  // namespace

MediaTrackCapabilities GetCapabilities(const CandidateDevice& device) {
  MediaTrackCapabilities caps =
      device.descriptor.kind == DeviceKind::kVideoInput
          ? VideoCapabilities(device.descriptor)
          : AudioCapabilities(device.descriptor);
  caps.device_id = device.device_id;
  caps.group_id = device.group_id;
  return caps;
}

const std::vector<std::string>& GetSupportedConstraints() {
  namespace n = constraint_names;
  static const std::vector<std::string>* const kNames =
      new std::vector<std::string>{
          n::kWidth,           n::kHeight,           n::kAspectRatio,
          n::kFrameRate,       n::kFacingMode,       n::kResizeMode,
          n::kSampleRate,      n::kSampleSize,       n::kEchoCancellation,
          n::kAutoGainControl, n::kNoiseSuppression, n::kLatency,
          n::kChannelCount,    n::kDeviceId,         n::kGroupId,
          n::kBackgroundBlur,  n::kVoiceIsolation,
      };
  return *kNames;
}

}  // namespace constraint_model
}  // namespace mediacapture

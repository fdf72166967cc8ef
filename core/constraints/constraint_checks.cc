// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/constraint_checks.h"

#include <optional>
#include <variant>
#include <vector>

namespace mediacapture {
namespace constraint_model {

namespace {

namespace n = constraint_names;

// Which kinds of track a property is defined for
// (https://w3c.github.io/mediacapture-main/#constrainable-properties).
enum class For {
  kVideo,
  kAudio,
  kBoth,
};

bool Defined(For applies, DeviceKind kind) {
  switch (applies) {
    case For::kVideo:
      return kind == DeviceKind::kVideoInput;
    case For::kAudio:
      return kind == DeviceKind::kAudioInput;
    case For::kBoth:
      return true;
  }
  return false;
}

// The length of UTF-8 |value| in UTF-16 code units: one per code point, two
// for those outside the Basic Multilingual Plane (a four-byte sequence).
size_t Utf16Length(const std::string& value) {
  size_t length = 0;
  for (unsigned char byte : value) {
    if ((byte & 0xC0) != 0x80)
      ++length;
    if ((byte & 0xF8) == 0xF0)
      ++length;
  }
  return length;
}

bool TooLong(const std::string& value) {
  return Utf16Length(value) > kMaxConstraintStringLength;
}

bool TooLong(const StringOrStrings& value) {
  if (const std::string* single = std::get_if<std::string>(&value))
    return TooLong(*single);
  for (const std::string& entry : std::get<std::vector<std::string>>(value)) {
    if (TooLong(entry))
      return true;
  }
  return false;
}

bool TooLong(const std::optional<ConstrainDOMString>& value) {
  if (!value)
    return false;
  if (const std::string* single = std::get_if<std::string>(&*value))
    return TooLong(*single);
  if (const auto* list = std::get_if<std::vector<std::string>>(&*value))
    return TooLong(StringOrStrings(*list));
  const auto& parameters = std::get<ConstrainDOMStringParameters>(*value);
  return (parameters.exact && TooLong(*parameters.exact)) ||
         (parameters.ideal && TooLong(*parameters.ideal));
}

std::string FirstOverlong(const ConstraintSet& set) {
  if (TooLong(set.device_id))
    return n::kDeviceId;
  if (TooLong(set.group_id))
    return n::kGroupId;
  if (TooLong(set.facing_mode))
    return n::kFacingMode;
  if (TooLong(set.resize_mode))
    return n::kResizeMode;
  return std::string();
}

}  // namespace

bool IsAllowedRequiredConstraintForDeviceSelection(const std::string& name) {
  static const char* const kAllowed[] = {
      n::kWidth,           n::kHeight,           n::kAspectRatio,
      n::kFrameRate,       n::kFacingMode,       n::kResizeMode,
      n::kSampleRate,      n::kSampleSize,       n::kEchoCancellation,
      n::kAutoGainControl, n::kNoiseSuppression, n::kLatency,
      n::kChannelCount,    n::kDeviceId,         n::kGroupId,
  };
  for (const char* allowed : kAllowed) {
    if (name == allowed)
      return true;
  }
  return false;
}

std::string FirstDisallowedRequiredConstraint(
    const MediaTrackConstraints& constraints,
    DeviceKind kind) {
  const ResolvedConstraintSet set =
      Resolve(Basic(constraints), BareValue::kIdeal);
  // Every property, in the order of MediaTrackConstraintSet: its name, the
  // kinds it is defined for, and whether the basic set requires it. A
  // property added to MediaTrackConstraintSet needs its row here; one not in
  // the allowed list (say, an extension's) is then a TypeError when
  // required.
  const struct {
    const char* name;
    For applies;
    bool required;
  } kProperties[] = {
      {n::kWidth, For::kVideo, set.width.IsRequired()},
      {n::kHeight, For::kVideo, set.height.IsRequired()},
      {n::kAspectRatio, For::kVideo, set.aspect_ratio.IsRequired()},
      {n::kFrameRate, For::kVideo, set.frame_rate.IsRequired()},
      {n::kFacingMode, For::kVideo, set.facing_mode.IsRequired()},
      {n::kResizeMode, For::kVideo, set.resize_mode.IsRequired()},
      {n::kSampleRate, For::kAudio, set.sample_rate.IsRequired()},
      {n::kSampleSize, For::kAudio, set.sample_size.IsRequired()},
      {n::kEchoCancellation, For::kAudio, set.echo_cancellation.IsRequired()},
      {n::kAutoGainControl, For::kAudio, set.auto_gain_control.IsRequired()},
      {n::kNoiseSuppression, For::kAudio, set.noise_suppression.IsRequired()},
      {n::kLatency, For::kAudio, set.latency.IsRequired()},
      {n::kChannelCount, For::kAudio, set.channel_count.IsRequired()},
      {n::kDeviceId, For::kBoth, set.device_id.IsRequired()},
      {n::kGroupId, For::kBoth, set.group_id.IsRequired()},
      // https://w3c.github.io/mediacapture-extensions/#dom-mediatrackconstraintset-backgroundblur
      {n::kBackgroundBlur, For::kVideo, set.background_blur.IsRequired()},
      // https://w3c.github.io/mediacapture-extensions/#voiceisolation-constraint
      {n::kVoiceIsolation, For::kAudio, set.voice_isolation.IsRequired()},
  };
  for (const auto& property : kProperties) {
    if (property.required && Defined(property.applies, kind) &&
        !IsAllowedRequiredConstraintForDeviceSelection(property.name))
      return property.name;
  }
  return std::string();
}

std::string FirstOverlongConstraintString(
    const MediaTrackConstraints& constraints) {
  std::string name = FirstOverlong(Basic(constraints));
  if (!name.empty())
    return name;
  for (const ConstraintSet& set : Advanced(constraints)) {
    name = FirstOverlong(set);
    if (!name.empty())
      return name;
  }
  return std::string();
}

}  // namespace constraint_model
}  // namespace mediacapture

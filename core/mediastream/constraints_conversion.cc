// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/mediastream/constraints_conversion.h"

#include <string>
#include <utility>
#include <variant>

namespace mediacapture {

namespace {

namespace cm = constraint_model;

using StringOrStrings = std::variant<std::string, std::vector<std::string>>;

std::optional<cm::ConstrainULong> Convert(
    const std::optional<std::variant<uint32_t, ConstrainULongRange>>& value) {
  if (!value)
    return std::nullopt;
  if (const uint32_t* bare = std::get_if<uint32_t>(&*value))
    return cm::ConstrainULong(*bare);
  const ConstrainULongRange& range = std::get<ConstrainULongRange>(*value);
  cm::ConstrainULongRange out;
  out.min = range.min;
  out.max = range.max;
  out.exact = range.exact;
  out.ideal = range.ideal;
  return cm::ConstrainULong(out);
}

std::optional<cm::ConstrainDouble> Convert(
    const std::optional<std::variant<double, ConstrainDoubleRange>>& value) {
  if (!value)
    return std::nullopt;
  if (const double* bare = std::get_if<double>(&*value))
    return cm::ConstrainDouble(*bare);
  const ConstrainDoubleRange& range = std::get<ConstrainDoubleRange>(*value);
  cm::ConstrainDoubleRange out;
  out.min = range.min;
  out.max = range.max;
  out.exact = range.exact;
  out.ideal = range.ideal;
  return cm::ConstrainDouble(out);
}

std::optional<cm::ConstrainBoolean> Convert(
    const std::optional<std::variant<bool, ConstrainBooleanParameters>>&
        value) {
  if (!value)
    return std::nullopt;
  if (const bool* bare = std::get_if<bool>(&*value))
    return cm::ConstrainBoolean(*bare);
  const ConstrainBooleanParameters& params =
      std::get<ConstrainBooleanParameters>(*value);
  cm::ConstrainBooleanParameters out;
  out.exact = params.exact;
  out.ideal = params.ideal;
  return cm::ConstrainBoolean(out);
}

std::optional<cm::ConstrainBooleanOrDOMString> Convert(
    const std::optional<
        std::variant<bool, std::string, ConstrainBooleanOrDOMStringParameters>>&
        value) {
  if (!value)
    return std::nullopt;
  if (const bool* bare = std::get_if<bool>(&*value))
    return cm::ConstrainBooleanOrDOMString(*bare);
  if (const std::string* bare = std::get_if<std::string>(&*value))
    return cm::ConstrainBooleanOrDOMString(*bare);
  const ConstrainBooleanOrDOMStringParameters& params =
      std::get<ConstrainBooleanOrDOMStringParameters>(*value);
  cm::ConstrainBooleanOrDOMStringParameters out;
  out.exact = params.exact;
  out.ideal = params.ideal;
  return cm::ConstrainBooleanOrDOMString(out);
}

std::optional<cm::ConstrainDOMString> Convert(
    const std::optional<std::variant<std::string,
                                     std::vector<std::string>,
                                     ConstrainDOMStringParameters>>& value) {
  if (!value)
    return std::nullopt;
  if (const std::string* bare = std::get_if<std::string>(&*value))
    return cm::ConstrainDOMString(*bare);
  if (const auto* list = std::get_if<std::vector<std::string>>(&*value))
    return cm::ConstrainDOMString(*list);
  const ConstrainDOMStringParameters& params =
      std::get<ConstrainDOMStringParameters>(*value);
  cm::ConstrainDOMStringParameters out;
  if (params.exact)
    out.exact = *params.exact;
  if (params.ideal)
    out.ideal = *params.ideal;
  return cm::ConstrainDOMString(out);
}

std::optional<ULongRange> Convert(const std::optional<cm::ULongRange>& range) {
  if (!range)
    return std::nullopt;
  ULongRange out;
  out.min = range->min;
  out.max = range->max;
  return out;
}

std::optional<DoubleRange> Convert(
    const std::optional<cm::DoubleRange>& range) {
  if (!range)
    return std::nullopt;
  DoubleRange out;
  out.min = range->min;
  out.max = range->max;
  return out;
}

}  // namespace

cm::ConstraintSet ToConstraintModel(const MediaTrackConstraintSet& set) {
  cm::ConstraintSet out;
  out.width = Convert(set.width);
  out.height = Convert(set.height);
  out.aspect_ratio = Convert(set.aspect_ratio);
  out.frame_rate = Convert(set.frame_rate);
  out.facing_mode = Convert(set.facing_mode);
  out.resize_mode = Convert(set.resize_mode);
  out.sample_rate = Convert(set.sample_rate);
  out.sample_size = Convert(set.sample_size);
  out.echo_cancellation = Convert(set.echo_cancellation);
  out.auto_gain_control = Convert(set.auto_gain_control);
  out.noise_suppression = Convert(set.noise_suppression);
  out.latency = Convert(set.latency);
  out.channel_count = Convert(set.channel_count);
  out.device_id = Convert(set.device_id);
  out.group_id = Convert(set.group_id);
  out.background_blur = Convert(set.background_blur);
  return out;
}

cm::MediaTrackConstraints ToConstraintModel(
    const MediaTrackConstraints& constraints) {
  cm::MediaTrackConstraints out;
  static_cast<cm::ConstraintSet&>(out) = ToConstraintModel(
      static_cast<const MediaTrackConstraintSet&>(constraints));
  if (constraints.advanced) {
    for (const MediaTrackConstraintSet& set : *constraints.advanced)
      out.advanced.push_back(ToConstraintModel(set));
  }
  return out;
}

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
  return out;
}

MediaTrackCapabilities ToMediaTrackCapabilities(
    const cm::MediaTrackCapabilities& in) {
  MediaTrackCapabilities out;
  out.width = Convert(in.width);
  out.height = Convert(in.height);
  out.aspect_ratio = Convert(in.aspect_ratio);
  out.frame_rate = Convert(in.frame_rate);
  out.facing_mode = in.facing_mode;
  out.resize_mode = in.resize_mode;
  out.sample_rate = Convert(in.sample_rate);
  out.sample_size = Convert(in.sample_size);
  if (in.echo_cancellation) {
    std::vector<std::variant<bool, std::string>> values(
        in.echo_cancellation->size(), false);
    for (size_t i = 0; i < values.size(); ++i)
      values[i] = static_cast<bool>((*in.echo_cancellation)[i]);
    out.echo_cancellation = std::move(values);
  }
  out.auto_gain_control = in.auto_gain_control;
  out.noise_suppression = in.noise_suppression;
  out.latency = Convert(in.latency);
  out.channel_count = Convert(in.channel_count);
  out.device_id = in.device_id;
  out.group_id = in.group_id;
  out.background_blur = in.background_blur;
  return out;
}

MediaTrackSupportedConstraints ToSupportedConstraints() {
  MediaTrackSupportedConstraints out;
  // Every member defaults to true in the IDL; clear them, then set those
  // the model supports.
  out = MediaTrackSupportedConstraints{false, false, false, false, false, false,
                                       false, false, false, false, false, false,
                                       false, false, false, false};
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
  }
  return out;
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/media_constraints.h"

#include <utility>

#include "core/constraints/media_track_settings.h"

namespace mediacapture {
namespace constraint_model {

namespace {

template <typename T>
std::optional<double> ToDouble(const std::optional<T>& value) {
  if (!value)
    return std::nullopt;
  return static_cast<double>(*value);
}

template <typename Bare, typename Range>
NumericConstraint ResolveNumeric(
    const std::optional<std::variant<Bare, Range>>& value,
    BareValue bare) {
  NumericConstraint result;
  if (!value)
    return result;
  if (const Bare* bare_value = std::get_if<Bare>(&*value)) {
    if (bare == BareValue::kIdeal)
      result.ideal = static_cast<double>(*bare_value);
    else
      result.exact = static_cast<double>(*bare_value);
    return result;
  }
  const Range& range = std::get<Range>(*value);
  result.min = ToDouble(range.min);
  result.max = ToDouble(range.max);
  result.exact = ToDouble(range.exact);
  result.ideal = ToDouble(range.ideal);
  return result;
}

std::vector<std::string> ToList(const std::optional<StringOrStrings>& value) {
  if (!value)
    return {};
  if (const std::string* single = std::get_if<std::string>(&*value))
    return {*single};
  return std::get<std::vector<std::string>>(*value);
}

}  // namespace

NumericConstraint Resolve(const std::optional<ConstrainULong>& value,
                          BareValue bare) {
  return ResolveNumeric(value, bare);
}

NumericConstraint Resolve(const std::optional<ConstrainDouble>& value,
                          BareValue bare) {
  return ResolveNumeric(value, bare);
}

BooleanConstraint Resolve(const std::optional<ConstrainBoolean>& value,
                          BareValue bare) {
  BooleanConstraint result;
  if (!value)
    return result;
  if (const bool* bare_value = std::get_if<bool>(&*value)) {
    if (bare == BareValue::kIdeal)
      result.ideal = *bare_value;
    else
      result.exact = *bare_value;
    return result;
  }
  const auto& parameters = std::get<ConstrainBooleanParameters>(*value);
  result.exact = parameters.exact;
  result.ideal = parameters.ideal;
  return result;
}

BooleanConstraint Resolve(
    const std::optional<ConstrainBooleanOrDOMString>& value,
    BareValue bare) {
  BooleanConstraint result;
  if (!value)
    return result;
  // Sets `member` (or `matches_nothing`) from a boolean or a mode string.
  auto assign = [](const BooleanOrString& given, std::optional<bool>* member,
                   bool* matches_nothing) {
    if (const bool* flag = std::get_if<bool>(&given))
      *member = *flag;
    else if (std::get<std::string>(given) == kEchoCancellationAll)
      *member = true;
    else
      *matches_nothing = true;
  };
  if (const auto* parameters =
          std::get_if<ConstrainBooleanOrDOMStringParameters>(&*value)) {
    if (parameters->exact)
      assign(*parameters->exact, &result.exact, &result.exact_matches_nothing);
    if (parameters->ideal)
      assign(*parameters->ideal, &result.ideal, &result.ideal_matches_nothing);
    return result;
  }
  const BooleanOrString given =
      std::holds_alternative<bool>(*value)
          ? BooleanOrString(std::get<bool>(*value))
          : BooleanOrString(std::get<std::string>(*value));
  if (bare == BareValue::kIdeal)
    assign(given, &result.ideal, &result.ideal_matches_nothing);
  else
    assign(given, &result.exact, &result.exact_matches_nothing);
  return result;
}

StringConstraint Resolve(const std::optional<ConstrainDOMString>& value,
                         BareValue bare) {
  StringConstraint result;
  if (!value)
    return result;
  std::vector<std::string> bare_list;
  if (const std::string* single = std::get_if<std::string>(&*value)) {
    bare_list = {*single};
  } else if (const auto* list =
                 std::get_if<std::vector<std::string>>(&*value)) {
    bare_list = *list;
  } else {
    const auto& parameters = std::get<ConstrainDOMStringParameters>(*value);
    result.exact = ToList(parameters.exact);
    result.ideal = ToList(parameters.ideal);
    return result;
  }
  if (bare == BareValue::kIdeal)
    result.ideal = std::move(bare_list);
  else
    result.exact = std::move(bare_list);
  return result;
}

const std::vector<ConstraintSet>& Advanced(
    const MediaTrackConstraints& constraints) {
  static const std::vector<ConstraintSet> kNone;
  return constraints.advanced ? *constraints.advanced : kNone;
}

ResolvedConstraintSet Resolve(const ConstraintSet& set, BareValue bare) {
  ResolvedConstraintSet result;
  result.width = Resolve(set.width, bare);
  result.height = Resolve(set.height, bare);
  result.aspect_ratio = Resolve(set.aspect_ratio, bare);
  for (std::optional<double>* value :
       {&result.aspect_ratio.min, &result.aspect_ratio.max,
        &result.aspect_ratio.exact, &result.aspect_ratio.ideal}) {
    if (*value)
      **value = RoundAspectRatio(**value);
  }
  result.frame_rate = Resolve(set.frame_rate, bare);
  result.facing_mode = Resolve(set.facing_mode, bare);
  result.resize_mode = Resolve(set.resize_mode, bare);
  result.sample_rate = Resolve(set.sample_rate, bare);
  result.sample_size = Resolve(set.sample_size, bare);
  result.echo_cancellation = Resolve(set.echo_cancellation, bare);
  result.auto_gain_control = Resolve(set.auto_gain_control, bare);
  result.noise_suppression = Resolve(set.noise_suppression, bare);
  result.latency = Resolve(set.latency, bare);
  result.channel_count = Resolve(set.channel_count, bare);
  result.device_id = Resolve(set.device_id, bare);
  result.group_id = Resolve(set.group_id, bare);
  result.background_blur = Resolve(set.background_blur, bare);
  result.voice_isolation = Resolve(set.voice_isolation, bare);
  return result;
}

}  // namespace constraint_model
}  // namespace mediacapture

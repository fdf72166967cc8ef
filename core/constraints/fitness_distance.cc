// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/fitness_distance.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mediacapture {
namespace constraint_model {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// Calls visit(name, distance) for each applicable member of `set` that is
// present, in IDL member order.
template <typename Visitor>
void VisitDistances(const ResolvedConstraintSet& set,
                    const MediaTrackSettings& s,
                    DeviceKind kind,
                    Visitor visit) {
  namespace n = constraint_names;
  auto number = [](const auto& value) -> std::optional<double> {
    if (!value)
      return std::nullopt;
    return static_cast<double>(*value);
  };
  auto numeric = [&](const char* name, const NumericConstraint& c,
                     std::optional<double> actual) {
    if (!c.IsEmpty() && PropertyAppliesTo(name, kind))
      visit(name, FitnessDistance(c, actual));
  };
  auto boolean = [&](const char* name, const BooleanConstraint& c,
                     std::optional<bool> actual) {
    if (!c.IsEmpty() && PropertyAppliesTo(name, kind))
      visit(name, FitnessDistance(c, actual));
  };
  auto string = [&](const char* name, const StringConstraint& c,
                    const std::optional<std::string>& actual) {
    if (!c.IsEmpty() && PropertyAppliesTo(name, kind))
      visit(name, FitnessDistance(c, actual));
  };
  numeric(n::kWidth, set.width, number(s.width));
  numeric(n::kHeight, set.height, number(s.height));
  numeric(n::kAspectRatio, set.aspect_ratio, s.aspect_ratio);
  numeric(n::kFrameRate, set.frame_rate, s.frame_rate);
  string(n::kFacingMode, set.facing_mode, s.facing_mode);
  string(n::kResizeMode, set.resize_mode, s.resize_mode);
  numeric(n::kSampleRate, set.sample_rate, number(s.sample_rate));
  numeric(n::kSampleSize, set.sample_size, number(s.sample_size));
  boolean(n::kEchoCancellation, set.echo_cancellation, s.echo_cancellation);
  boolean(n::kAutoGainControl, set.auto_gain_control, s.auto_gain_control);
  boolean(n::kNoiseSuppression, set.noise_suppression, s.noise_suppression);
  numeric(n::kLatency, set.latency, s.latency);
  numeric(n::kChannelCount, set.channel_count, number(s.channel_count));
  string(n::kDeviceId, set.device_id, s.device_id);
  string(n::kGroupId, set.group_id, s.group_id);
  boolean(n::kBackgroundBlur, set.background_blur, s.background_blur);
  boolean(n::kVoiceIsolation, set.voice_isolation, s.voice_isolation);
}

bool Contains(const std::vector<std::string>& list, const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

}  // namespace

bool SatisfiesRequired(const NumericConstraint& constraint, double actual) {
  if (constraint.exact && actual != *constraint.exact)
    return false;
  if (constraint.min && actual < *constraint.min)
    return false;
  if (constraint.max && actual > *constraint.max)
    return false;
  return true;
}

// https://w3c.github.io/mediacapture-main/#dfn-fitness-distance
double FitnessDistance(const NumericConstraint& constraint,
                       std::optional<double> actual) {
  // Step 2.
  if (constraint.IsRequired() &&
      (!actual || !SatisfiesRequired(constraint, *actual))) {
    return kInfinity;
  }
  // Step 5.
  if (!actual)
    return 1;
  // Step 6.
  if (!constraint.ideal)
    return 0;
  // Step 7.
  const double ideal = *constraint.ideal;
  if (*actual == ideal)
    return 0;
  return std::fabs(*actual - ideal) /
         std::max(std::fabs(*actual), std::fabs(ideal));
}

// https://w3c.github.io/mediacapture-main/#dfn-fitness-distance
double FitnessDistance(const BooleanConstraint& constraint,
                       std::optional<bool> actual) {
  if (constraint.exact_matches_nothing ||
      (constraint.exact && (!actual || *actual != *constraint.exact))) {
    return kInfinity;
  }
  if (!actual || constraint.ideal_matches_nothing)
    return 1;
  if (!constraint.ideal)
    return 0;
  return *actual == *constraint.ideal ? 0 : 1;
}

// https://w3c.github.io/mediacapture-main/#dfn-fitness-distance
double FitnessDistance(const StringConstraint& constraint,
                       const std::optional<std::string>& actual) {
  if (!constraint.exact.empty() &&
      (!actual || !Contains(constraint.exact, *actual))) {
    return kInfinity;
  }
  if (!actual)
    return 1;
  if (constraint.ideal.empty())
    return 0;
  return Contains(constraint.ideal, *actual) ? 0 : 1;
}

bool PropertyAppliesTo(const std::string& name, DeviceKind kind) {
  namespace n = constraint_names;
  if (name == n::kDeviceId || name == n::kGroupId)
    return true;
  const bool is_video = name == n::kWidth || name == n::kHeight ||
                        name == n::kAspectRatio || name == n::kFrameRate ||
                        name == n::kFacingMode || name == n::kResizeMode ||
                        name == n::kBackgroundBlur;
  return is_video == (kind == DeviceKind::kVideoInput);
}

double FitnessDistance(const ResolvedConstraintSet& set,
                       const MediaTrackSettings& settings,
                       DeviceKind kind) {
  double sum = 0;
  VisitDistances(set, settings, kind,
                 [&](const char*, double distance) { sum += distance; });
  return sum;
}

double FitnessDistance(const ConstraintSet& set,
                       const MediaTrackSettings& settings,
                       BareValue bare,
                       DeviceKind kind) {
  return FitnessDistance(Resolve(set, bare), settings, kind);
}

std::string FirstUnsatisfiedConstraint(const ResolvedConstraintSet& set,
                                       const MediaTrackSettings& settings,
                                       DeviceKind kind) {
  std::string failed;
  VisitDistances(set, settings, kind, [&](const char* name, double distance) {
    if (failed.empty() && std::isinf(distance))
      failed = name;
  });
  return failed;
}

double RelativeDistance(double a, double b) {
  if (a == b)
    return 0;
  return std::fabs(a - b) / std::max(std::fabs(a), std::fabs(b));
}

bool DistanceVectorLess(const std::vector<double>& a,
                        const std::vector<double>& b) {
  constexpr double kTolerance = 1e-9;
  const size_t size = std::min(a.size(), b.size());
  for (size_t i = 0; i < size; ++i) {
    if (a[i] == b[i] || std::fabs(a[i] - b[i]) <= kTolerance)
      continue;
    return a[i] < b[i];
  }
  return a.size() < b.size();
}

}  // namespace constraint_model
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_CONSTRAINT_SETS_H_
#define CORE_CONSTRAINTS_CONSTRAINT_SETS_H_

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "core/constraints/media_constraints.h"

namespace mediacapture {
namespace constraint_model {

// Sets of candidate values, which the constraints algorithm narrows one
// constraint set at a time (the design of Blink's
// media_stream_constraints_util_sets.h). A candidate source mode starts as
// the sets of every value it can produce; applying a constraint set
// intersects them with what the set requires; an empty result means the set
// cannot be satisfied by that mode. Plain values: any thread.

// A closed range [min, max] of numbers; a missing bound is unbounded. Empty
// when max < min. For integral T, constraint bounds are rounded inwards
// (min up, max down).
template <typename T>
class NumericRangeSet {
 public:
  // The universal set.
  NumericRangeSet() = default;
  NumericRangeSet(std::optional<T> min, std::optional<T> max)
      : min_(std::move(min)), max_(std::move(max)) {}

  static NumericRangeSet EmptySet() { return NumericRangeSet(T(1), T(0)); }
  static NumericRangeSet FromValue(T value) {
    return NumericRangeSet(value, value);
  }
  // The values that satisfy the required part (min, max, exact) of
  // `constraint`; ideal values do not narrow.
  static NumericRangeSet FromConstraint(const NumericConstraint& constraint) {
    std::optional<double> min = constraint.min;
    std::optional<double> max = constraint.max;
    if (constraint.exact) {
      min = min ? std::max(*min, *constraint.exact) : *constraint.exact;
      max = max ? std::min(*max, *constraint.exact) : *constraint.exact;
    }
    NumericRangeSet result;
    if (min)
      result.min_ = RoundUp(*min);
    if (max)
      result.max_ = RoundDown(*max);
    return result;
  }

  const std::optional<T>& min() const { return min_; }
  const std::optional<T>& max() const { return max_; }
  bool IsEmpty() const { return min_ && max_ && *max_ < *min_; }
  bool Contains(T value) const {
    return (!min_ || value >= *min_) && (!max_ || value <= *max_);
  }
  // The member of this (nonempty) set closest to `value`.
  T Clamp(T value) const {
    if (min_ && value < *min_)
      return *min_;
    if (max_ && value > *max_)
      return *max_;
    return value;
  }

  NumericRangeSet Intersection(const NumericRangeSet& other) const {
    std::optional<T> min = min_;
    if (other.min_)
      min = min ? std::max(*min, *other.min_) : other.min_;
    std::optional<T> max = max_;
    if (other.max_)
      max = max ? std::min(*max, *other.max_) : other.max_;
    return NumericRangeSet(min, max);
  }

 private:
  static T RoundUp(double value) {
    if constexpr (std::is_integral_v<T>)
      return ToIntegral(std::ceil(value));
    return static_cast<T>(value);
  }
  static T RoundDown(double value) {
    if constexpr (std::is_integral_v<T>)
      return ToIntegral(std::floor(value));
    return static_cast<T>(value);
  }
  // Saturates: an unsigned long constraint may exceed T's range.
  static T ToIntegral(double value) {
    constexpr double kLowest =
        static_cast<double>(std::numeric_limits<T>::lowest());
    constexpr double kHighest =
        static_cast<double>(std::numeric_limits<T>::max());
    return static_cast<T>(std::min(std::max(value, kLowest), kHighest));
  }

  std::optional<T> min_;
  std::optional<T> max_;
};

// A set of discrete values (strings, booleans): the universal set (every
// value), an explicit list, or the empty set.
template <typename T>
class DiscreteSet {
 public:
  // The universal set.
  DiscreteSet() = default;
  explicit DiscreteSet(std::vector<T> elements)
      : is_universal_(false), elements_(std::move(elements)) {}

  static DiscreteSet UniversalSet() { return DiscreteSet(); }
  static DiscreteSet EmptySet() { return DiscreteSet(std::vector<T>()); }

  bool is_universal() const { return is_universal_; }
  bool IsEmpty() const { return !is_universal_ && elements_.empty(); }
  bool Contains(const T& value) const {
    return is_universal_ || std::find(elements_.begin(), elements_.end(),
                                      value) != elements_.end();
  }
  // The explicit elements; empty for the universal set.
  const std::vector<T>& elements() const { return elements_; }

  DiscreteSet Intersection(const DiscreteSet& other) const {
    if (is_universal_)
      return other;
    if (other.is_universal_)
      return *this;
    std::vector<T> both;
    for (const T& element : elements_) {
      if (other.Contains(element))
        both.push_back(element);
    }
    return DiscreteSet(std::move(both));
  }

 private:
  bool is_universal_ = true;
  std::vector<T> elements_;
};

// The strings an exact member allows (universal without one).
DiscreteSet<std::string> StringSetFromConstraint(
    const StringConstraint& constraint);
// The booleans an exact member allows (universal without one).
DiscreteSet<bool> BoolSetFromConstraint(const BooleanConstraint& constraint);

// The candidate (width, height) pairs of a video mode, narrowed by width,
// height and aspect-ratio constraints: widths and heights in ranges on a
// grid (min + k * step; step 1 for any size) whose aspect-ratio setting
// (rounded, see media_track_settings.h) lies in an aspect-ratio range.
class ResolutionSet {
 public:
  struct Point {
    int width = 0;
    int height = 0;
    bool operator==(const Point& other) const {
      return width == other.width && height == other.height;
    }
  };

  ResolutionSet(int min_width,
                int max_width,
                int width_step,
                int min_height,
                int max_height,
                int height_step);

  const NumericRangeSet<int>& width() const { return width_; }
  const NumericRangeSet<int>& height() const { return height_; }
  const NumericRangeSet<double>& aspect_ratio() const { return aspect_ratio_; }

  ResolutionSet IntersectWidth(const NumericRangeSet<int>& range) const;
  ResolutionSet IntersectHeight(const NumericRangeSet<int>& range) const;
  ResolutionSet IntersectAspectRatio(
      const NumericRangeSet<double>& range) const;

  bool Contains(int width, int height) const;
  bool IsEmpty() const { return !FindAnyPoint().has_value(); }
  // Some member of the set (the one with the smallest height, then width),
  // or nullopt when the set is empty.
  std::optional<Point> FindAnyPoint() const;

  // The grid widths next to `width` (at or below, at or above), clamped
  // into the width range; nullopt when the range has no grid value.
  std::optional<int> SnapWidthDown(double width) const;
  std::optional<int> SnapWidthUp(double width) const;
  std::optional<int> SnapHeightDown(double height) const;
  std::optional<int> SnapHeightUp(double height) const;

 private:
  static std::optional<int> Snap(const NumericRangeSet<int>& range,
                                 int base,
                                 int step,
                                 double value,
                                 bool up);

  NumericRangeSet<int> width_;
  NumericRangeSet<int> height_;
  int width_base_;
  int width_step_;
  int height_base_;
  int height_step_;
  NumericRangeSet<double> aspect_ratio_;
};

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_CONSTRAINT_SETS_H_

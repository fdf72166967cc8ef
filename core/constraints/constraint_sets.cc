// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/constraint_sets.h"

#include "core/constraints/media_track_settings.h"

namespace mediacapture {
namespace constraint_model {

DiscreteSet<std::string> StringSetFromConstraint(
    const StringConstraint& constraint) {
  if (constraint.exact.empty())
    return DiscreteSet<std::string>::UniversalSet();
  return DiscreteSet<std::string>(constraint.exact);
}

DiscreteSet<bool> BoolSetFromConstraint(const BooleanConstraint& constraint) {
  if (constraint.exact_matches_nothing)
    return DiscreteSet<bool>::EmptySet();
  if (!constraint.exact)
    return DiscreteSet<bool>::UniversalSet();
  return DiscreteSet<bool>({*constraint.exact});
}

ResolutionSet::ResolutionSet(int min_width,
                             int max_width,
                             int width_step,
                             int min_height,
                             int max_height,
                             int height_step)
    : width_(min_width, max_width),
      height_(min_height, max_height),
      width_base_(min_width),
      width_step_(std::max(width_step, 1)),
      height_base_(min_height),
      height_step_(std::max(height_step, 1)) {}

ResolutionSet ResolutionSet::IntersectWidth(
    const NumericRangeSet<int>& range) const {
  ResolutionSet result = *this;
  result.width_ = width_.Intersection(range);
  return result;
}

ResolutionSet ResolutionSet::IntersectHeight(
    const NumericRangeSet<int>& range) const {
  ResolutionSet result = *this;
  result.height_ = height_.Intersection(range);
  return result;
}

ResolutionSet ResolutionSet::IntersectAspectRatio(
    const NumericRangeSet<double>& range) const {
  ResolutionSet result = *this;
  result.aspect_ratio_ = aspect_ratio_.Intersection(range);
  return result;
}

bool ResolutionSet::Contains(int width, int height) const {
  if (!width_.Contains(width) || !height_.Contains(height) || height <= 0)
    return false;
  if ((width - width_base_) % width_step_ != 0 ||
      (height - height_base_) % height_step_ != 0) {
    return false;
  }
  return aspect_ratio_.Contains(AspectRatioSetting(width, height));
}

std::optional<int> ResolutionSet::Snap(const NumericRangeSet<int>& range,
                                       int base,
                                       int step,
                                       double value,
                                       bool up) {
  if (range.IsEmpty())
    return std::nullopt;
  // The range's bounds are always set for a mode's resolution set.
  const int lo = *range.min();
  const int hi = *range.max();
  // First and last grid values inside [lo, hi].
  const int first =
      base + ((std::max(lo, base) - base + step - 1) / step) * step;
  const int last = base + ((hi - base) / step) * step;
  if (hi < base || first > last)
    return std::nullopt;
  double steps = (value - base) / step;
  steps = up ? std::ceil(steps - 1e-9) : std::floor(steps + 1e-9);
  const double snapped = base + steps * step;
  if (snapped <= first)
    return first;
  if (snapped >= last)
    return last;
  return static_cast<int>(snapped);
}

std::optional<int> ResolutionSet::SnapWidthDown(double width) const {
  return Snap(width_, width_base_, width_step_, width, false);
}
std::optional<int> ResolutionSet::SnapWidthUp(double width) const {
  return Snap(width_, width_base_, width_step_, width, true);
}
std::optional<int> ResolutionSet::SnapHeightDown(double height) const {
  return Snap(height_, height_base_, height_step_, height, false);
}
std::optional<int> ResolutionSet::SnapHeightUp(double height) const {
  return Snap(height_, height_base_, height_step_, height, true);
}

std::optional<ResolutionSet::Point> ResolutionSet::FindAnyPoint() const {
  if (aspect_ratio_.IsEmpty())
    return std::nullopt;
  std::optional<int> first_height = SnapHeightUp(*height_.min());
  std::optional<int> last_height = SnapHeightDown(*height_.max());
  if (!first_height || !last_height || !SnapWidthUp(*width_.min()))
    return std::nullopt;
  // Tolerance below the rounding of the aspect-ratio setting: the exact
  // check is Contains().
  constexpr double kSlack = 1e-9;
  for (int height = std::max(*first_height, 1); height <= *last_height;
       height += height_step_) {
    double lo = *width_.min();
    double hi = *width_.max();
    if (aspect_ratio_.min())
      lo = std::max(lo, (*aspect_ratio_.min() - kSlack) * height);
    if (aspect_ratio_.max())
      hi = std::min(hi, (*aspect_ratio_.max() + kSlack) * height);
    if (hi < lo)
      continue;
    std::optional<int> width = SnapWidthUp(std::floor(lo));
    for (int tries = 0; width && tries < 3 && *width <= hi + 1;
         ++tries, *width += width_step_) {
      if (Contains(*width, height))
        return Point{*width, height};
    }
  }
  return std::nullopt;
}

}  // namespace constraint_model
}  // namespace mediacapture

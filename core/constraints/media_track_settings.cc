// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/media_track_settings.h"

#include <cmath>

namespace mediacapture {
namespace constraint_model {

double RoundAspectRatio(double aspect_ratio) {
  constexpr double kScale = 1e10;  // The tenth decimal place.
  // Beyond 1e15 a double has no tenth decimal place left to round, and
  // scaling could overflow to infinity.
  if (!std::isfinite(aspect_ratio) || std::fabs(aspect_ratio) >= 1e15)
    return aspect_ratio;
  return std::round(aspect_ratio * kScale) / kScale;
}

double AspectRatioSetting(double width, double height) {
  return RoundAspectRatio(width / height);
}

}  // namespace constraint_model
}  // namespace mediacapture

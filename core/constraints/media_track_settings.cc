// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/constraints/media_track_settings.h"

#include <cmath>

namespace mediacapture {
namespace constraint_model {

double RoundAspectRatio(double aspect_ratio) {
  constexpr double kScale = 1e10;  // The tenth decimal place.
  if (!std::isfinite(aspect_ratio))
    return aspect_ratio;
  return std::round(aspect_ratio * kScale) / kScale;
}

double AspectRatioSetting(double width, double height) {
  return RoundAspectRatio(width / height);
}

}  // namespace constraint_model
}  // namespace mediacapture

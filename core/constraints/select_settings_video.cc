// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// SelectVideoSettings(): see select_settings.h for the algorithm, the ranked
// criteria and where we follow Chromium rather than the letter of the spec.

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/constraints/constraint_sets.h"
#include "core/constraints/fitness_distance.h"
#include "core/constraints/select_settings.h"
#include "core/constraints/select_settings_loop.h"

namespace mediacapture {
namespace constraint_model {

namespace {

namespace n = constraint_names;

bool ListContains(const std::vector<std::string>& list,
                  const std::string& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

// One (device, native mode, resizeMode): the settings dictionaries it can
// produce, narrowed as constraint sets are applied.
struct VideoCandidate {
  size_t device_index = 0;
  size_t mode_index = 0;
  const CandidateDevice* device = nullptr;
  const VideoCaptureMode* mode = nullptr;
  bool crop_and_scale = false;
  ResolutionSet resolution{0, 0, 1, 0, 0, 1};
  NumericRangeSet<double> frame_rate;
  std::optional<std::string> facing_mode;

  std::string resize_mode() const {
    return crop_and_scale ? kResizeModeCropAndScale : kResizeModeNone;
  }
};

VideoCandidate MakeCandidate(const std::vector<CandidateDevice>& devices,
                             size_t device_index,
                             size_t mode_index,
                             bool crop_and_scale) {
  VideoCandidate c;
  c.device_index = device_index;
  c.mode_index = mode_index;
  c.device = &devices[device_index];
  c.mode = &c.device->descriptor.video_modes[mode_index];
  c.crop_and_scale = crop_and_scale;
  const VideoCaptureMode& m = *c.mode;
  if (crop_and_scale) {
    c.resolution = ResolutionSet(1, m.max_width, 1, 1, m.max_height, 1);
    c.frame_rate = NumericRangeSet<double>(
        std::min(kMinCropAndScaleFrameRate, m.min_frame_rate),
        m.max_frame_rate);
  } else {
    c.resolution = ResolutionSet(m.min_width, m.max_width, m.step_width,
                                 m.min_height, m.max_height, m.step_height);
    c.frame_rate = NumericRangeSet<double>(m.min_frame_rate, m.max_frame_rate);
  }
  const std::string facing = FacingModeName(c.device->descriptor.facing_mode);
  if (!facing.empty())
    c.facing_mode = facing;
  return c;
}

bool StringMemberSatisfied(const StringConstraint& constraint,
                           const std::optional<std::string>& value) {
  if (!constraint.IsRequired())
    return true;
  return value && ListContains(constraint.exact, *value);
}

// The size an unconstrained track of this candidate gets: the native size,
// or for a stepwise mode the grid size nearest the default.
ResolutionSet::Point PreferredSize(const VideoCaptureMode& mode) {
  if (mode.is_discrete_size())
    return {mode.max_width, mode.max_height};
  const ResolutionSet grid(mode.min_width, mode.max_width, mode.step_width,
                           mode.min_height, mode.max_height, mode.step_height);
  ResolutionSet::Point point;
  point.width = grid.SnapWidthDown(kDefaultWidth).value_or(mode.min_width);
  point.height = grid.SnapHeightDown(kDefaultHeight).value_or(mode.min_height);
  return point;
}

double PreferredFrameRate(const VideoCaptureMode& mode) {
  return std::min(std::max(kDefaultFrameRate, mode.min_frame_rate),
                  mode.max_frame_rate);
}

// The fitness distance of (width, height) to the basic set's width, height
// and aspectRatio members.
double ResolutionFitness(const ResolvedConstraintSet& basic,
                         int width,
                         int height) {
  return FitnessDistance(basic.width, static_cast<double>(width)) +
         FitnessDistance(basic.height, static_cast<double>(height)) +
         FitnessDistance(basic.aspect_ratio, AspectRatioSetting(width, height));
}

// PickResolution() in named parts. The spec wants the size with the
// smallest fitness distance; over a grid of sizes that distance is minimised
// exactly, without visiting every size, by trying only the few points where
// the optimum can lie (CandidatePoints(), ScanGridHeights()) under one
// ranking (ResolutionRankingKey()).

// The aspect ratios the best size may have: the preferred size's (what an
// unconstrained track keeps), the basic set's ideal, and the bounds of the
// set's aspect-ratio range (where a binding bound pushes the optimum).
std::vector<double> CandidateRatios(const ResolutionSet& set,
                                    const ResolvedConstraintSet& basic,
                                    ResolutionSet::Point preferred) {
  const double pref_ar = double(preferred.width) / double(preferred.height);
  std::vector<double> ratios = {pref_ar};
  if (basic.aspect_ratio.ideal && *basic.aspect_ratio.ideal > 0)
    ratios.push_back(*basic.aspect_ratio.ideal);
  if (set.aspect_ratio().min() && *set.aspect_ratio().min() > 0)
    ratios.push_back(*set.aspect_ratio().min());
  if (set.aspect_ratio().max() && std::isfinite(*set.aspect_ratio().max()) &&
      *set.aspect_ratio().max() > 0) {
    ratios.push_back(*set.aspect_ratio().max());
  }
  return ratios;
}

// The candidate points: without an aspect ratio in play the distance splits
// into a width term and a height term, each smallest at its ideal (or the
// preferred value) or at an end of its range, so the optimum is among those
// widths times those heights, snapped to the grid either way. With one, the
// points on each candidate ratio through those widths and heights are added.
// Plus any point of the set, so that a nonempty set always yields one.
std::vector<ResolutionSet::Point> CandidatePoints(
    const ResolutionSet& set,
    const ResolvedConstraintSet& basic,
    ResolutionSet::Point preferred,
    const std::vector<double>& ratios) {
  const double pref_w = preferred.width;
  const double pref_h = preferred.height;
  std::vector<double> raw_widths = {pref_w, double(*set.width().min()),
                                    double(*set.width().max())};
  std::vector<double> raw_heights = {pref_h, double(*set.height().min()),
                                     double(*set.height().max())};
  std::vector<double> anchor_widths = {pref_w};
  std::vector<double> anchor_heights = {pref_h};
  if (basic.width.ideal) {
    raw_widths.push_back(*basic.width.ideal);
    anchor_widths.push_back(*basic.width.ideal);
  }
  if (basic.height.ideal) {
    raw_heights.push_back(*basic.height.ideal);
    anchor_heights.push_back(*basic.height.ideal);
  }
  for (double ratio : ratios) {
    for (double h : anchor_heights)
      raw_widths.push_back(h * ratio);
    for (double w : anchor_widths)
      raw_heights.push_back(w / ratio);
  }

  std::set<int> widths;
  std::set<int> heights;
  for (double w : raw_widths) {
    for (auto snapped : {set.SnapWidthDown(w), set.SnapWidthUp(w)}) {
      if (snapped)
        widths.insert(*snapped);
    }
  }
  for (double h : raw_heights) {
    for (auto snapped : {set.SnapHeightDown(h), set.SnapHeightUp(h)}) {
      if (snapped)
        heights.insert(*snapped);
    }
  }

  std::vector<ResolutionSet::Point> points;
  for (int w : widths) {
    for (int h : heights)
      points.push_back({w, h});
    for (double ratio : ratios) {
      for (auto h :
           {set.SnapHeightDown(w / ratio), set.SnapHeightUp(w / ratio)})
        if (h)
          points.push_back({w, *h});
    }
  }
  for (int h : heights) {
    for (double ratio : ratios) {
      for (auto w : {set.SnapWidthDown(h * ratio), set.SnapWidthUp(h * ratio)})
        if (w)
          points.push_back({*w, h});
    }
  }
  if (auto any = set.FindAnyPoint())
    points.push_back(*any);
  return points;
}

// The ranking key of a size whose fitness distance is `fitness`, compared
// with DistanceVectorLess(): the spec's fitness distance first; then, where
// the spec leaves the choice to us, the size closest to the preferred size's
// aspect ratio (an unconstrained dimension follows the mode's shape rather
// than cropping it), then to the preferred size itself (less scaling); then
// the smaller width and height, so that ties do not depend on the order the
// points are tried in.
std::vector<double> ResolutionRankingKey(double fitness,
                                         int width,
                                         int height,
                                         ResolutionSet::Point preferred) {
  const double pref_w = preferred.width;
  const double pref_h = preferred.height;
  const double pref_ar = pref_w / pref_h;
  return {
      fitness,
      RelativeDistance(AspectRatioSetting(width, height), pref_ar),
      RelativeDistance(width, pref_w) + RelativeDistance(height, pref_h),
      double(width),
      double(height),
  };
}

// The best size tried so far under ResolutionRankingKey().
class BestResolution {
 public:
  BestResolution(const ResolutionSet& set,
                 const ResolvedConstraintSet& basic,
                 ResolutionSet::Point preferred)
      : set_(set), basic_(basic), preferred_(preferred) {}

  // Ranks (width, height), if the set has it, and keeps it if it is the best
  // so far.
  void Consider(int width, int height) {
    if (!set_.Contains(width, height))
      return;
    const double fitness = ResolutionFitness(basic_, width, height);
    // Most points lose on fitness alone; skip building their keys.
    if (found_ && fitness > best_key_[0] + 1e-9)
      return;
    std::vector<double> key =
        ResolutionRankingKey(fitness, width, height, preferred_);
    if (!found_ || DistanceVectorLess(key, best_key_)) {
      found_ = true;
      best_ = {width, height};
      best_key_ = std::move(key);
    }
  }

  const ResolutionSet::Point& best() const { return best_; }

 private:
  const ResolutionSet& set_;
  const ResolvedConstraintSet& basic_;
  const ResolutionSet::Point preferred_;
  bool found_ = false;
  ResolutionSet::Point best_;
  std::vector<double> best_key_;
};

// The grid scan, for when an aspect ratio is involved (an ideal one, or
// bounds that bind): the distance no longer splits into a width term and a
// height term, and on small or odd grids the best point can be one that
// CandidatePoints() misses (7x3 for an ideal 2.4 under a width of at most
// 10). For a fixed height, the width term and the aspect-ratio term are each
// quasi-convex in the width, and between their minima their sum is concave,
// so the best width is the ideal width, height * ideal ratio, or an end of
// the feasible interval. Trying those at every grid height finds the exact
// optimum.
void ScanGridHeights(const ResolutionSet& set,
                     const ResolvedConstraintSet& basic,
                     ResolutionSet::Point preferred,
                     const std::vector<double>& ratios,
                     BestResolution* best) {
  const bool aspect_involved = basic.aspect_ratio.ideal ||
                               set.aspect_ratio().min() ||
                               set.aspect_ratio().max();
  std::optional<int> first_height = set.SnapHeightUp(*set.height().min());
  std::optional<int> last_height = set.SnapHeightDown(*set.height().max());
  if (!aspect_involved || !first_height || !last_height ||
      *first_height >= *last_height) {
    return;
  }
  // Grids taller than this are sampled: a 1-pixel step no longer changes
  // the distance measurably.
  constexpr int kMaxHeightsScanned = 4096;
  const int grid_step =
      std::max(1, (*last_height - *first_height) / kMaxHeightsScanned);
  const double pref_w = preferred.width;
  std::vector<double> widths_for_height;
  for (int h = *first_height; h <= *last_height;) {
    widths_for_height.clear();
    widths_for_height.push_back(pref_w);
    if (basic.width.ideal)
      widths_for_height.push_back(*basic.width.ideal);
    for (double ratio : ratios)
      widths_for_height.push_back(h * ratio);
    if (set.aspect_ratio().min())
      widths_for_height.push_back(*set.aspect_ratio().min() * h);
    if (set.aspect_ratio().max())
      widths_for_height.push_back(*set.aspect_ratio().max() * h);
    for (double w : widths_for_height) {
      for (auto snapped : {set.SnapWidthDown(w), set.SnapWidthUp(w)}) {
        if (snapped)
          best->Consider(*snapped, h);
      }
    }
    const std::optional<int> next = set.SnapHeightUp(h + grid_step);
    if (!next || *next <= h)
      break;
    h = *next;
  }
}

// Picks the size in `set` (nonempty) that ranks first under
// ResolutionRankingKey(): the smallest fitness distance to the basic set,
// then the closest to `preferred`'s aspect ratio, then to `preferred` itself.
ResolutionSet::Point PickResolution(const ResolutionSet& set,
                                    const ResolvedConstraintSet& basic,
                                    ResolutionSet::Point preferred) {
  const std::vector<double> ratios = CandidateRatios(set, basic, preferred);
  BestResolution best(set, basic, preferred);
  for (const ResolutionSet::Point& p :
       CandidatePoints(set, basic, preferred, ratios)) {
    best.Consider(p.width, p.height);
  }
  ScanGridHeights(set, basic, preferred, ratios, &best);
  return best.best();
}

// The smallest grid value of the mode at or above `value`.
int SourceDimension(int value, int min, int max, int step) {
  if (value <= min)
    return min;
  step = std::max(step, 1);
  const int snapped = min + ((value - min + step - 1) / step) * step;
  return std::min(snapped, max);
}

// What is video-specific in SelectSettings (see select_settings_loop.h).
struct VideoKind {
  using Candidate = VideoCandidate;
  using Selection = VideoSelection;
  static constexpr DeviceKind kDeviceKind = DeviceKind::kVideoInput;
  static constexpr char kName[] = "video";
  static constexpr const char* kMembers[] = {
      n::kWidth,     n::kHeight,     n::kAspectRatio,
      n::kFrameRate, n::kFacingMode, n::kResizeMode,
      n::kDeviceId,  n::kGroupId,    n::kBackgroundBlur,
  };

  // Two candidates per native mode: resizeMode "none", then
  // "crop-and-scale".
  static std::vector<VideoCandidate> Candidates(
      const std::vector<CandidateDevice>& devices,
      size_t device_index) {
    std::vector<VideoCandidate> candidates;
    const DeviceDescriptor& descriptor = devices[device_index].descriptor;
    for (size_t m = 0; m < descriptor.video_modes.size(); ++m) {
      for (bool crop_and_scale : {false, true}) {
        VideoCandidate c =
            MakeCandidate(devices, device_index, m, crop_and_scale);
        // A mode that offers nothing (a zero size, an inverted range) from
        // a confused driver is no candidate at all.
        if (c.resolution.IsEmpty() || c.frame_rate.IsEmpty() ||
            c.mode->max_frame_rate <= 0) {
          continue;
        }
        candidates.push_back(std::move(c));
      }
    }
    return candidates;
  }

  // Narrows `c` by the required part of one member of `set`. Returns false
  // (and leaves `c` empty in that member) when nothing is left.
  static bool ApplyMember(std::string_view name,
                          const ResolvedConstraintSet& set,
                          VideoCandidate* c) {
    if (name == n::kWidth || name == n::kHeight || name == n::kAspectRatio) {
      if (name == n::kWidth && set.width.IsRequired()) {
        c->resolution = c->resolution.IntersectWidth(
            NumericRangeSet<int>::FromConstraint(set.width));
      } else if (name == n::kHeight && set.height.IsRequired()) {
        c->resolution = c->resolution.IntersectHeight(
            NumericRangeSet<int>::FromConstraint(set.height));
      } else if (name == n::kAspectRatio && set.aspect_ratio.IsRequired()) {
        c->resolution = c->resolution.IntersectAspectRatio(
            NumericRangeSet<double>::FromConstraint(set.aspect_ratio));
      } else {
        return true;
      }
      return !c->resolution.IsEmpty();
    }
    if (name == n::kFrameRate) {
      c->frame_rate = c->frame_rate.Intersection(
          NumericRangeSet<double>::FromConstraint(set.frame_rate));
      return !c->frame_rate.IsEmpty();
    }
    if (name == n::kFacingMode)
      return StringMemberSatisfied(set.facing_mode, c->facing_mode);
    if (name == n::kResizeMode)
      return StringMemberSatisfied(set.resize_mode, c->resize_mode());
    if (name == n::kDeviceId)
      return StringMemberSatisfied(set.device_id, c->device->device_id);
    if (name == n::kGroupId)
      return StringMemberSatisfied(set.group_id, c->device->group_id);
    if (name == n::kBackgroundBlur)  // Our cameras never blur.
      return BoolSetFromConstraint(set.background_blur).Contains(false);
    return true;
  }

  // The size by PickResolution(), the frame rate by clamping the ideal (or
  // the preferred rate) into the candidate's range; with crop-and-scale, the
  // native mode to produce them from is the smallest that is not smaller.
  static VideoSelection Pick(const VideoCandidate& c,
                             const ResolvedConstraintSet& basic) {
    const VideoCaptureMode& mode = *c.mode;
    const ResolutionSet::Point size =
        PickResolution(c.resolution, basic, PreferredSize(mode));
    const double frame_rate =
        c.frame_rate.Clamp(basic.frame_rate.ideal ? *basic.frame_rate.ideal
                                                  : PreferredFrameRate(mode));

    VideoSelection selection;
    selection.track_format = {size.width, size.height, frame_rate};
    VideoCaptureParams& params = selection.capture_params;
    params.pixel_format = mode.pixel_format;
    if (c.crop_and_scale) {
      params.width = SourceDimension(size.width, mode.min_width, mode.max_width,
                                     mode.step_width);
      params.height = SourceDimension(size.height, mode.min_height,
                                      mode.max_height, mode.step_height);
      params.frame_rate = std::min(std::max(frame_rate, mode.min_frame_rate),
                                   mode.max_frame_rate);
    } else {
      params.width = size.width;
      params.height = size.height;
      params.frame_rate = frame_rate;
    }

    MediaTrackSettings& s = selection.settings;
    s.width = size.width;
    s.height = size.height;
    s.aspect_ratio = AspectRatioSetting(size.width, size.height);
    s.frame_rate = frame_rate;
    s.facing_mode = c.facing_mode;
    s.resize_mode = c.resize_mode();
    s.device_id = c.device->device_id;
    s.group_id = c.device->group_id;
    s.background_blur = false;
    return selection;
  }

  // Less rescaling first, then the system's default device, then closeness
  // to Chromium's defaults, then "none" before "crop-and-scale".
  static std::vector<double> TieBreakers(const VideoCandidate& c,
                                         const VideoSelection& selection) {
    const VideoCaptureParams& params = selection.capture_params;
    const VideoTrackFormat& track = selection.track_format;
    return {
        RelativeDistance(params.width, track.width) +
            RelativeDistance(params.height, track.height) +
            RelativeDistance(params.frame_rate, track.frame_rate),
        c.device->descriptor.is_default ? 0.0 : 1.0,
        RelativeDistance(params.width, kDefaultWidth) +
            RelativeDistance(params.height, kDefaultHeight) +
            RelativeDistance(params.frame_rate, kDefaultFrameRate),
        c.crop_and_scale ? 1.0 : 0.0,
    };
  }
};

}  // namespace

std::string FacingModeName(FacingMode facing_mode) {
  switch (facing_mode) {
    case FacingMode::kUser:
      return "user";
    case FacingMode::kEnvironment:
      return "environment";
    case FacingMode::kLeft:
      return "left";
    case FacingMode::kRight:
      return "right";
    case FacingMode::kUnknown:
      break;
  }
  return "";
}

SelectionResult<VideoSelection> SelectVideoSettings(
    const std::vector<CandidateDevice>& devices,
    const MediaTrackConstraints& constraints) {
  return SelectSettings<VideoKind>(devices, constraints);
}

}  // namespace constraint_model
}  // namespace mediacapture

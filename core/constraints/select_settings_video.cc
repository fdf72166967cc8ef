// Copyright 2026 The mediacapture authors. All rights reserved.
//
// SelectVideoSettings(): see select_settings.h for the algorithm, the ranked
// criteria and where we follow Chromium rather than the letter of the spec.

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <vector>

#include "core/constraints/constraint_sets.h"
#include "core/constraints/failing_constraints.h"
#include "core/constraints/fitness_distance.h"
#include "core/constraints/select_settings.h"

namespace mediacapture {
namespace constraint_model {

namespace {

namespace n = constraint_names;

// The video members of a constraint set, in IDL order: the order in which a
// set is applied, and so the order in which a failure is named.
const char* const kVideoMembers[] = {
    n::kWidth,     n::kHeight,     n::kAspectRatio,
    n::kFrameRate, n::kFacingMode, n::kResizeMode,
    n::kDeviceId,  n::kGroupId,    n::kBackgroundBlur,
};

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

// Narrows `c` by the required part of one member of `set`. Returns false
// (and leaves `c` empty in that member) when nothing is left.
bool ApplyMember(const std::string& name,
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

// Applies every video member of `set` to `c`, in order. Returns "" when the
// set can be satisfied (and `c` is narrowed), else the first member that
// emptied the candidate (and `c` is unchanged).
std::string ApplySet(const ResolvedConstraintSet& set, VideoCandidate* c) {
  VideoCandidate narrowed = *c;
  for (const char* name : kVideoMembers) {
    if (!ApplyMember(name, set, &narrowed))
      return name;
  }
  *c = narrowed;
  return "";
}

// The members of `set` that `c` cannot satisfy even on their own.
std::set<std::string> IndividuallyFailing(const ResolvedConstraintSet& set,
                                          const VideoCandidate& c) {
  std::set<std::string> failing;
  for (const char* name : kVideoMembers) {
    VideoCandidate alone = c;
    if (!ApplyMember(name, set, &alone))
      failing.insert(name);
  }
  return failing;
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

// Picks the size in `set` (nonempty) with the smallest fitness distance to
// the basic set, then the closest to `preferred`'s aspect ratio, then to
// `preferred` itself. See select_settings.h on the candidate points.
ResolutionSet::Point PickResolution(const ResolutionSet& set,
                                    const ResolvedConstraintSet& basic,
                                    ResolutionSet::Point preferred) {
  const double pref_w = preferred.width;
  const double pref_h = preferred.height;
  const double pref_ar = pref_w / pref_h;

  std::vector<double> ratios = {pref_ar};
  if (basic.aspect_ratio.ideal && *basic.aspect_ratio.ideal > 0)
    ratios.push_back(*basic.aspect_ratio.ideal);
  if (set.aspect_ratio().min() && *set.aspect_ratio().min() > 0)
    ratios.push_back(*set.aspect_ratio().min());
  if (set.aspect_ratio().max() && std::isfinite(*set.aspect_ratio().max()) &&
      *set.aspect_ratio().max() > 0) {
    ratios.push_back(*set.aspect_ratio().max());
  }

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

  bool found = false;
  ResolutionSet::Point best;
  std::vector<double> best_key;
  auto consider = [&](int width, int height) {
    if (!set.Contains(width, height))
      return;
    const double fitness = ResolutionFitness(basic, width, height);
    // Most points lose on fitness alone; skip building their keys.
    if (found && fitness > best_key[0] + 1e-9)
      return;
    std::vector<double> key = {
        fitness,
        RelativeDistance(AspectRatioSetting(width, height), pref_ar),
        RelativeDistance(width, pref_w) + RelativeDistance(height, pref_h),
        double(width),
        double(height),
    };
    if (!found || DistanceVectorLess(key, best_key)) {
      found = true;
      best = {width, height};
      best_key = std::move(key);
    }
  };
  for (const ResolutionSet::Point& p : points)
    consider(p.width, p.height);

  // With an aspect ratio involved (an ideal one, or bounds that bind), the
  // distance no longer splits into a width term and a height term, and on
  // small or odd grids the best point can be one the anchors above miss
  // (7x3 for an ideal 2.4 under a width of at most 10). For a fixed height,
  // the width term and the aspect-ratio term are each quasi-convex in the
  // width, and between their minima their sum is concave, so the best width
  // is the ideal width, height * ideal ratio, or an end of the feasible
  // interval. Trying those at every grid height finds the exact optimum.
  const bool aspect_involved = basic.aspect_ratio.ideal ||
                               set.aspect_ratio().min() ||
                               set.aspect_ratio().max();
  std::optional<int> first_height = set.SnapHeightUp(*set.height().min());
  std::optional<int> last_height = set.SnapHeightDown(*set.height().max());
  if (aspect_involved && first_height && last_height &&
      *first_height < *last_height) {
    // Grids taller than this are sampled: a 1-pixel step no longer changes
    // the distance measurably.
    constexpr int kMaxHeightsScanned = 4096;
    const int grid_step =
        std::max(1, (*last_height - *first_height) / kMaxHeightsScanned);
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
            consider(*snapped, h);
        }
      }
      const std::optional<int> next = set.SnapHeightUp(h + grid_step);
      if (!next || *next <= h)
        break;
      h = *next;
    }
  }
  return best;
}

// The smallest grid value of the mode at or above `value`.
int SourceDimension(int value, int min, int max, int step) {
  if (value <= min)
    return min;
  step = std::max(step, 1);
  const int snapped = min + ((value - min + step - 1) / step) * step;
  return std::min(snapped, max);
}

struct ScoredVideoCandidate {
  std::vector<double> key;
  VideoSelection selection;
};

// Steps 2 and 3 of select_settings.h for a candidate that satisfies the
// basic set.
ScoredVideoCandidate Score(VideoCandidate c,
                           const ResolvedConstraintSet& basic,
                           const std::vector<ResolvedConstraintSet>& advanced) {
  ScoredVideoCandidate scored;
  for (const ResolvedConstraintSet& set : advanced)
    scored.key.push_back(ApplySet(set, &c).empty() ? 0 : 1);

  const VideoCaptureMode& mode = *c.mode;
  const ResolutionSet::Point size =
      PickResolution(c.resolution, basic, PreferredSize(mode));
  const double frame_rate =
      c.frame_rate.Clamp(basic.frame_rate.ideal ? *basic.frame_rate.ideal
                                                : PreferredFrameRate(mode));

  VideoSelection& selection = scored.selection;
  selection.device_index = c.device_index;
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

  scored.key.push_back(FitnessDistance(basic, s, DeviceKind::kVideoInput));
  scored.key.push_back(RelativeDistance(params.width, size.width) +
                       RelativeDistance(params.height, size.height) +
                       RelativeDistance(params.frame_rate, frame_rate));
  scored.key.push_back(c.device->descriptor.is_default ? 0 : 1);
  scored.key.push_back(RelativeDistance(params.width, kDefaultWidth) +
                       RelativeDistance(params.height, kDefaultHeight) +
                       RelativeDistance(params.frame_rate, kDefaultFrameRate));
  scored.key.push_back(c.crop_and_scale ? 1 : 0);
  scored.key.push_back(double(c.device_index));
  scored.key.push_back(double(c.mode_index));
  return scored;
}

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

// https://w3c.github.io/mediacapture-main/#dfn-selectsettings
SelectionResult<VideoSelection> SelectVideoSettings(
    const std::vector<CandidateDevice>& devices,
    const MediaTrackConstraints& constraints) {
  const ResolvedConstraintSet basic =
      Resolve(constraints.basic(), BareValue::kIdeal);
  std::vector<ResolvedConstraintSet> advanced;
  for (const ConstraintSet& set : constraints.advanced)
    advanced.push_back(Resolve(set, BareValue::kExact));

  bool any_candidate = false;
  bool have_best = false;
  ScoredVideoCandidate best;
  FailingConstraints failing_everywhere;

  for (size_t d = 0; d < devices.size(); ++d) {
    const DeviceDescriptor& descriptor = devices[d].descriptor;
    if (descriptor.kind != DeviceKind::kVideoInput)
      continue;
    for (size_t m = 0; m < descriptor.video_modes.size(); ++m) {
      for (bool crop_and_scale : {false, true}) {
        VideoCandidate c = MakeCandidate(devices, d, m, crop_and_scale);
        // A mode that offers nothing (a zero size, an inverted range) from
        // a confused driver is no candidate at all.
        if (c.resolution.IsEmpty() || c.frame_rate.IsEmpty() ||
            c.mode->max_frame_rate <= 0) {
          continue;
        }
        any_candidate = true;
        const std::string failed = ApplySet(basic, &c);
        if (!failed.empty()) {
          failing_everywhere.Add(IndividuallyFailing(basic, c));
          continue;
        }
        ScoredVideoCandidate scored = Score(std::move(c), basic, advanced);
        if (!have_best || DistanceVectorLess(scored.key, best.key)) {
          have_best = true;
          best = std::move(scored);
        }
      }
    }
  }

  if (have_best)
    return SelectionResult<VideoSelection>::Ok(std::move(best.selection));
  if (!any_candidate) {
    return SelectionResult<VideoSelection>::NoCandidates(
        "There is no video input device.");
  }
  const std::string name = failing_everywhere.FirstOf(kVideoMembers);
  return SelectionResult<VideoSelection>::Overconstrained(
      name, FailingConstraints::Message("video", name));
}

}  // namespace constraint_model
}  // namespace mediacapture

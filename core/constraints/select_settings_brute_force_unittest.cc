// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// SelectVideoSettings() against the spec's SelectSettings run literally:
// every settings dictionary of a tiny camera is enumerated, the basic set
// filters (bare values ideal), each advanced set filters if it can (bare
// values exact), and the smallest fitness distance to the basic set wins
// (https://w3c.github.io/mediacapture-main/#dfn-selectsettings). Ours must
// reach the same advanced sets and the same fitness distance. The constraint
// sets are random but seeded, so every run checks the same cases.

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "core/constraints/fitness_distance.h"
#include "core/constraints/select_settings.h"
#include "core/constraints/test_devices.h"

namespace mediacapture {
namespace constraint_model {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Cameras small enough to enumerate: 16x12 at 30 Hz and 24x10 at 15 Hz,
// facing the user; and, facing the environment, any size from 4x3 to 20x15
// in steps of 4x3 at 5 to 25 Hz.
CandidateDevice TinyCamera() {
  return test::Camera("tiny-camera", FacingMode::kUser,
                      {test::Mode(16, 12, 30), test::Mode(24, 10, 15)});
}

CandidateDevice TinyStepwiseCamera() {
  VideoCaptureMode mode;
  mode.min_width = 4;
  mode.max_width = 20;
  mode.step_width = 4;
  mode.min_height = 3;
  mode.max_height = 15;
  mode.step_height = 3;
  mode.min_frame_rate = 5;
  mode.max_frame_rate = 25;
  return test::Camera("tiny-stepwise-camera", FacingMode::kEnvironment, {mode});
}

// Every settings dictionary the tiny camera can produce. Frame rates are
// continuous; the grid holds every value a constraint names and the bounds,
// which is where the optimum of each frame-rate term lies.
std::vector<MediaTrackSettings> AllSettings(const CandidateDevice& camera,
                                            const std::vector<double>& rates) {
  std::vector<MediaTrackSettings> all;
  for (const VideoCaptureMode& mode : camera.descriptor.video_modes) {
    auto add = [&](int w, int h, double fr, const char* resize_mode) {
      MediaTrackSettings s;
      s.width = w;
      s.height = h;
      s.aspect_ratio = AspectRatioSetting(w, h);
      s.frame_rate = fr;
      s.facing_mode = FacingModeName(camera.descriptor.facing_mode);
      s.resize_mode = resize_mode;
      s.device_id = camera.device_id;
      s.group_id = camera.group_id;
      s.background_blur = false;
      all.push_back(s);
    };
    for (int w = mode.min_width; w <= mode.max_width;
         w += std::max(mode.step_width, 1)) {
      for (int h = mode.min_height; h <= mode.max_height;
           h += std::max(mode.step_height, 1)) {
        for (double fr : rates) {
          if (fr >= mode.min_frame_rate && fr <= mode.max_frame_rate)
            add(w, h, fr, "none");
        }
      }
    }
    for (int w = 1; w <= mode.max_width; ++w) {
      for (int h = 1; h <= mode.max_height; ++h) {
        for (double fr : rates) {
          if (fr >= kMinCropAndScaleFrameRate && fr <= mode.max_frame_rate)
            add(w, h, fr, "crop-and-scale");
        }
      }
    }
  }
  return all;
}

struct Outcome {
  bool ok = false;
  std::vector<double> advanced;  // 0 met, 1 skipped.
  double fitness = kInf;
  MediaTrackSettings best;
};

std::string Describe(const MediaTrackSettings& s) {
  std::ostringstream out;
  out << *s.width << "x" << *s.height << "@" << *s.frame_rate << " "
      << *s.resize_mode;
  return out.str();
}

template <typename T, typename Range>
void Describe(std::ostringstream* out,
              const char* name,
              const std::optional<std::variant<T, Range>>& value) {
  if (!value)
    return;
  *out << name << ":";
  if (const T* bare = std::get_if<T>(&*value)) {
    *out << *bare << " ";
    return;
  }
  const Range& r = std::get<Range>(*value);
  *out << "{";
  if (r.min)
    *out << "min " << *r.min << " ";
  if (r.max)
    *out << "max " << *r.max << " ";
  if (r.exact)
    *out << "exact " << *r.exact << " ";
  if (r.ideal)
    *out << "ideal " << *r.ideal << " ";
  *out << "} ";
}

std::string Describe(const ConstraintSet& set) {
  std::ostringstream out;
  Describe(&out, "width", set.width);
  Describe(&out, "height", set.height);
  Describe(&out, "aspectRatio", set.aspect_ratio);
  Describe(&out, "frameRate", set.frame_rate);
  if (set.resize_mode)
    out << "resizeMode ";
  return out.str();
}

std::string Describe(const MediaTrackConstraints& constraints) {
  std::string text = Describe(Basic(constraints));
  for (const ConstraintSet& set : Advanced(constraints))
    text += " | advanced " + Describe(set);
  return text;
}

// The spec's SelectSettings, literally.
Outcome SpecSelectSettings(const std::vector<MediaTrackSettings>& all,
                           const MediaTrackConstraints& constraints) {
  Outcome outcome;
  std::vector<const MediaTrackSettings*> candidates;
  for (const MediaTrackSettings& s : all) {
    if (!std::isinf(FitnessDistance(Basic(constraints), s, BareValue::kIdeal,
                                    DeviceKind::kVideoInput))) {
      candidates.push_back(&s);
    }
  }
  if (candidates.empty())
    return outcome;
  outcome.ok = true;
  for (const ConstraintSet& set : Advanced(constraints)) {
    std::vector<const MediaTrackSettings*> kept;
    for (const MediaTrackSettings* s : candidates) {
      if (!std::isinf(FitnessDistance(set, *s, BareValue::kExact,
                                      DeviceKind::kVideoInput))) {
        kept.push_back(s);
      }
    }
    outcome.advanced.push_back(kept.empty() ? 1 : 0);
    if (!kept.empty())
      candidates = std::move(kept);
  }
  for (const MediaTrackSettings* s : candidates) {
    const double fitness = FitnessDistance(
        Basic(constraints), *s, BareValue::kIdeal, DeviceKind::kVideoInput);
    if (fitness < outcome.fitness) {
      outcome.fitness = fitness;
      outcome.best = *s;
    }
  }
  return outcome;
}

// A random numeric constraint: bare, or a dictionary of some of
// min/max/exact/ideal, drawn from `values`.
template <typename Range, typename T>
std::optional<std::variant<T, Range>> RandomNumeric(
    std::mt19937* rng,
    const std::vector<T>& values,
    std::vector<double>* seen) {
  std::uniform_int_distribution<int> kind(0, 5);
  std::uniform_int_distribution<size_t> pick(0, values.size() - 1);
  auto value = [&] {
    T v = values[pick(*rng)];
    seen->push_back(static_cast<double>(v));
    return v;
  };
  switch (kind(*rng)) {
    case 0:
      return std::nullopt;
    case 1:
      return std::variant<T, Range>(value());
    default: {
      Range range;
      std::bernoulli_distribution half(0.5);
      std::bernoulli_distribution sometimes(0.25);
      if (half(*rng))
        range.ideal = value();
      if (sometimes(*rng))
        range.min = value();
      if (sometimes(*rng))
        range.max = value();
      if (sometimes(*rng) && half(*rng))
        range.exact = value();
      return std::variant<T, Range>(range);
    }
  }
}

ConstraintSet RandomSet(std::mt19937* rng, std::vector<double>* rates) {
  const std::vector<uint32_t> sizes = {1, 3, 8, 10, 12, 15, 16, 20, 24, 30};
  const std::vector<double> aspects = {0.5, 1.0, 1.3333333333, 1.5, 2.4, 3.0};
  const std::vector<double> frame_rates = {1, 7.5, 15, 20, 30, 60};
  std::vector<double> ignored;
  ConstraintSet set;
  set.width = RandomNumeric<ConstrainULongRange>(rng, sizes, &ignored);
  set.height = RandomNumeric<ConstrainULongRange>(rng, sizes, &ignored);
  set.aspect_ratio =
      RandomNumeric<ConstrainDoubleRange>(rng, aspects, &ignored);
  set.frame_rate = RandomNumeric<ConstrainDoubleRange>(rng, frame_rates, rates);
  std::uniform_int_distribution<int> facing(0, 5);
  switch (facing(*rng)) {
    case 0:
      set.facing_mode = std::string("user");
      break;
    case 1:
      set.facing_mode = test::ExactString(std::string("environment"));
      break;
    case 2:
      set.facing_mode = test::IdealString(std::string("left"));
      break;
    default:
      break;
  }
  std::uniform_int_distribution<int> device(0, 7);
  switch (device(*rng)) {
    case 0:
      set.device_id = std::string("tiny-camera-id");
      break;
    case 1:
      set.device_id = test::ExactString(std::string("tiny-stepwise-camera-id"));
      break;
    default:
      break;
  }
  std::uniform_int_distribution<int> resize(0, 5);
  switch (resize(*rng)) {
    case 0:
      set.resize_mode = std::string("none");
      break;
    case 1:
      set.resize_mode = test::ExactString(std::string("crop-and-scale"));
      break;
    default:
      break;
  }
  return set;
}

TEST_CASE("video selection reaches the spec's optimum on tiny cameras") {
  const std::vector<CandidateDevice> cameras = {TinyCamera(),
                                                TinyStepwiseCamera()};
  std::mt19937 rng(20261125);
  constexpr int kCases = 500;
  int overconstrained = 0;
  for (int i = 0; i < kCases; ++i) {
    std::vector<double> rates = {1, 5, 15, 25, 30, kDefaultFrameRate};
    MediaTrackConstraints constraints;
    static_cast<ConstraintSet&>(constraints) = RandomSet(&rng, &rates);
    std::uniform_int_distribution<int> advanced_count(0, 2);
    constraints.advanced.emplace();
    for (int n = advanced_count(rng); n > 0; --n)
      constraints.advanced->push_back(RandomSet(&rng, &rates));

    INFO("case " << i);
    std::vector<MediaTrackSettings> all;
    for (const CandidateDevice& camera : cameras) {
      const std::vector<MediaTrackSettings> some = AllSettings(camera, rates);
      all.insert(all.end(), some.begin(), some.end());
    }
    const Outcome spec = SpecSelectSettings(all, constraints);
    const auto ours = SelectVideoSettings(cameras, constraints);
    REQUIRE(ours.ok() == spec.ok);
    if (!spec.ok) {
      ++overconstrained;
      continue;
    }
    const MediaTrackSettings& s = ours.value().settings;
    INFO("constraints " << Describe(constraints));
    INFO("ours " << Describe(s) << ", the spec's best " << Describe(spec.best));
    std::vector<double> advanced;
    for (const ConstraintSet& set : Advanced(constraints)) {
      advanced.push_back(std::isinf(FitnessDistance(set, s, BareValue::kExact,
                                                    DeviceKind::kVideoInput))
                             ? 1
                             : 0);
    }
    CHECK(advanced == spec.advanced);
    CHECK(FitnessDistance(Basic(constraints), s, BareValue::kIdeal,
                          DeviceKind::kVideoInput) ==
          Approx(spec.fitness).margin(1e-9));
  }
  // The cases are not all trivial failures.
  CHECK(overconstrained < kCases / 2);
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture

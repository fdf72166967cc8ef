// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_MEDIA_CONSTRAINTS_H_
#define CORE_CONSTRAINTS_MEDIA_CONSTRAINTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "idl/constrain_boolean_or_dom_string_parameters.h"
#include "idl/constrain_boolean_parameters.h"
#include "idl/constrain_dom_string_parameters.h"
#include "idl/constrain_double_range.h"
#include "idl/constrain_u_long_range.h"
#include "idl/media_track_constraint_set.h"
#include "idl/media_track_constraints.h"

namespace mediacapture {
namespace constraint_model {

// The constraint model is the generated dictionaries of
// idl/media_track_constraints.idl (MediaTrackConstraints,
// MediaTrackConstraintSet, ConstrainULongRange, ...: plain structs, no V8),
// exactly as the bindings convert them from script. Plain data: any thread.
//
// Each property's value keeps the shape script gave it, as a sum type (after
// servo/media's Constrain<T>): either a bare value or a parameters dictionary
// whose members are each optional. Nothing uses "0 means unset". Keeping the
// shape matters twice:
//  - a bare value means `ideal` in the basic set and `exact` in an advanced
//    set (https://w3c.github.io/mediacapture-main/#dfn-selectsettings), which
//    only the position of the set decides (see Resolve() below);
//  - getConstraints() returns the constraints as given.
// An absent property is std::nullopt, and so is an absent `advanced` list.
// Unknown dictionary members are dropped by the bindings (WebIDL), so they
// are simply not represented.

// The IDL typedefs, which the generated structs spell out as variants.
// (DOMString or sequence<DOMString>)
using StringOrStrings = std::variant<std::string, std::vector<std::string>>;
// (boolean or DOMString)
using BooleanOrString = std::variant<bool, std::string>;
// https://w3c.github.io/mediacapture-main/#dom-constrainulong
using ConstrainULong = std::variant<uint32_t, ConstrainULongRange>;
// https://w3c.github.io/mediacapture-main/#dom-constraindouble
using ConstrainDouble = std::variant<double, ConstrainDoubleRange>;
// https://w3c.github.io/mediacapture-main/#dom-constrainboolean
using ConstrainBoolean = std::variant<bool, ConstrainBooleanParameters>;
// https://w3c.github.io/mediacapture-main/#dom-constraindomstring
using ConstrainDOMString = std::variant<std::string,
                                        std::vector<std::string>,
                                        ConstrainDOMStringParameters>;
// https://w3c.github.io/mediacapture-main/#dom-constrainbooleanordomstring
// (echoCancellation: a boolean or an EchoCancellationModeEnum string, "all"
// or "remote-only"; w3c/mediacapture-main pull request 1044).
using ConstrainBooleanOrDOMString =
    std::variant<bool, std::string, ConstrainBooleanOrDOMStringParameters>;

// https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraintset, by
// the name the spec's algorithms give it.
using ConstraintSet = MediaTrackConstraintSet;

// The basic constraint set of `constraints`: its own members (the
// dictionary inherits them from MediaTrackConstraintSet).
inline const ConstraintSet& Basic(const MediaTrackConstraints& constraints) {
  return constraints;
}

// The advanced constraint sets of `constraints`, in order; none when the
// member is absent.
const std::vector<ConstraintSet>& Advanced(
    const MediaTrackConstraints& constraints);

// The constrainable property names, as script spells them
// (OverconstrainedError.constraint, getSupportedConstraints()).
namespace constraint_names {
inline constexpr char kWidth[] = "width";
inline constexpr char kHeight[] = "height";
inline constexpr char kAspectRatio[] = "aspectRatio";
inline constexpr char kFrameRate[] = "frameRate";
inline constexpr char kFacingMode[] = "facingMode";
inline constexpr char kResizeMode[] = "resizeMode";
inline constexpr char kSampleRate[] = "sampleRate";
inline constexpr char kSampleSize[] = "sampleSize";
inline constexpr char kEchoCancellation[] = "echoCancellation";
inline constexpr char kAutoGainControl[] = "autoGainControl";
inline constexpr char kNoiseSuppression[] = "noiseSuppression";
inline constexpr char kLatency[] = "latency";
inline constexpr char kChannelCount[] = "channelCount";
inline constexpr char kDeviceId[] = "deviceId";
inline constexpr char kGroupId[] = "groupId";
inline constexpr char kBackgroundBlur[] = "backgroundBlur";
inline constexpr char kVoiceIsolation[] = "voiceIsolation";
}  // namespace constraint_names

// https://w3c.github.io/mediacapture-main/#dom-videoresizemodeenum
inline constexpr char kResizeModeNone[] = "none";
inline constexpr char kResizeModeCropAndScale[] = "crop-and-scale";

// https://w3c.github.io/mediacapture-main/#dom-echocancellationmodeenum
inline constexpr char kEchoCancellationAll[] = "all";
inline constexpr char kEchoCancellationRemoteOnly[] = "remote-only";

// ---------------------------------------------------------------------------
// Resolved constraints: what the algorithm works on. One ConstraintSet is
// resolved once its position is known; bare values become ideal or exact and
// empty dictionaries and lists vanish ("an empty constraint == no
// constraint", https://w3c.github.io/mediacapture-main/#dfn-selectsettings).

// How a bare value is read: `ideal` in the basic set, `exact` in advanced
// sets.
enum class BareValue {
  kIdeal,
  kExact,
};

// A resolved numeric constraint (unsigned long and double properties both
// fit a double exactly).
struct NumericConstraint {
  std::optional<double> min;
  std::optional<double> max;
  std::optional<double> exact;
  std::optional<double> ideal;

  bool IsEmpty() const { return !min && !max && !exact && !ideal; }
  // min, max or exact: https://w3c.github.io/mediacapture-main/#dfn-required
  bool IsRequired() const { return min || max || exact; }
};

// Also the resolved form of echoCancellation's ConstrainBooleanOrDOMString:
// our echo cancellers (PulseAudio's module-echo-cancel) cancel everything
// the system plays, which is the "all" mode, so "all" resolves to true; any
// other string ("remote-only", or an unknown one) is a value no setting
// equals, kept as the *_matches_nothing flags.
struct BooleanConstraint {
  std::optional<bool> exact;
  std::optional<bool> ideal;
  bool exact_matches_nothing = false;
  bool ideal_matches_nothing = false;

  bool IsEmpty() const {
    return !exact && !ideal && !exact_matches_nothing && !ideal_matches_nothing;
  }
  bool IsRequired() const { return exact || exact_matches_nothing; }
};

// A list of strings means "any of these" (the registry's disjunction). An
// empty list is an absent member.
struct StringConstraint {
  std::vector<std::string> exact;
  std::vector<std::string> ideal;

  bool IsEmpty() const { return exact.empty() && ideal.empty(); }
  bool IsRequired() const { return !exact.empty(); }
};

NumericConstraint Resolve(const std::optional<ConstrainULong>& value,
                          BareValue bare);
NumericConstraint Resolve(const std::optional<ConstrainDouble>& value,
                          BareValue bare);
BooleanConstraint Resolve(const std::optional<ConstrainBoolean>& value,
                          BareValue bare);
BooleanConstraint Resolve(
    const std::optional<ConstrainBooleanOrDOMString>& value,
    BareValue bare);
StringConstraint Resolve(const std::optional<ConstrainDOMString>& value,
                         BareValue bare);

// Every property of a ConstraintSet, resolved.
struct ResolvedConstraintSet {
  NumericConstraint width;
  NumericConstraint height;
  NumericConstraint aspect_ratio;
  NumericConstraint frame_rate;
  StringConstraint facing_mode;
  StringConstraint resize_mode;
  NumericConstraint sample_rate;
  NumericConstraint sample_size;
  BooleanConstraint echo_cancellation;
  BooleanConstraint auto_gain_control;
  BooleanConstraint noise_suppression;
  NumericConstraint latency;
  NumericConstraint channel_count;
  StringConstraint device_id;
  StringConstraint group_id;
  BooleanConstraint background_blur;
  BooleanConstraint voice_isolation;
};

ResolvedConstraintSet Resolve(const ConstraintSet& set, BareValue bare);

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_MEDIA_CONSTRAINTS_H_

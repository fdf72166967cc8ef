// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_FITNESS_DISTANCE_H_
#define CORE_CONSTRAINTS_FITNESS_DISTANCE_H_

#include <optional>
#include <string>
#include <vector>

#include "core/constraints/media_constraints.h"
#include "core/constraints/media_track_settings.h"
#include "platform/capture/device_descriptor.h"

namespace mediacapture {
namespace constraint_model {

// The fitness distance, exactly as
// https://w3c.github.io/mediacapture-main/#dfn-fitness-distance defines it,
// one function per kind of constraint. `actual` is the settings
// dictionary's member, std::nullopt when it does not exist. Pure functions:
// any thread.
//
// Steps, per constraint:
//  2. required (min/max/exact) and the member does not satisfy it or does not
//     exist: +infinity;
//  5. the member does not exist: 1;
//  6. no ideal: 0;
//  7. numbers: (actual == ideal) ? 0 : |actual - ideal| / max(|actual|,
//     |ideal|);
//  8. strings and booleans: (actual == ideal) ? 0 : 1, where a list of ideal
//     strings is "==" when it contains actual.
// (Step 1, unsupported names, cannot happen: the model has only supported
// ones. Step 3, constraints that do not apply to the kind, is done by the
// ConstraintSet overloads below. Step 4, booleans given for non-boolean
// properties, cannot happen with this IDL.)
double FitnessDistance(const NumericConstraint& constraint,
                       std::optional<double> actual);
double FitnessDistance(const BooleanConstraint& constraint,
                       std::optional<bool> actual);
double FitnessDistance(const StringConstraint& constraint,
                       const std::optional<std::string>& actual);

// Whether `actual` satisfies the required part (min, max, exact) of the
// constraint. A constraint with no required part is satisfied by anything.
bool SatisfiesRequired(const NumericConstraint& constraint, double actual);

// Whether a constrainable property applies to tracks of `kind` (video
// properties to video tracks, audio properties to audio tracks, deviceId and
// groupId to both).
bool PropertyAppliesTo(const std::string& name, DeviceKind kind);

// The fitness distance between a settings dictionary of a `kind` track and a
// constraint set: the sum over the set's members. Members that do not apply
// to `kind` count 0 even when required (see select_settings.h: "Where we
// differ from the letter of the spec").
double FitnessDistance(const ResolvedConstraintSet& set,
                       const MediaTrackSettings& settings,
                       DeviceKind kind);
double FitnessDistance(const ConstraintSet& set,
                       const MediaTrackSettings& settings,
                       BareValue bare,
                       DeviceKind kind);

// The name of the first applicable required constraint of `set` (in the IDL
// member order of select_settings.h) whose distance to `settings` is
// infinite, or "" when there is none.
std::string FirstUnsatisfiedConstraint(const ResolvedConstraintSet& set,
                                       const MediaTrackSettings& settings,
                                       DeviceKind kind);

// (a == b) ? 0 : |a - b| / max(|a|, |b|): the spec's relative distance,
// which our tie-breakers use too.
double RelativeDistance(double a, double b);

// Lexicographic order of distance vectors of equal length, with entries
// within 1e-9 of each other taken as equal, so that rounding noise (1080x720
// and 1280x720 are both exactly 0.15625 from {width: 1280, aspectRatio: 1.5}
// on paper) does not decide ties that the tie-breakers should.
bool DistanceVectorLess(const std::vector<double>& a,
                        const std::vector<double>& b);

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_FITNESS_DISTANCE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_SELECT_SETTINGS_LOOP_H_
#define CORE_CONSTRAINTS_SELECT_SETTINGS_LOOP_H_

#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/constraints/failing_constraints.h"
#include "core/constraints/fitness_distance.h"
#include "core/constraints/media_constraints.h"
#include "core/constraints/select_settings.h"
#include "platform/capture/device_descriptor.h"

namespace mediacapture {
namespace constraint_model {

// The candidate loop of SelectSettings, once for both kinds of track
// (select_settings.h describes the algorithm and the distance vector). Only
// select_settings_audio.cc and select_settings_video.cc include this; each
// instantiates SelectSettings<Kind>() with a `Kind` that supplies what is
// really different between audio and video:
//
//   using Candidate;  // One (device, mode, ...): the settings dictionaries
//                     // it can produce. Has `device_index`, `mode_index`.
//   using Selection;  // VideoSelection or AudioSelection.
//   static constexpr DeviceKind kDeviceKind;
//   static constexpr char kName[];  // "video", "audio": for messages.
//   // The kind's members of a constraint set, in IDL order: the order a set
//   // is applied in, and so the order a failure is named in.
//   static constexpr const char* kMembers[];
//   // The candidates of devices[device_index] (a device of kDeviceKind), in
//   // order, leaving out any that offers nothing.
//   static std::vector<Candidate> Candidates(
//       const std::vector<CandidateDevice>& devices, size_t device_index);
//   // Narrows `c` by the required part of member `name` of `set`; false when
//   // nothing is left.
//   static bool ApplyMember(std::string_view name,
//                           const ResolvedConstraintSet& set, Candidate* c);
//   // Step 3: the one settings dictionary picked inside `c` (all but
//   // `device_index`, which the loop fills in).
//   static Selection Pick(const Candidate& c,
//                         const ResolvedConstraintSet& basic);
//   // The kind's tie-breakers (entry c. of the distance vector, before the
//   // order of devices and modes, which the loop appends).
//   static std::vector<double> TieBreakers(const Candidate& c,
//                                          const Selection& selection);
//
// Pure functions: any thread.

// Applies every member of `set` to `c`, in order. Returns "" when the set can
// be satisfied (and `c` is narrowed), else the first member that emptied the
// candidate (and `c` is unchanged).
template <typename Kind>
std::string ApplySet(const ResolvedConstraintSet& set,
                     typename Kind::Candidate* c) {
  typename Kind::Candidate narrowed = *c;
  for (const char* name : Kind::kMembers) {
    if (!Kind::ApplyMember(name, set, &narrowed))
      return name;
  }
  *c = std::move(narrowed);
  return "";
}

// The members of `set` that `c` cannot satisfy even on their own: what
// FailingConstraints intersects over the rejected candidates.
template <typename Kind>
std::set<std::string> IndividuallyFailing(const ResolvedConstraintSet& set,
                                          const typename Kind::Candidate& c) {
  std::set<std::string> failing;
  for (const char* name : Kind::kMembers) {
    typename Kind::Candidate alone = c;
    if (!Kind::ApplyMember(name, set, &alone))
      failing.insert(name);
  }
  return failing;
}

template <typename Kind>
struct ScoredCandidate {
  std::vector<double> key;
  typename Kind::Selection selection;
};

// Steps 2 and 3 of select_settings.h for a candidate that satisfies the
// basic set, and its distance vector (a., b., c. there).
template <typename Kind>
ScoredCandidate<Kind> Score(
    typename Kind::Candidate c,
    const ResolvedConstraintSet& basic,
    const std::vector<ResolvedConstraintSet>& advanced) {
  ScoredCandidate<Kind> scored;
  scored.key.reserve(advanced.size() + 8);
  // a. Each advanced set narrows the candidate if it can be satisfied.
  for (const ResolvedConstraintSet& set : advanced)
    scored.key.push_back(ApplySet<Kind>(set, &c).empty() ? 0 : 1);

  scored.selection = Kind::Pick(c, basic);
  scored.selection.device_index = c.device_index;

  // b. The spec's fitness distance to the basic set.
  scored.key.push_back(
      FitnessDistance(basic, scored.selection.settings, Kind::kDeviceKind));
  // c. The kind's tie-breakers, then the order of the devices and modes.
  for (double entry : Kind::TieBreakers(c, scored.selection))
    scored.key.push_back(entry);
  scored.key.push_back(double(c.device_index));
  scored.key.push_back(double(c.mode_index));
  return scored;
}

// https://w3c.github.io/mediacapture-main/#dfn-selectsettings
template <typename Kind>
SelectionResult<typename Kind::Selection> SelectSettings(
    const std::vector<CandidateDevice>& devices,
    const MediaTrackConstraints& constraints) {
  using Result = SelectionResult<typename Kind::Selection>;
  // Bare values are ideal in the basic set and exact in advanced sets.
  const ResolvedConstraintSet basic =
      Resolve(Basic(constraints), BareValue::kIdeal);
  std::vector<ResolvedConstraintSet> advanced;
  advanced.reserve(Advanced(constraints).size());
  for (const ConstraintSet& set : Advanced(constraints))
    advanced.push_back(Resolve(set, BareValue::kExact));

  bool any_candidate = false;
  bool have_best = false;
  ScoredCandidate<Kind> best;
  FailingConstraints failing_everywhere;

  for (size_t d = 0; d < devices.size(); ++d) {
    if (devices[d].descriptor.kind != Kind::kDeviceKind)
      continue;
    for (typename Kind::Candidate& c : Kind::Candidates(devices, d)) {
      any_candidate = true;
      // 1. The basic set drops the candidate it empties; what failed on it
      // may become OverconstrainedError.constraint.
      if (!ApplySet<Kind>(basic, &c).empty()) {
        failing_everywhere.Add(IndividuallyFailing<Kind>(basic, c));
        continue;
      }
      ScoredCandidate<Kind> scored = Score<Kind>(std::move(c), basic, advanced);
      if (!have_best || DistanceVectorLess(scored.key, best.key)) {
        have_best = true;
        best = std::move(scored);
      }
    }
  }

  if (have_best)
    return Result::Ok(std::move(best.selection));
  if (!any_candidate) {
    return Result::NoCandidates(std::string("There is no ") + Kind::kName +
                                " input device.");
  }
  const std::string name = failing_everywhere.FirstOf(Kind::kMembers);
  return Result::Overconstrained(
      name, FailingConstraints::Message(Kind::kName, name));
}

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_SELECT_SETTINGS_LOOP_H_

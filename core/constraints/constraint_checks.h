// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_CONSTRAINT_CHECKS_H_
#define CORE_CONSTRAINTS_CONSTRAINT_CHECKS_H_

#include <cstddef>
#include <string>

#include "core/constraints/media_constraints.h"
#include "platform/capture/device_descriptor.h"

namespace mediacapture {
namespace constraint_model {

// Checks on constraints as script gave them, made before SelectSettings
// looks at any device. Pure functions: any thread (core calls them on the JS
// thread).

// https://w3c.github.io/mediacapture-main/#dfn-allowed-required-constraints-for-device-selection:
// width, height, aspectRatio, frameRate, facingMode, resizeMode, sampleRate,
// sampleSize, echoCancellation, autoGainControl, noiseSuppression, latency,
// channelCount, deviceId and groupId.
bool IsAllowedRequiredConstraintForDeviceSelection(const std::string& name);

// getUserMedia()
// (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia):
// after the properties not defined for tracks of |kind| are removed, "If CS
// contains a member that is a required constraint and whose name is not in
// the list of allowed required constraints for device selection, then
// reject p with a TypeError". Returns the first such member of the basic
// set (required constraints are never advanced ones,
// https://w3c.github.io/mediacapture-main/#dfn-required-constraints), in
// the order of MediaTrackConstraintSet, or "" when there is none.
// applyConstraints() has no such step.
std::string FirstDisallowedRequiredConstraint(
    const MediaTrackConstraints& constraints,
    DeviceKind kind);

// The longest string a constraint may hold. The spec sets no limit; we follow
// Chromium (kMaxConstraintStringLength in Blink's media_constraints_impl.cc),
// so that a page cannot make device selection, which compares these strings
// with every device's, cost more by sending longer ones.
inline constexpr size_t kMaxConstraintStringLength = 500;

// The first of deviceId, groupId, facingMode and resizeMode, in the basic
// set then in each advanced set, with a string (a bare one, an `exact` or an
// `ideal` one, or any entry of a list) longer than
// kMaxConstraintStringLength, or "" when there is none. Every set counts,
// whatever kind of track it is for, as in Chromium, which checks strings
// while it reads the constraints. Length is counted as Chromium counts it,
// in UTF-16 code units (the bindings give us UTF-8).
std::string FirstOverlongConstraintString(
    const MediaTrackConstraints& constraints);

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_CONSTRAINT_CHECKS_H_

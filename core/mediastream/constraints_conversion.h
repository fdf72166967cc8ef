// Copyright 2026 The mediacapture authors. All rights reserved.
//
// Between the generated dictionaries of idl/*.idl (what script passes and
// gets: bindings/media_track_constraints.h and friends) and core's
// constraint model (core/constraints/, namespace constraint_model). Written
// once, used by MediaDevices.getUserMedia(), applyConstraints(),
// getSettings() and getCapabilities().
//
// Pure functions; any thread.

#ifndef CORE_MEDIASTREAM_CONSTRAINTS_CONVERSION_H_
#define CORE_MEDIASTREAM_CONSTRAINTS_CONVERSION_H_

#include "core/constraints/media_constraints.h"
#include "core/constraints/media_track_capabilities.h"
#include "core/constraints/media_track_settings.h"
#include "idl/media_track_capabilities.h"
#include "idl/media_track_constraints.h"
#include "idl/media_track_settings.h"
#include "idl/media_track_supported_constraints.h"

namespace mediacapture {

// https://w3c.github.io/mediacapture-main/#dom-mediatrackconstraints: every
// member keeps its shape (a bare 640 stays bare; {ideal: 640} stays a
// range), so that the model's Resolve() applies the spec's bare-value rule
// (ideal in the basic set, exact in advanced sets).
constraint_model::MediaTrackConstraints ToConstraintModel(
    const MediaTrackConstraints& constraints);
constraint_model::ConstraintSet ToConstraintModel(
    const MediaTrackConstraintSet& set);

// https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-getsettings
MediaTrackSettings ToMediaTrackSettings(
    const constraint_model::MediaTrackSettings& settings);

// https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-getcapabilities
MediaTrackCapabilities ToMediaTrackCapabilities(
    const constraint_model::MediaTrackCapabilities& capabilities);

// https://w3c.github.io/mediacapture-main/#dom-mediadevices-getsupportedconstraints:
// true for every constraint the model (GetSupportedConstraints()) knows,
// absent (false) for the others.
MediaTrackSupportedConstraints ToSupportedConstraints();

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_CONSTRAINTS_CONVERSION_H_

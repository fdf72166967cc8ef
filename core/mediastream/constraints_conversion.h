// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// From the algorithm's own forms of settings and capabilities
// (core/constraints/, namespace constraint_model: booleans where the IDL
// allows booleans or strings) to the generated dictionaries of idl/*.idl
// that script gets, and getSupportedConstraints()'s dictionary. Constraints
// need no conversion: core/constraints reads the generated
// MediaTrackConstraints itself. Used by getSettings(), getCapabilities()
// and getSupportedConstraints().
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

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_MEDIA_TRACK_CAPABILITIES_H_
#define CORE_CONSTRAINTS_MEDIA_TRACK_CAPABILITIES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/constraints/select_settings.h"
#include "idl/double_range.h"
#include "idl/u_long_range.h"

namespace mediacapture {
namespace constraint_model {

// https://w3c.github.io/mediacapture-main/#dom-mediatrackcapabilities
// What a device can do, for MediaStreamTrack.getCapabilities() and
// InputDeviceInfo.getCapabilities(), in the algorithm's form: the generated
// dictionary's members and ranges (ULongRange, DoubleRange), but booleans
// only where the IDL allows booleans or strings. Members that do not apply
// to the device's kind are std::nullopt (left out of the dictionary). Plain
// data: any thread.
struct MediaTrackCapabilities {
  // Video.
  std::optional<ULongRange> width;
  std::optional<ULongRange> height;
  std::optional<DoubleRange> aspect_ratio;
  std::optional<DoubleRange> frame_rate;
  std::optional<std::vector<std::string>> facing_mode;
  std::optional<std::vector<std::string>> resize_mode;
  // Audio.
  std::optional<ULongRange> sample_rate;
  std::optional<ULongRange> sample_size;
  // IDL sequence<(boolean or DOMString)>; we list booleans.
  std::optional<std::vector<bool>> echo_cancellation;
  std::optional<std::vector<bool>> auto_gain_control;
  std::optional<std::vector<bool>> noise_suppression;
  std::optional<DoubleRange> latency;
  std::optional<ULongRange> channel_count;
  // Both kinds.
  std::optional<std::string> device_id;
  std::optional<std::string> group_id;
  // Video: always [false], our cameras never blur.
  std::optional<std::vector<bool>> background_blur;
  // Audio: always [false], until audio processing can isolate voices.
  std::optional<std::vector<bool>> voice_isolation;
};

// The capabilities of `device` over all its modes, consistent with what
// SelectVideoSettings()/SelectAudioSettings() can choose: a video device
// offers any size from 1x1 up to its largest mode and frame rates from
// kMinCropAndScaleFrameRate (0) up to its fastest (crop-and-scale), so both
// resizeMode values; facingMode lists the one the driver reports, or
// nothing. An audio device lists [true, false] for a processing step some
// mode does, [false] otherwise.
MediaTrackCapabilities GetCapabilities(const CandidateDevice& device);

// https://w3c.github.io/mediacapture-main/#dom-mediadevices-getsupportedconstraints
// The names of every constrainable property we support (the spec's fifteen,
// backgroundBlur and voiceIsolation), in IDL order; each
// is `true` in the MediaTrackSupportedConstraints dictionary.
const std::vector<std::string>& GetSupportedConstraints();

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_MEDIA_TRACK_CAPABILITIES_H_

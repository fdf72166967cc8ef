// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_SELECT_SETTINGS_H_
#define CORE_CONSTRAINTS_SELECT_SETTINGS_H_

#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/constraints/media_constraints.h"
#include "core/constraints/media_track_settings.h"
#include "platform/capture/capture_mode.h"
#include "platform/capture/device_descriptor.h"

namespace mediacapture {
namespace constraint_model {

// The SelectSettings algorithm
// (https://w3c.github.io/mediacapture-main/#dfn-selectsettings) over the
// capture devices of one kind, for getUserMedia() and applyConstraints().
// Pure functions of their arguments: any thread (core calls them on the JS
// thread).
//
// The spec's algorithm ranges over every possible settings dictionary of
// every device. We range over candidate *modes* instead: one candidate per
// (device, native mode, resizeMode), each a set of settings dictionaries (a
// ResolutionSet of sizes, a range of frame rates, the device's facingMode,
// deviceId and groupId; for audio, ranges of sample rate, channel count and
// latency, and the processing booleans). Then, per candidate:
//
//  1. The basic constraint set (bare values = ideal) narrows the candidate.
//     A candidate the basic set empties is dropped; the name of the failing
//     constraint is remembered for OverconstrainedError.constraint.
//  2. Each advanced set (bare values = exact), in order, narrows the
//     candidate if it can be satisfied in its entirety, and is skipped if it
//     cannot.
//  3. One settings dictionary is picked inside what is left: the one with
//     the smallest fitness distance to the basic set
//     (https://w3c.github.io/mediacapture-main/#dfn-fitness-distance), then
//     the one closest to the mode's own (native) aspect ratio, size and
//     frame rate, so that an unconstrained track gets the mode untouched.
//
// The winner is the candidate with the smallest distance vector, compared
// lexicographically (as Blink's media_stream_constraints_util_video_device):
//   a. one entry per advanced set, in order: 0 if the candidate satisfied
//      it, 1 (standing for infinity) if it skipped it. Keeping the
//      candidates that satisfy the first set, then among those the ones that
//      satisfy the second, and so on, is exactly the spec's step 5.
//   b. the spec's fitness distance to the basic set (the spec's step 6).
//   c. tie-breakers, where the spec lets the User Agent choose "based on
//      system default property values and User Agent default property
//      values":
//      - video: less rescaling: how much the track's size and frame rate
//        differ from the native mode it is produced from (0 for "none");
//      - the system's default device (DeviceDescriptor::is_default) first;
//      - closeness to the defaults: Chromium's 640x480 at 30 Hz for video
//        (kDefaultWidth and friends); for audio, the device's native sample
//        rate (48000 Hz when the range has it, else the top of the range)
//        and channel count (the top of the range);
//      - video: "none" before "crop-and-scale" when both give the same;
//      - then the order of the devices and of their modes.
//
// resizeMode (as Chromium):
//   "none": the track's settings are a native mode's: one of its sizes
//     (stepwise modes: any size on the grid) and a frame rate in its range.
//   "crop-and-scale": any width and height from 1 up to the mode's maximum,
//     with any aspect ratio (by cropping), and any frame rate from
//     kMinCropAndScaleFrameRate up to the mode's maximum (by dropping
//     frames); the device runs the native mode and the track scales. Never
//     upscaled.
//
// Booleans: a processing step (echoCancellation, noiseSuppression,
// autoGainControl) that a microphone mode really does may be on or off, on
// by default; one it does not do can only be off, so `true` costs 1 as an
// ideal and fails as exact. echoCancellation "all" means true (see
// media_constraints.h). backgroundBlur: our cameras never blur; the setting
// is false. voiceIsolation
// (https://w3c.github.io/mediacapture-extensions/#voiceisolation-constraint):
// we do no voice isolation (there is no audio processing of our own yet);
// the setting is false, so `true` costs 1 as an ideal and fails as exact,
// as for a processing step a mode does not do.
//
// Where we differ from the letter of the spec, and why:
//   - Constraints that do not apply to the track's kind (width on an audio
//     track) are ignored even when required: the fitness distance's step 3
//     says they do not influence the distance, and Chromium ignores them
//     too; we read step 2's "doesn't exist" as "does not exist on this kind
//     of source".
//   - Over a range of sizes the spec's distance is minimised exactly, by
//     trying, at every grid height, the few widths where the optimum can
//     lie (see PickResolution() in select_settings_video.cc); Blink instead
//     minimises a Euclidean distance. select_settings_brute_force_unittest
//     checks the result against the spec's algorithm run literally. (Grids
//     taller than 4096 heights are sampled.)
//   - aspectRatio constraint values are rounded to the tenth decimal place,
//     like the setting they are compared with (media_track_settings.h).
//   - When no settings dictionary satisfies the basic set, the failed
//     constraint is, as the spec says, "any required constraint whose
//     fitness distance was infinity for all settings dictionaries": the
//     first, in IDL member order, that no candidate could satisfy even on
//     its own. When each required constraint alone could be met but not all
//     together ({resizeMode: {exact: "none"}, width: {exact: 800}} on a
//     camera with no 800-wide mode), there is no such constraint and the
//     name is "", as the spec says too.
//
// Both kinds run the one candidate loop of select_settings_loop.h; only the
// candidates, how a set narrows one, the settings picked inside it and the
// tie-breakers are the kind's own (select_settings_audio.cc, _video.cc).
//
// To run applyConstraints() on a track whose source is shared and cannot
// reopen, pass a single CandidateDevice whose descriptor lists only the
// running mode.

// A device as the algorithm sees it: what the adapter reported, plus the
// deviceId and groupId that this origin sees (core computes those).
struct CandidateDevice {
  DeviceDescriptor descriptor;
  std::string device_id;
  std::string group_id;
};

// Chromium's defaults for a video track with no constraints (Chromium:
// blink::MediaStreamVideoSource::kDefaultWidth and friends).
inline constexpr int kDefaultWidth = 640;
inline constexpr int kDefaultHeight = 480;
inline constexpr double kDefaultFrameRate = 30.0;
// The slowest frame rate crop-and-scale offers: 0, as the frameRate
// capability's minimum "being equal to 0"
// (https://w3c.github.io/mediacapture-main/#def-constraint-frameRate).
// Dropping frames gives every "integral decimation" of the native rate
// (30 / n Hz) and, since a track's frames are picked by their timestamps,
// every rate in between; a 0 Hz track delivers no frames at all.
// getCapabilities() reports the same.
inline constexpr double kMinCropAndScaleFrameRate = 0.0;
// Our default sample rate when a device offers it (Chromium's too).
inline constexpr int kDefaultSampleRate = 48000;

// The size and frame rate the track delivers. With "none" they equal the
// capture parameters; with "crop-and-scale" they may be smaller.
struct VideoTrackFormat {
  int width = 0;
  int height = 0;
  double frame_rate = 0;
};

struct VideoSelection {
  // Index of the chosen device in the argument list.
  size_t device_index = 0;
  // Every video setting, for getSettings().
  MediaTrackSettings settings;
  // The native mode to open the device with.
  VideoCaptureParams capture_params;
  VideoTrackFormat track_format;
};

struct AudioSelection {
  size_t device_index = 0;
  MediaTrackSettings settings;
  AudioCaptureParams capture_params;
};

// Either the chosen settings or the failure. A failure is either "no
// candidates" (no device of the kind, or none with a mode: getUserMedia's
// NotFoundError) or overconstrained, naming the constraint that failed
// (OverconstrainedError.constraint; possibly "", see above).
template <typename T>
class SelectionResult {
 public:
  static SelectionResult Ok(T value) {
    SelectionResult result;
    result.ok_ = true;
    result.value_ = std::move(value);
    return result;
  }
  static SelectionResult Overconstrained(std::string constraint,
                                         std::string message) {
    SelectionResult result;
    result.failed_constraint_name_ = std::move(constraint);
    result.message_ = std::move(message);
    return result;
  }
  static SelectionResult NoCandidates(std::string message) {
    SelectionResult result;
    result.no_candidates_ = true;
    result.message_ = std::move(message);
    return result;
  }

  bool ok() const { return ok_; }
  // Only when ok().
  const T& value() const { return value_; }
  // When !ok(): true if there was nothing to select from.
  bool no_candidates() const { return no_candidates_; }
  // When !ok() and !no_candidates().
  const std::string& failed_constraint_name() const {
    return failed_constraint_name_;
  }
  const std::string& message() const { return message_; }

 private:
  bool ok_ = false;
  bool no_candidates_ = false;
  T value_{};
  std::string failed_constraint_name_;
  std::string message_;
};

// SelectSettings for a video track over `devices` (video input devices;
// others are ignored).
SelectionResult<VideoSelection> SelectVideoSettings(
    const std::vector<CandidateDevice>& devices,
    const MediaTrackConstraints& constraints);

// SelectSettings for an audio track over `devices` (audio input devices;
// others are ignored).
SelectionResult<AudioSelection> SelectAudioSettings(
    const std::vector<CandidateDevice>& devices,
    const MediaTrackConstraints& constraints);

// "user", "environment", "left", "right"; "" for kUnknown.
std::string FacingModeName(FacingMode facing_mode);

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_SELECT_SETTINGS_H_

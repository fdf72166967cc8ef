// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_MEDIASTREAM_USER_MEDIA_PROCESSOR_H_
#define CORE_MEDIASTREAM_USER_MEDIA_PROCESSOR_H_

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/constraints/media_constraints.h"
#include "core/constraints/media_track_settings.h"
#include "core/constraints/select_settings.h"
#include "core/devices/device_id_generator.h"
#include "core/mediastream/capture_source.h"
#include "core/mediastream/device_snapshot.h"
#include "core/mediastream/track_delivery.h"
#include "core/mediastream/user_media_error.h"
#include "core/permissions/permission_controller.h"
#include "mediacapture/task_runner.h"
#include "platform/base/weak_flag.h"
#include "platform/capture/device_factory.h"

namespace mediacapture {

// One getUserMedia() call, after the bindings converted its argument: each
// kind either not requested (nullopt) or requested with its constraints
// (`true` is an empty MediaTrackConstraints).
struct UserMediaRequest {
  std::string origin;
  // The constraints of each requested kind (null: not requested), shared
  // with the tracks made from them: one copy of a large `advanced` list,
  // however often the request and the tracks are copied.
  std::shared_ptr<const MediaTrackConstraints> audio;
  std::shared_ptr<const MediaTrackConstraints> video;
};

// What applyConstraints() chose for a track: the settings, and for a video
// track the size and frame rate its TrackDelivery is to produce. The track
// takes them over later, in a queued task (media_stream_track.h).
struct AppliedConstraints {
  constraint_model::MediaTrackSettings settings;
  std::optional<TrackDelivery::VideoSettings> video_format;
};

// Everything a new MediaStreamTrack needs.
struct TrackSpec {
  DeviceKind kind = DeviceKind::kVideoInput;
  std::string label;
  // The device as its factory lists it, every mode (getCapabilities());
  // the per-origin ids are in |candidate|.
  DeviceDescriptor device;
  constraint_model::CandidateDevice candidate;
  constraint_model::MediaTrackSettings settings;
  // What script asked for (getConstraints()); shared by a track's clones.
  std::shared_ptr<const MediaTrackConstraints> constraints;
  std::shared_ptr<CaptureSource> source;
  std::shared_ptr<TrackDelivery> delivery;
};

// The one pipeline below the bindings for getUserMedia() and
// applyConstraints(), with typed errors (UserMediaError).
//
// getUserMedia
// (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia):
//   1. no kind requested → kTypeError (the bindings check this first too);
//      a deviceId, groupId, facingMode or resizeMode string longer than
//      500 characters → kOverconstrained naming it (our limit, after
//      Chromium; constraint_checks.h);
//   2. a DeviceSnapshot of every factory; per requested kind: no device of
//      the kind → kNotFound; a required constraint not in the spec's
//      "allowed required constraints for device selection" → kTypeError;
//      the SelectSettings algorithm over the snapshot → kOverconstrained
//      naming the failed constraint when nothing fits (MediaDevices then
//      runs the spec's "Constraint Failure" step on it);
//   3. permission for every requested kind, one prompt → kNotAllowed;
//   4. a new snapshot (devices may have changed while the prompt was open)
//      and SelectSettings again over it, then each chosen device opened
//      from that same snapshot or its running source shared; a device that
//      is busy or fails to start → kNotReadable, one that vanished →
//      kNotFound... as Chromium, whose order of checks this is.
// A device whose source already runs is offered to SelectSettings with its
// running mode only, so that tracks share one capture ("crop-and-scale"
// gives each its own size and frame rate); when that fails, a running
// camera also offers its larger modes and restarts in the chosen one under
// its tracks.
//
// applyConstraints
// (https://w3c.github.io/mediacapture-main/#dom-constrainablepattern-applyconstraints),
// as Blink's ApplyConstraintsProcessor: SelectSettings for the track's own
// device with its running source, restarting the source when the track is
// its only one and the chosen mode differs.
//
// Lives on the JS thread.
class UserMediaProcessor {
 public:
  using Callback = std::function<void(std::vector<TrackSpec> tracks,
                                      std::optional<UserMediaError> error)>;

  // |factories|, |permissions|, |ids| and |task_runner| must outlive it.
  UserMediaProcessor(std::vector<DeviceFactory*> factories,
                     PermissionController* permissions,
                     const DeviceIdGenerator* ids,
                     TaskRunner* task_runner);
  UserMediaProcessor(const UserMediaProcessor&) = delete;
  UserMediaProcessor& operator=(const UserMediaProcessor&) = delete;
  ~UserMediaProcessor();

  // Decides |request|; |done| runs on the JS thread (maybe synchronously).
  void ProcessRequest(const UserMediaRequest& request, Callback done);

  // The ApplyConstraints algorithm for the live track |track| of |origin|:
  // SelectSettings over the track's device as it runs. Its source is
  // shared, so only the running mode (scaled down or frame-dropped) can be
  // had; a camera whose only track this is may instead restart in another
  // mode (as Chromium does), so then every mode of the device is a
  // candidate, and the source restarts here. A device gone from the
  // factories is judged by the track's own candidate.
  // On success nullopt is returned and |applied| holds the new settings;
  // |track| itself is left alone: the caller sets its settings, video format
  // and constraints in the queued task the spec asks for. On failure:
  // kOverconstrained (also for a constraint string over our length limit),
  // or kNotReadable when the restart failed (the source then runs in its
  // old mode again, or has ended).
  std::optional<UserMediaError> ApplyConstraints(
      const std::string& origin,
      const MediaTrackConstraints& constraints,
      const TrackSpec& track,
      AppliedConstraints* applied);

  // Every device of every factory (one snapshot's descriptors).
  std::vector<DeviceDescriptor> EnumerateDevices();

 private:
  // What SelectSettings chose for one request. |candidates| are in the
  // order of the snapshot's devices; the selections index them.
  struct Selection {
    std::vector<constraint_model::CandidateDevice> candidates;
    std::optional<constraint_model::VideoSelection> video;
    std::optional<constraint_model::AudioSelection> audio;
  };

  // The candidates for |origin| from |snapshot|, one per device in its
  // order: every device with its per-origin ids, a device with a running
  // source limited to its running mode.
  // |allow_larger|: a running camera also offers its modes at least as
  // large and fast as the running one (the source would restart in such a
  // mode, and every track on it would be scaled down from there).
  std::vector<constraint_model::CandidateDevice> Candidates(
      const DeviceSnapshot& snapshot,
      const std::string& origin,
      bool allow_larger);
  // The running source for |raw_id|, if any.
  std::shared_ptr<CaptureSource> RunningSource(const std::string& raw_id);

  // Steps 2 and 4 of getUserMedia: SelectSettings over |snapshot|.
  std::optional<UserMediaError> Select(const UserMediaRequest& request,
                                       const DeviceSnapshot& snapshot,
                                       Selection* selection);
  void OnPermission(const UserMediaRequest& request,
                    Callback done,
                    bool granted);
  // Opens (or shares) the selected devices and describes their tracks,
  // audio first.
  std::optional<UserMediaError> CreateTracks(const UserMediaRequest& request,
                                             const DeviceSnapshot& snapshot,
                                             const Selection& selection,
                                             std::vector<TrackSpec>* tracks);
  std::optional<UserMediaError> OpenSource(
      const DeviceSnapshot& snapshot,
      const constraint_model::CandidateDevice& device,
      const VideoCaptureParams* video,
      const AudioCaptureParams* audio,
      std::shared_ptr<CaptureSource>* out);
  // Restarts the running video |source| with |params| on a device opened
  // again from |snapshot|.
  Status RestartVideo(const DeviceSnapshot& snapshot,
                      const std::shared_ptr<CaptureSource>& source,
                      const VideoCaptureParams& params);

  std::vector<DeviceFactory*> factories_;
  PermissionController* const permissions_;
  const DeviceIdGenerator* const ids_;
  TaskRunner* const task_runner_;
  // Running sources by raw device id; a source lives while a track holds it.
  std::map<std::string, std::weak_ptr<CaptureSource>> sources_;
  WeakFlag alive_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_USER_MEDIA_PROCESSOR_H_

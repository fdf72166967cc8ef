// Copyright 2026 The mediacapture authors. All rights reserved.

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
#include "core/mediastream/track_delivery.h"
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
  std::optional<MediaTrackConstraints> audio;
  std::optional<MediaTrackConstraints> video;
};

// A failure, as the spec's DOMException or OverconstrainedError: |name| is
// "NotAllowedError", "NotFoundError", "NotReadableError", "AbortError",
// "OverconstrainedError" or "TypeError"; |constraint| is set for
// OverconstrainedError.
struct UserMediaError {
  std::string name;
  std::string message;
  std::string constraint;
};

// Everything a new MediaStreamTrack needs.
struct TrackSpec {
  DeviceKind kind = DeviceKind::kVideoInput;
  std::string label;
  DeviceDescriptor device;  // With the per-origin ids in CandidateDevice.
  constraint_model::CandidateDevice candidate;
  constraint_model::MediaTrackSettings settings;
  MediaTrackConstraints constraints;
  std::shared_ptr<CaptureSource> source;
  std::shared_ptr<TrackDelivery> delivery;
};

// Runs getUserMedia's algorithm below the bindings
// (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia):
//   1. no kind requested → TypeError (the bindings check this first too);
//   2. per requested kind: no device of the kind → NotFoundError; the
//      SelectSettings algorithm over every device → OverconstrainedError
//      naming the failed constraint when nothing fits;
//   3. permission for every requested kind, one prompt → NotAllowedError;
//   4. select again (devices may have changed while the prompt was open),
//      then open the chosen device or share its running source; a device
//      that is busy or fails to start → NotReadableError, one that vanished
//      → NotFoundError... as Chromium, whose order of checks this is.
// A device whose source already runs is offered to SelectSettings with its
// running mode only, so that tracks share one capture ("crop-and-scale"
// gives each its own size and frame rate).
//
// Lives on the JS thread.
class UserMediaProcessor {
 public:
  using Callback = std::function<void(std::vector<TrackSpec> tracks,
                                      std::optional<UserMediaError> error)>;

  // |factories|, |permissions|, |ids| and |task_runner| must outlive it.
  UserMediaProcessor(std::vector<DeviceFactory*> factories,
                     permission_model::PermissionController* permissions,
                     const DeviceIdGenerator* ids,
                     TaskRunner* task_runner);
  UserMediaProcessor(const UserMediaProcessor&) = delete;
  UserMediaProcessor& operator=(const UserMediaProcessor&) = delete;
  ~UserMediaProcessor();

  // Decides |request|; |done| runs on the JS thread (maybe synchronously).
  void ProcessRequest(const UserMediaRequest& request, Callback done);

  // Every device of every factory.
  std::vector<DeviceDescriptor> EnumerateDevices();

  // The candidates for |origin|: every device with its per-origin ids, a
  // device with a running source limited to its running mode.
  // |allow_larger|: a running camera also offers its modes at least as
  // large and fast as the running one (the source would restart in such a
  // mode, and every track on it would be scaled down from there).
  std::vector<constraint_model::CandidateDevice> Candidates(
      const std::string& origin,
      bool allow_larger = false);

  // The running source for |raw_id|, if any.
  std::shared_ptr<CaptureSource> RunningSource(const std::string& raw_id);

 private:
  std::optional<UserMediaError> Select(
      const UserMediaRequest& request,
      std::vector<constraint_model::CandidateDevice>* candidates,
      std::optional<constraint_model::VideoSelection>* video,
      std::optional<constraint_model::AudioSelection>* audio);
  void OnPermission(const UserMediaRequest& request,
                    Callback done,
                    bool granted);
  std::optional<UserMediaError> OpenSource(
      const constraint_model::CandidateDevice& device,
      const VideoCaptureParams* video,
      const AudioCaptureParams* audio,
      std::shared_ptr<CaptureSource>* out);

  std::vector<DeviceFactory*> factories_;
  permission_model::PermissionController* const permissions_;
  const DeviceIdGenerator* const ids_;
  TaskRunner* const task_runner_;
  // Running sources by raw device id; a source lives while a track holds it.
  std::map<std::string, std::weak_ptr<CaptureSource>> sources_;
  WeakFlag alive_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_USER_MEDIA_PROCESSOR_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/user_media_processor.h"

#include <algorithm>
#include <string>
#include <utility>

#include "core/constraints/constraint_checks.h"
#include "core/devices/device_info_list.h"

namespace mediacapture {

namespace cm = constraint_model;

namespace {

constexpr char kDeviceNotFound[] = "Requested device not found";

bool HasKind(const std::vector<cm::CandidateDevice>& devices, DeviceKind kind) {
  for (const cm::CandidateDevice& device : devices) {
    if (device.descriptor.kind == kind)
      return true;
  }
  return false;
}

bool SameMode(const VideoCaptureParams& a, const VideoCaptureParams& b) {
  return a.width == b.width && a.height == b.height &&
         a.frame_rate == b.frame_rate && a.pixel_format == b.pixel_format;
}

// The native mode a running video source was started with, as the only mode
// a new track on it may use.
VideoCaptureMode RunningMode(const VideoCaptureParams& params,
                             const std::vector<VideoCaptureMode>& modes) {
  VideoCaptureMode mode;
  mode.pixel_format = params.pixel_format;
  mode.min_width = mode.max_width = params.width;
  mode.min_height = mode.max_height = params.height;
  mode.min_frame_rate = mode.max_frame_rate = params.frame_rate;
  // Keep the device's own lower frame-rate bound for that size, so that a
  // track on it may still ask for less through frame dropping.
  for (const VideoCaptureMode& native : modes) {
    if (native.pixel_format == params.pixel_format &&
        native.min_width <= params.width && params.width <= native.max_width &&
        native.min_height <= params.height &&
        params.height <= native.max_height) {
      mode.min_frame_rate =
          std::min(mode.min_frame_rate, native.min_frame_rate);
    }
  }
  return mode;
}

// https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia:
// devices that all fail a constraint give OverconstrainedError, with "" when
// no single required constraint is to blame; no device to select from is
// NotFoundError.
template <typename T>
UserMediaError SelectionError(const cm::SelectionResult<T>& result) {
  if (result.no_candidates())
    return UserMediaError::Make(UserMediaErrorCode::kNotFound, kDeviceNotFound);
  return UserMediaError::Overconstrained(result.failed_constraint_name(),
                                         result.message());
}

// Our limit on constraint strings (constraint_checks.h): the first
// property of |constraints| over it, as an error naming it.
std::optional<UserMediaError> CheckStringLengths(
    const MediaTrackConstraints& constraints) {
  std::string name = cm::FirstOverlongConstraintString(constraints);
  if (name.empty())
    return std::nullopt;
  std::string message =
      "The " + name + " constraint has a string longer than " +
      std::to_string(cm::kMaxConstraintStringLength) + " characters";
  return UserMediaError::ConstraintTooLong(std::move(name), std::move(message));
}

// https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia: a
// required constraint not in the allowed required constraints for device
// selection is a TypeError.
std::optional<UserMediaError> CheckRequiredConstraints(
    const MediaTrackConstraints& constraints,
    DeviceKind kind) {
  std::string name = cm::FirstDisallowedRequiredConstraint(constraints, kind);
  if (name.empty())
    return std::nullopt;
  return UserMediaError::Make(
      UserMediaErrorCode::kTypeError,
      "The " + name +
          " constraint cannot be required (exact, min or max) in "
          "getUserMedia(): it is not allowed for device selection");
}

}  // namespace

UserMediaProcessor::UserMediaProcessor(std::vector<DeviceFactory*> factories,
                                       PermissionController* permissions,
                                       const DeviceIdGenerator* ids,
                                       TaskRunner* task_runner)
    : factories_(std::move(factories)),
      permissions_(permissions),
      ids_(ids),
      task_runner_(task_runner) {}

UserMediaProcessor::~UserMediaProcessor() {
  alive_.Invalidate();
}

std::vector<DeviceDescriptor> UserMediaProcessor::EnumerateDevices() {
  return DeviceSnapshot::Take(factories_).Descriptors();
}

std::shared_ptr<CaptureSource> UserMediaProcessor::RunningSource(
    const std::string& raw_id) {
  auto it = sources_.find(raw_id);
  if (it == sources_.end())
    return nullptr;
  std::shared_ptr<CaptureSource> source = it->second.lock();
  if (!source || source->ended() || !source->started()) {
    sources_.erase(it);
    return nullptr;
  }
  return source;
}

std::vector<cm::CandidateDevice> UserMediaProcessor::Candidates(
    const DeviceSnapshot& snapshot,
    const std::string& origin,
    bool allow_larger) {
  std::vector<cm::CandidateDevice> candidates;
  for (const DeviceSnapshot::Device& listed : snapshot.devices()) {
    DeviceDescriptor device = listed.descriptor;
    cm::CandidateDevice candidate;
    candidate.device_id = DeviceIdFor(device, origin, *ids_);
    candidate.group_id = GroupIdFor(device, origin, *ids_);
    if (auto source = RunningSource(device.raw_id)) {
      if (device.kind == DeviceKind::kVideoInput) {
        const VideoCaptureParams& running = source->video_params();
        std::vector<VideoCaptureMode> modes = {
            RunningMode(running, device.video_modes)};
        if (allow_larger) {
          for (VideoCaptureMode mode : device.video_modes) {
            if (mode.max_width < running.width ||
                mode.max_height < running.height ||
                mode.max_frame_rate < running.frame_rate)
              continue;
            mode.min_width = std::max(mode.min_width, running.width);
            mode.min_height = std::max(mode.min_height, running.height);
            mode.min_frame_rate =
                std::max(mode.min_frame_rate, running.frame_rate);
            modes.push_back(mode);
          }
        }
        device.video_modes = std::move(modes);
      }
    }
    candidate.descriptor = std::move(device);
    candidates.push_back(std::move(candidate));
  }
  return candidates;
}

std::optional<UserMediaError> UserMediaProcessor::Select(
    const UserMediaRequest& request,
    const DeviceSnapshot& snapshot,
    Selection* selection) {
  selection->candidates =
      Candidates(snapshot, request.origin, /*allow_larger=*/false);
  if (request.audio) {
    if (!HasKind(selection->candidates, DeviceKind::kAudioInput))
      return UserMediaError::Make(UserMediaErrorCode::kNotFound,
                                  kDeviceNotFound);
    if (auto error =
            CheckRequiredConstraints(*request.audio, DeviceKind::kAudioInput))
      return error;
    auto result =
        cm::SelectAudioSettings(selection->candidates, *request.audio);
    if (!result.ok())
      return SelectionError(result);
    selection->audio = result.value();
  }
  if (request.video) {
    if (!HasKind(selection->candidates, DeviceKind::kVideoInput))
      return UserMediaError::Make(UserMediaErrorCode::kNotFound,
                                  kDeviceNotFound);
    if (auto error =
            CheckRequiredConstraints(*request.video, DeviceKind::kVideoInput))
      return error;
    auto result =
        cm::SelectVideoSettings(selection->candidates, *request.video);
    if (!result.ok() && !result.no_candidates()) {
      // A running camera may restart in a larger mode for this track. The
      // larger candidates list the same devices in the same order, so the
      // audio selection's index still holds.
      std::vector<cm::CandidateDevice> larger =
          Candidates(snapshot, request.origin, /*allow_larger=*/true);
      auto retry = cm::SelectVideoSettings(larger, *request.video);
      if (retry.ok()) {
        selection->candidates = std::move(larger);
        result = retry;
      }
    }
    if (!result.ok())
      return SelectionError(result);
    selection->video = result.value();
  }
  return std::nullopt;
}

void UserMediaProcessor::ProcessRequest(const UserMediaRequest& request,
                                        Callback done) {
  // https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia
  // step 3: at least one kind must be requested.
  if (!request.audio && !request.video) {
    done({}, UserMediaError::Make(
                 UserMediaErrorCode::kTypeError,
                 "At least one of audio and video must be requested"));
    return;
  }
  // Our limit on constraint strings comes before any device is looked at,
  // as in Chromium, which checks it while reading the constraints.
  for (const auto* constraints : {&request.audio, &request.video}) {
    if (!*constraints)
      continue;
    if (auto error = CheckStringLengths(**constraints)) {
      done({}, std::move(error));
      return;
    }
  }
  // Select before the prompt, so that a request no device can satisfy
  // fails without bothering the user. That failure comes from the spec's
  // in-parallel steps, so it settles the promise from a queued task too,
  // never inside getUserMedia().
  WeakFlag::Weak alive = alive_.GetWeak();
  Selection selection;
  if (auto error =
          Select(request, DeviceSnapshot::Take(factories_), &selection)) {
    task_runner_->PostTask(
        [alive, done = std::move(done), error = std::move(error)]() mutable {
          if (alive.IsAlive())
            done({}, std::move(error));
        });
    return;
  }
  // https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia:
  // permission is requested for every requested kind at once, one prompt.
  PermissionRequest permission;
  permission.origin = request.origin;
  permission.camera = request.video != nullptr;
  permission.microphone = request.audio != nullptr;
  //
  // The rest runs in parallel, and the promise settles from a queued task
  // (the spec's "queue a task" steps). A prompt's answer comes back as a
  // posted task already; a stored grant or denial answers inside
  // Request(), so that answer is posted first: otherwise the promise would
  // settle, and MediaStream's `then` be looked up, before getUserMedia()
  // returns.
  auto in_request = std::make_shared<bool>(true);
  permissions_->Request(
      permission, [this, alive, in_request, request,
                   done = std::move(done)](bool granted) mutable {
        if (!alive.IsAlive())
          return;
        if (!*in_request) {
          OnPermission(request, std::move(done), granted);
          return;
        }
        task_runner_->PostTask([this, alive, request = std::move(request),
                                done = std::move(done), granted]() mutable {
          if (alive.IsAlive())
            OnPermission(request, std::move(done), granted);
        });
      });
  *in_request = false;
}

void UserMediaProcessor::OnPermission(const UserMediaRequest& request,
                                      Callback done,
                                      bool granted) {
  if (!granted) {
    done({}, UserMediaError::Make(UserMediaErrorCode::kNotAllowed,
                                  "Permission denied"));
    return;
  }
  // Devices may have come and gone, and sources started or stopped, while
  // the prompt was open: select again, from a snapshot taken now, and open
  // from that same snapshot.
  DeviceSnapshot snapshot = DeviceSnapshot::Take(factories_);
  Selection selection;
  if (auto error = Select(request, snapshot, &selection)) {
    done({}, std::move(error));
    return;
  }
  std::vector<TrackSpec> tracks;
  if (auto error = CreateTracks(request, snapshot, selection, &tracks)) {
    done({}, std::move(error));
    return;
  }
  done(std::move(tracks), std::nullopt);
}

std::optional<UserMediaError> UserMediaProcessor::CreateTracks(
    const UserMediaRequest& request,
    const DeviceSnapshot& snapshot,
    const Selection& selection,
    std::vector<TrackSpec>* tracks) {
  auto add_track =
      [&](DeviceKind kind, size_t index, const cm::MediaTrackSettings& settings,
          const std::shared_ptr<const MediaTrackConstraints>& constraints,
          const VideoCaptureParams* video_params,
          const AudioCaptureParams* audio_params,
          const cm::VideoTrackFormat* format) -> std::optional<UserMediaError> {
    const cm::CandidateDevice& device = selection.candidates[index];
    TrackSpec spec;
    spec.kind = kind;
    spec.label = device.descriptor.label;
    // https://w3c.github.io/mediacapture-main/#dfn-capabilities: "the same
    // underlying per-source capabilities for all tracks connected to the
    // source", so the device as listed, with all its modes, not the
    // candidate (which a running source limits to its running mode). The
    // candidates are in the snapshot's order.
    spec.device = snapshot.devices()[index].descriptor;
    spec.candidate = device;
    spec.settings = settings;
    spec.constraints = constraints;
    if (auto error = OpenSource(snapshot, device, video_params, audio_params,
                                &spec.source))
      return error;
    spec.delivery = std::make_shared<TrackDelivery>();
    if (format) {
      spec.delivery->SetVideoSettings(
          {format->width, format->height, format->frame_rate});
    }
    tracks->push_back(std::move(spec));
    return std::nullopt;
  };
  // Audio first, then video: the order of MediaStream.getTracks() in
  // Chromium.
  if (const auto& audio = selection.audio) {
    if (auto error = add_track(DeviceKind::kAudioInput, audio->device_index,
                               audio->settings, request.audio, nullptr,
                               &audio->capture_params, nullptr))
      return error;
  }
  if (const auto& video = selection.video) {
    if (auto error =
            add_track(DeviceKind::kVideoInput, video->device_index,
                      video->settings, request.video, &video->capture_params,
                      nullptr, &video->track_format))
      return error;
  }
  return std::nullopt;
}

std::optional<UserMediaError> UserMediaProcessor::OpenSource(
    const DeviceSnapshot& snapshot,
    const cm::CandidateDevice& device,
    const VideoCaptureParams* video,
    const AudioCaptureParams* audio,
    std::shared_ptr<CaptureSource>* out) {
  const std::string& raw_id = device.descriptor.raw_id;
  if (auto running = RunningSource(raw_id)) {
    if (video && !SameMode(*video, running->video_params())) {
      // A larger mode (Candidates(..., true)): restart under the tracks.
      Status status = RestartVideo(snapshot, running, *video);
      if (!status.ok()) {
        return UserMediaError::Make(
            UserMediaErrorCode::kNotReadable,
            "Could not restart video source: " + status.message());
      }
    }
    *out = running;
    return std::nullopt;
  }
  const std::string kind = video ? "video" : "audio";
  Status status;
  std::unique_ptr<CaptureDevice> opened =
      snapshot.Open(device.descriptor, &status);
  if (!opened) {
    if (status.ok() || status.category() == ErrorCategory::kNotFound)
      return UserMediaError::Make(UserMediaErrorCode::kNotFound,
                                  kDeviceNotFound);
    return UserMediaError::Make(
        UserMediaErrorCode::kNotReadable,
        "Could not start " + kind + " source: " + status.message());
  }
  auto source = std::make_shared<CaptureSource>(
      device.descriptor, std::move(opened), task_runner_);
  status = video ? source->StartVideo(*video) : source->StartAudio(*audio);
  if (!status.ok()) {
    return UserMediaError::Make(
        UserMediaErrorCode::kNotReadable,
        "Could not start " + kind + " source: " + status.message());
  }
  // Reopens the device when the source reacquires it after relinquishing
  // it (capture_source.h), from the factories as they are then.
  source->SetReopener([factories = factories_, alive = alive_.GetWeak(),
                       descriptor = device.descriptor](
                          Status* status) -> std::unique_ptr<CaptureDevice> {
    if (!alive.IsAlive())
      return nullptr;
    return DeviceSnapshot::Take(factories).Open(descriptor, status);
  });
  sources_[raw_id] = source;
  *out = std::move(source);
  return std::nullopt;
}

Status UserMediaProcessor::RestartVideo(
    const DeviceSnapshot& snapshot,
    const std::shared_ptr<CaptureSource>& source,
    const VideoCaptureParams& params) {
  const DeviceDescriptor& device = source->descriptor();
  return source->RestartVideo(
      params, [&snapshot, &device]() -> std::unique_ptr<CaptureDevice> {
        // The source reports why a reopen failed; the factory's own
        // reason adds nothing to it.
        Status ignored;
        return snapshot.Open(device, &ignored);
      });
}

std::optional<UserMediaError> UserMediaProcessor::ApplyConstraints(
    const std::string& origin,
    const MediaTrackConstraints& constraints,
    const TrackSpec& track,
    AppliedConstraints* applied) {
  // https://w3c.github.io/mediacapture-main/#dfn-applyconstraints-algorithm:
  // the SelectSettings algorithm, over the track's own device only; first,
  // our limit on constraint strings (constraint_checks.h).
  if (auto error = CheckStringLengths(constraints))
    return error;
  bool video = track.kind == DeviceKind::kVideoInput;
  // Held here: a failed restart may end the source, and the ended track
  // lets go of it while RestartVideo() still runs.
  std::shared_ptr<CaptureSource> source = track.source;
  bool may_restart =
      video && source && source->track_count() == 1 && source->started();
  DeviceSnapshot snapshot = DeviceSnapshot::Take(factories_);
  std::vector<cm::CandidateDevice> all =
      Candidates(snapshot, origin, /*allow_larger=*/false);
  std::vector<cm::CandidateDevice> candidates;
  for (size_t i = 0; i < all.size(); ++i) {
    const DeviceDescriptor& listed = snapshot.devices()[i].descriptor;
    if (listed.raw_id != track.device.raw_id ||
        listed.kind != track.device.kind)
      continue;
    // Its only track may move the camera to any of its modes.
    if (may_restart)
      all[i].descriptor = listed;
    candidates.push_back(std::move(all[i]));
  }
  if (candidates.empty())
    candidates.push_back(track.candidate);

  if (!video) {
    auto result = cm::SelectAudioSettings(candidates, constraints);
    if (!result.ok()) {
      return UserMediaError::Overconstrained(result.failed_constraint_name(),
                                             result.message());
    }
    applied->settings = result.value().settings;
    applied->video_format.reset();
    return std::nullopt;
  }
  auto result = cm::SelectVideoSettings(candidates, constraints);
  if (!result.ok()) {
    return UserMediaError::Overconstrained(result.failed_constraint_name(),
                                           result.message());
  }
  const VideoCaptureParams& params = result.value().capture_params;
  if (may_restart && !SameMode(params, source->video_params())) {
    Status status = RestartVideo(snapshot, source, params);
    if (!status.ok()) {
      return UserMediaError::Make(UserMediaErrorCode::kNotReadable,
                                  status.message());
    }
  }
  applied->settings = result.value().settings;
  const cm::VideoTrackFormat& format = result.value().track_format;
  applied->video_format = TrackDelivery::VideoSettings{
      format.width, format.height, format.frame_rate};
  return std::nullopt;
}

}  // namespace mediacapture

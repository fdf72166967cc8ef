// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/mediastream/user_media_processor.h"

#include <algorithm>

#include "core/devices/device_info_list.h"

namespace mediacapture {

namespace {

UserMediaError Error(const char* name, std::string message) {
  return UserMediaError{name, std::move(message), ""};
}

bool HasKind(const std::vector<constraint_model::CandidateDevice>& devices,
             DeviceKind kind) {
  for (const constraint_model::CandidateDevice& device : devices) {
    if (device.descriptor.kind == kind)
      return true;
  }
  return false;
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

}  // namespace

UserMediaProcessor::UserMediaProcessor(
    std::vector<DeviceFactory*> factories,
    permission_model::PermissionController* permissions,
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
  std::vector<DeviceDescriptor> devices;
  for (DeviceFactory* factory : factories_) {
    std::vector<DeviceDescriptor> more = factory->Enumerate();
    devices.insert(devices.end(), more.begin(), more.end());
  }
  return devices;
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

std::vector<constraint_model::CandidateDevice> UserMediaProcessor::Candidates(
    const std::string& origin,
    bool allow_larger) {
  std::vector<constraint_model::CandidateDevice> candidates;
  for (DeviceDescriptor& device : EnumerateDevices()) {
    constraint_model::CandidateDevice candidate;
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
    std::vector<constraint_model::CandidateDevice>* candidates,
    std::optional<constraint_model::VideoSelection>* video,
    std::optional<constraint_model::AudioSelection>* audio) {
  *candidates = Candidates(request.origin);
  if (request.audio) {
    if (!HasKind(*candidates, DeviceKind::kAudioInput))
      return Error("NotFoundError", "Requested device not found");
    auto result =
        constraint_model::SelectAudioSettings(*candidates, *request.audio);
    if (!result.ok()) {
      // https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia:
      // devices that all fail a constraint give OverconstrainedError, with
      // "" when no single required constraint is to blame.
      if (result.no_candidates())
        return Error("NotFoundError", "Requested device not found");
      return UserMediaError{"OverconstrainedError", result.message(),
                            result.failed_constraint_name()};
    }
    *audio = result.value();
  }
  if (request.video) {
    if (!HasKind(*candidates, DeviceKind::kVideoInput))
      return Error("NotFoundError", "Requested device not found");
    auto result =
        constraint_model::SelectVideoSettings(*candidates, *request.video);
    if (!result.ok() && !result.no_candidates()) {
      // A running camera may restart in a larger mode for this track.
      std::vector<constraint_model::CandidateDevice> larger =
          Candidates(request.origin, /*allow_larger=*/true);
      auto retry =
          constraint_model::SelectVideoSettings(larger, *request.video);
      if (retry.ok()) {
        *candidates = std::move(larger);
        result = retry;
      }
    }
    if (!result.ok()) {
      // https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia:
      // devices that all fail a constraint give OverconstrainedError, with
      // "" when no single required constraint is to blame.
      if (result.no_candidates())
        return Error("NotFoundError", "Requested device not found");
      return UserMediaError{"OverconstrainedError", result.message(),
                            result.failed_constraint_name()};
    }
    *video = result.value();
  }
  return std::nullopt;
}

void UserMediaProcessor::ProcessRequest(const UserMediaRequest& request,
                                        Callback done) {
  if (!request.audio && !request.video) {
    done({}, UserMediaError{"TypeError",
                            "At least one of audio and video must be requested",
                            ""});
    return;
  }
  std::vector<constraint_model::CandidateDevice> candidates;
  std::optional<constraint_model::VideoSelection> video;
  std::optional<constraint_model::AudioSelection> audio;
  if (auto error = Select(request, &candidates, &video, &audio)) {
    done({}, std::move(error));
    return;
  }
  PermissionRequest permission;
  permission.origin = request.origin;
  permission.camera = request.video.has_value();
  permission.microphone = request.audio.has_value();
  WeakFlag::Weak alive = alive_.GetWeak();
  permissions_->Request(
      permission, [this, alive, request, done = std::move(done)](bool granted) {
        if (!alive.IsAlive())
          return;
        OnPermission(request, std::move(done), granted);
      });
}

void UserMediaProcessor::OnPermission(const UserMediaRequest& request,
                                      Callback done,
                                      bool granted) {
  if (!granted) {
    done({}, Error("NotAllowedError", "Permission denied"));
    return;
  }
  std::vector<constraint_model::CandidateDevice> candidates;
  std::optional<constraint_model::VideoSelection> video;
  std::optional<constraint_model::AudioSelection> audio;
  if (auto error = Select(request, &candidates, &video, &audio)) {
    done({}, std::move(error));
    return;
  }

  std::vector<TrackSpec> tracks;
  auto add_track = [&](DeviceKind kind, size_t index,
                       const constraint_model::MediaTrackSettings& settings,
                       const MediaTrackConstraints& constraints,
                       const VideoCaptureParams* video_params,
                       const AudioCaptureParams* audio_params,
                       const constraint_model::VideoTrackFormat* format)
      -> std::optional<UserMediaError> {
    const constraint_model::CandidateDevice& device = candidates[index];
    TrackSpec spec;
    spec.kind = kind;
    spec.label = device.descriptor.label;
    spec.device = device.descriptor;
    spec.candidate = device;
    spec.settings = settings;
    spec.constraints = constraints;
    if (auto error =
            OpenSource(device, video_params, audio_params, &spec.source))
      return error;
    spec.delivery = std::make_shared<TrackDelivery>();
    if (format) {
      spec.delivery->SetVideoSettings(
          {format->width, format->height, format->frame_rate});
    }
    tracks.push_back(std::move(spec));
    return std::nullopt;
  };
  // Audio first, then video: the order of MediaStream.getTracks() in
  // Chromium.
  if (audio) {
    if (auto error = add_track(DeviceKind::kAudioInput, audio->device_index,
                               audio->settings, *request.audio, nullptr,
                               &audio->capture_params, nullptr)) {
      done({}, std::move(error));
      return;
    }
  }
  if (video) {
    if (auto error =
            add_track(DeviceKind::kVideoInput, video->device_index,
                      video->settings, *request.video, &video->capture_params,
                      nullptr, &video->track_format)) {
      done({}, std::move(error));
      return;
    }
  }
  done(std::move(tracks), std::nullopt);
}

std::optional<UserMediaError> UserMediaProcessor::OpenSource(
    const constraint_model::CandidateDevice& device,
    const VideoCaptureParams* video,
    const AudioCaptureParams* audio,
    std::shared_ptr<CaptureSource>* out) {
  const std::string& raw_id = device.descriptor.raw_id;
  if (auto running = RunningSource(raw_id)) {
    if (video &&
        (video->width != running->video_params().width ||
         video->height != running->video_params().height ||
         video->frame_rate != running->video_params().frame_rate ||
         video->pixel_format != running->video_params().pixel_format)) {
      // A larger mode (Candidates(..., true)): restart under the tracks.
      Status status = running->RestartVideo(
          *video, [this, &device]() -> std::unique_ptr<CaptureDevice> {
            for (DeviceFactory* factory : factories_) {
              for (const DeviceDescriptor& listed : factory->Enumerate()) {
                if (listed.raw_id == device.descriptor.raw_id &&
                    listed.kind == device.descriptor.kind) {
                  Status ignored;
                  return factory->Open(listed.raw_id, &ignored);
                }
              }
            }
            return nullptr;
          });
      if (!status.ok()) {
        return Error("NotReadableError",
                     "Could not restart video source: " + status.message());
      }
    }
    *out = running;
    return std::nullopt;
  }
  Status status;
  std::unique_ptr<CaptureDevice> opened;
  for (DeviceFactory* factory : factories_) {
    for (const DeviceDescriptor& listed : factory->Enumerate()) {
      if (listed.raw_id == raw_id && listed.kind == device.descriptor.kind) {
        opened = factory->Open(raw_id, &status);
        break;
      }
    }
    if (opened || !status.ok())
      break;
  }
  if (!opened) {
    if (status.ok() || status.category() == ErrorCategory::kNotFound)
      return Error("NotFoundError", "Requested device not found");
    return Error("NotReadableError",
                 "Could not start " + std::string(video ? "video" : "audio") +
                     " source: " + status.message());
  }
  auto source = std::make_shared<CaptureSource>(
      device.descriptor, std::move(opened), task_runner_);
  status = video ? source->StartVideo(*video) : source->StartAudio(*audio);
  if (!status.ok()) {
    return Error("NotReadableError",
                 "Could not start " + std::string(video ? "video" : "audio") +
                     " source: " + status.message());
  }
  sources_[raw_id] = source;
  *out = std::move(source);
  return std::nullopt;
}

}  // namespace mediacapture

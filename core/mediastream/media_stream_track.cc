// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/mediastream/media_stream_track.h"

#include <utility>
#include <vector>

#include "core/constraints/media_track_capabilities.h"
#include "core/constraints/select_settings.h"
#include "core/mediastream/constraints_conversion.h"
#include "core/mediastream/media_context.h"
#include "core/mediastream/overconstrained_error.h"
#include "platform/base/random.h"

namespace mediacapture {

namespace cm = constraint_model;

// static
scoped_refptr<MediaStreamTrack> MediaStreamTrack::Create(
    MediaContext* context,
    TrackSpec spec,
    const MediaTrackConstraints& constraints) {
  return scoped_refptr<MediaStreamTrack>(
      new MediaStreamTrack(context, std::move(spec), constraints));
}

MediaStreamTrack::MediaStreamTrack(MediaContext* context,
                                   TrackSpec spec,
                                   const MediaTrackConstraints& constraints)
    : context_(context),
      spec_(std::move(spec)),
      constraints_(constraints),
      id_(RandomUuid()) {
  if (spec_.source && !spec_.source->ended() && !context_->is_shut_down()) {
    spec_.source->AddTrack(this, spec_.delivery);
    muted_ = spec_.source->muted();
    context_->AddLiveTrack(this);
  } else {
    ready_state_ = MediaStreamTrackState::kEnded;
    spec_.source.reset();
  }
}

MediaStreamTrack::~MediaStreamTrack() {
  Detach();
}

std::string MediaStreamTrack::kind() const {
  return is_video() ? "video" : "audio";
}

void MediaStreamTrack::set_enabled(bool enabled) {
  enabled_ = enabled;
  if (spec_.delivery)
    spec_.delivery->SetEnabled(enabled);
}

scoped_refptr<MediaStreamTrack> MediaStreamTrack::Clone() {
  // https://w3c.github.io/mediacapture-main/#track-clone: same source, a new
  // id; kind, label, readyState, enabled, muted, constraints and settings
  // copied. The clone gets its own delivery with the same video settings.
  TrackSpec spec = spec_;
  spec.delivery = std::make_shared<TrackDelivery>();
  if (spec_.delivery)
    spec.delivery->SetVideoSettings(spec_.delivery->video_settings());
  spec.delivery->SetEnabled(enabled_);
  if (ready_state_ == MediaStreamTrackState::kEnded)
    spec.source.reset();
  scoped_refptr<MediaStreamTrack> clone =
      Create(context_.get(), std::move(spec), constraints_);
  clone->enabled_ = enabled_;
  clone->muted_ = muted_;
  return clone;
}

void MediaStreamTrack::Detach() {
  ready_state_ = MediaStreamTrackState::kEnded;
  if (spec_.source) {
    std::shared_ptr<CaptureSource> source = std::move(spec_.source);
    spec_.source.reset();
    source->RemoveTrack(this);
  }
  context_->RemoveLiveTrack(this);
}

void MediaStreamTrack::Stop() {
  // https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-stop: no
  // `ended` event for a track script stopped.
  if (ready_state_ == MediaStreamTrackState::kEnded)
    return;
  Detach();
}

void MediaStreamTrack::StopForShutdown() {
  Detach();
}

void MediaStreamTrack::EndByUserAgent() {
  // https://w3c.github.io/mediacapture-main/#track-ended
  if (ready_state_ == MediaStreamTrackState::kEnded)
    return;
  scoped_refptr<MediaStreamTrack> protect(this);
  Detach();
  Fire("ended");
}

void MediaStreamTrack::OnSourceEnded() {
  EndByUserAgent();
}

void MediaStreamTrack::OnSourceMuted(bool muted) {
  // https://w3c.github.io/mediacapture-main/#set-track-muted
  if (ready_state_ == MediaStreamTrackState::kEnded || muted_ == muted)
    return;
  muted_ = muted;
  scoped_refptr<MediaStreamTrack> protect(this);
  Fire(muted ? "mute" : "unmute");
}

void MediaStreamTrack::Fire(const char* type) {
  scoped_refptr<Event> event = Event::CreateTrusted(type);
  DispatchEvent(event.get());
}

bool MediaStreamTrack::HasPendingActivity() const {
  if (pending_apply_ > 0)
    return true;
  return ready_state_ == MediaStreamTrackState::kLive && HasEventListeners();
}

MediaTrackCapabilities MediaStreamTrack::GetCapabilities() const {
  // https://w3c.github.io/mediacapture-main/#dom-constrainablepattern-getcapabilities:
  // the device's whole range, not only the running mode.
  cm::CandidateDevice device = spec_.candidate;
  device.descriptor = spec_.device;
  return ToMediaTrackCapabilities(cm::GetCapabilities(device));
}

MediaTrackSettings MediaStreamTrack::GetSettings() const {
  MediaTrackSettings settings = ToMediaTrackSettings(spec_.settings);
  if (ready_state_ != MediaStreamTrackState::kEnded)
    return settings;
  // https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-getsettings:
  // an ended track keeps only "the list of inherent constrainable track
  // properties" (deviceId, groupId, and a camera's facingMode).
  MediaTrackSettings inherent;
  inherent.device_id = settings.device_id;
  inherent.group_id = settings.group_id;
  inherent.facing_mode = settings.facing_mode;
  return inherent;
}

void MediaStreamTrack::ApplyConstraints(
    const MediaTrackConstraints& constraints,
    scoped_refptr<PromiseResolver<IDLUndefined>> resolver) {
  // https://w3c.github.io/mediacapture-main/#dom-constrainablepattern-applyconstraints
  // On an ended track: store the constraints and resolve.
  if (ready_state_ == MediaStreamTrackState::kEnded || !context_->processor()) {
    constraints_ = constraints;
    resolver->Resolve();
    return;
  }
  // SelectSettings over the device as it runs: its source is shared, so
  // only the running mode (scaled down or frame-dropped) can be had. A
  // camera whose only track this is may instead restart in another mode
  // (as Chromium does), so then every mode of the device is a candidate.
  std::vector<cm::CandidateDevice> candidates;
  bool may_restart = is_video() && spec_.source &&
                     spec_.source->track_count() == 1 &&
                     spec_.source->started();
  for (cm::CandidateDevice& candidate :
       context_->processor()->Candidates(context_->origin())) {
    if (candidate.descriptor.raw_id == spec_.device.raw_id &&
        candidate.descriptor.kind == spec_.device.kind)
      candidates.push_back(std::move(candidate));
  }
  if (may_restart) {
    for (const DeviceDescriptor& device :
         context_->processor()->EnumerateDevices()) {
      if (device.raw_id == spec_.device.raw_id &&
          device.kind == spec_.device.kind && !candidates.empty())
        candidates[0].descriptor = device;
    }
  }
  if (candidates.empty())
    candidates.push_back(spec_.candidate);
  std::string failed;
  std::string message;
  if (is_video()) {
    auto result = cm::SelectVideoSettings(candidates, constraints);
    if (result.ok()) {
      const VideoCaptureParams& params = result.value().capture_params;
      const VideoCaptureParams& running =
          spec_.source ? spec_.source->video_params() : params;
      bool same = params.width == running.width &&
                  params.height == running.height &&
                  params.frame_rate == running.frame_rate &&
                  params.pixel_format == running.pixel_format;
      Status status;
      if (may_restart && !same) {
        MediaContext* context = context_.get();
        const DeviceDescriptor& device = spec_.device;
        status = spec_.source->RestartVideo(
            params, [context, &device]() -> std::unique_ptr<CaptureDevice> {
              for (DeviceFactory* factory : context->factories()) {
                for (const DeviceDescriptor& listed : factory->Enumerate()) {
                  if (listed.raw_id == device.raw_id &&
                      listed.kind == device.kind) {
                    Status ignored;
                    return factory->Open(device.raw_id, &ignored);
                  }
                }
              }
              return nullptr;
            });
      }
      if (status.ok()) {
        spec_.settings = result.value().settings;
        const cm::VideoTrackFormat& format = result.value().track_format;
        spec_.delivery->SetVideoSettings(
            {format.width, format.height, format.frame_rate});
      } else {
        resolver->RejectWithDOMException("NotReadableError", status.message());
        return;
      }
    } else {
      failed = result.failed_constraint_name();
      message = result.message();
    }
  } else {
    auto result = cm::SelectAudioSettings(candidates, constraints);
    if (result.ok()) {
      spec_.settings = result.value().settings;
    } else {
      failed = result.failed_constraint_name();
      message = result.message();
    }
  }
  if (!failed.empty() || !message.empty()) {
    // The track keeps its constraints and settings.
    resolver->Reject(OverconstrainedError::Create(failed, message).get());
    return;
  }
  constraints_ = constraints;
  spec_.constraints = constraints;
  resolver->Resolve();
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/media_stream_track.h"

#include <optional>
#include <utility>

#include "core/constraints/media_track_capabilities.h"
#include "core/mediastream/constraints_conversion.h"
#include "core/mediastream/media_context.h"
#include "core/mediastream/user_media_rejection.h"
#include "platform/base/random.h"

namespace mediacapture {

namespace cm = constraint_model;

// static
scoped_refptr<MediaStreamTrack> MediaStreamTrack::Create(MediaContext* context,
                                                         TrackSpec spec) {
  return scoped_refptr<MediaStreamTrack>(
      new MediaStreamTrack(context, std::move(spec)));
}

MediaStreamTrack::MediaStreamTrack(MediaContext* context, TrackSpec spec)
    : context_(context), spec_(std::move(spec)), id_(RandomUuid()) {
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
  // The source relinquishes its device while no track on it is enabled
  // (https://w3c.github.io/mediacapture-main/#life-cycle-and-media-flow).
  if (spec_.source)
    spec_.source->OnTrackEnabledChanged();
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
      Create(context_.get(), std::move(spec));
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
  // https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-applyconstraints:
  // on an ended track, "resolve p with undefined" and nothing else; the
  // template method, which would set [[Constraints]], is not invoked. (No
  // processor: the context is shutting down and every track has ended.)
  UserMediaProcessor* processor = context_->processor();
  if (ready_state_ == MediaStreamTrackState::kEnded || !processor) {
    resolver->Resolve();
    return;
  }
  // https://w3c.github.io/mediacapture-main/#dfn-applyconstraints-template-method:
  // the ApplyConstraints algorithm runs "in parallel, maintaining the order
  // of invocations" (here: now, so that a later call selects from the
  // source as this one left it), then "Queue a task" that rejects p, or
  // sets [[Constraints]] and [[Settings]] and resolves p. Each call has its
  // own task, and tasks run in the order posted, so each call's
  // continuation sees its own settings.
  auto applied = std::make_shared<AppliedConstraints>();
  std::optional<UserMediaError> error = processor->ApplyConstraints(
      context_->origin(), constraints, spec_, applied.get());
  ++pending_apply_;
  scoped_refptr<MediaStreamTrack> self(this);
  context_->task_runner()->PostTask(
      [self, constraints, applied, error = std::move(error), resolver] {
        --self->pending_apply_;
        // As MediaDevices' tasks: no promise settles in a context that is
        // going away.
        if (self->context_->is_shut_down())
          return;
        if (error) {
          // "The existing constraints remain in effect in this case."
          RejectWithUserMediaError(*error, resolver.get());
          return;
        }
        self->spec_.constraints =
            std::make_shared<const MediaTrackConstraints>(constraints);
        self->spec_.settings = applied->settings;
        if (applied->video_format && self->spec_.delivery)
          self->spec_.delivery->SetVideoSettings(*applied->video_format);
        resolver->Resolve();
      });
}

}  // namespace mediacapture

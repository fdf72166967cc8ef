// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/mediacapture-main/#mediastreamtrack: one track on a
// shared CaptureSource, with its own TrackDelivery (size, frame rate,
// enabled state, the embedder's sinks). JS thread only.

#ifndef CORE_MEDIASTREAM_MEDIA_STREAM_TRACK_H_
#define CORE_MEDIASTREAM_MEDIA_STREAM_TRACK_H_

#include <memory>
#include <string>

#include "core/dom/event_target.h"
#include "core/mediastream/capture_source.h"
#include "core/mediastream/user_media_processor.h"
#include "idl/media_stream_track_state.h"
#include "idl/media_track_capabilities.h"
#include "idl/media_track_constraints.h"
#include "idl/media_track_settings.h"
#include "platform/bindings/promise_resolver.h"

namespace mediacapture {

class MediaContext;

class MediaStreamTrack : public EventTarget, public CaptureSource::Observer {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // A live track on |spec|'s source (added to it here), with
  // |spec.constraints| (null: none) as what script asked for.
  static scoped_refptr<MediaStreamTrack> Create(MediaContext* context,
                                                TrackSpec spec);
  ~MediaStreamTrack() override;

  // https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-kind
  std::string kind() const;
  const std::string& id() const { return id_; }
  const std::string& label() const { return spec_.label; }
  // https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-enabled
  bool enabled() const { return enabled_; }
  void set_enabled(bool enabled);
  bool muted() const { return muted_; }
  MediaStreamTrackState ready_state() const { return ready_state_; }
  bool is_video() const { return spec_.kind == DeviceKind::kVideoInput; }

  // https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-clone
  scoped_refptr<MediaStreamTrack> Clone();
  // https://w3c.github.io/mediacapture-main/#dom-mediastreamtrack-stop
  void Stop();
  MediaTrackCapabilities GetCapabilities() const;
  MediaTrackConstraints GetConstraints() const {
    return spec_.constraints ? *spec_.constraints : MediaTrackConstraints();
  }
  MediaTrackSettings GetSettings() const;
  // https://w3c.github.io/mediacapture-main/#dom-constrainablepattern-applyconstraints
  // Selects (and restarts a camera) now; the new settings and constraints
  // take effect, and the promise settles, in a task queued per call. On an
  // ended track it resolves at once and changes nothing.
  void ApplyConstraints(const MediaTrackConstraints& constraints,
                        scoped_refptr<PromiseResolver<IDLUndefined>> resolver);

  // Ends the track as the User Agent does (revoked permission, lost device):
  // https://w3c.github.io/mediacapture-main/#track-ended, with `ended`.
  void EndByUserAgent();
  // Detaches from the source without an event (the context is going away).
  void StopForShutdown();

  // The embedder's sinks receive what this track delivers.
  TrackDelivery* delivery() const { return spec_.delivery.get(); }
  const std::string& raw_device_id() const { return spec_.device.raw_id; }
  // Whether the track is live and its device open (not relinquished).
  bool device_open() const {
    return spec_.source && spec_.source->device_open();
  }

  // A live track that script listens to stays alive with its wrapper.
  bool HasPendingActivity() const override;

  // CaptureSource::Observer:
  void OnSourceEnded() override;
  void OnSourceMuted(bool muted) override;

 private:
  MediaStreamTrack(MediaContext* context, TrackSpec spec);
  // Sets readyState to "ended" and leaves the source.
  void Detach();
  void Fire(const char* type);

  scoped_refptr<MediaContext> context_;
  TrackSpec spec_;
  const std::string id_;
  bool enabled_ = true;
  bool muted_ = false;
  MediaStreamTrackState ready_state_ = MediaStreamTrackState::kLive;
  // applyConstraints() calls whose queued task has not run yet; the wrapper
  // stays alive until they settle.
  int pending_apply_ = 0;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_MEDIA_STREAM_TRACK_H_

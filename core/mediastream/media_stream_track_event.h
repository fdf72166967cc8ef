// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/mediacapture-main/#mediastreamtrackevent: the event
// of `addtrack` and `removetrack`. JS thread.

#ifndef CORE_MEDIASTREAM_MEDIA_STREAM_TRACK_EVENT_H_
#define CORE_MEDIASTREAM_MEDIA_STREAM_TRACK_EVENT_H_

#include <string>

#include "core/dom/event.h"
#include "core/mediastream/media_stream_track.h"
#include "idl/media_stream_track_event_init.h"

namespace mediacapture {

class MediaStreamTrackEvent : public Event {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // https://w3c.github.io/mediacapture-main/#dom-mediastreamtrackevent-constructor
  static scoped_refptr<MediaStreamTrackEvent> Create(
      const std::string& type,
      const MediaStreamTrackEventInit& init);

  MediaStreamTrack* track() const { return track_.get(); }

 private:
  MediaStreamTrackEvent(const std::string& type,
                        const MediaStreamTrackEventInit& init);

  scoped_refptr<MediaStreamTrack> track_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_MEDIA_STREAM_TRACK_EVENT_H_

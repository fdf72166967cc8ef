// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/media_stream_track_event.h"

namespace mediacapture {

// static
scoped_refptr<MediaStreamTrackEvent> MediaStreamTrackEvent::Create(
    const std::string& type,
    const MediaStreamTrackEventInit& init) {
  return scoped_refptr<MediaStreamTrackEvent>(
      new MediaStreamTrackEvent(type, init));
}

MediaStreamTrackEvent::MediaStreamTrackEvent(
    const std::string& type,
    const MediaStreamTrackEventInit& init)
    : Event(type, init, /*trusted=*/false), track_(init.track) {}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/media_stream.h"

#include <algorithm>

#include "platform/base/random.h"

namespace mediacapture {

// static
scoped_refptr<MediaStream> MediaStream::Create() {
  return scoped_refptr<MediaStream>(new MediaStream());
}

// static
scoped_refptr<MediaStream> MediaStream::Create(MediaStream* stream) {
  // The same track objects, not clones.
  return Create(stream->tracks_);
}

// static
scoped_refptr<MediaStream> MediaStream::Create(
    const std::vector<scoped_refptr<MediaStreamTrack>>& tracks) {
  scoped_refptr<MediaStream> result = Create();
  for (const auto& track : tracks)
    result->AddTrack(track.get());
  return result;
}

MediaStream::MediaStream() : id_(RandomUuid()) {}

std::vector<scoped_refptr<MediaStreamTrack>> MediaStream::GetAudioTracks()
    const {
  std::vector<scoped_refptr<MediaStreamTrack>> result;
  for (const auto& track : tracks_) {
    if (!track->is_video())
      result.push_back(track);
  }
  return result;
}

std::vector<scoped_refptr<MediaStreamTrack>> MediaStream::GetVideoTracks()
    const {
  std::vector<scoped_refptr<MediaStreamTrack>> result;
  for (const auto& track : tracks_) {
    if (track->is_video())
      result.push_back(track);
  }
  return result;
}

MediaStreamTrack* MediaStream::GetTrackById(const std::string& id) const {
  for (const auto& track : tracks_) {
    if (track->id() == id)
      return track.get();
  }
  return nullptr;
}

void MediaStream::AddTrack(MediaStreamTrack* track) {
  if (!track || GetTrackById(track->id()))
    return;
  tracks_.push_back(track);
}

void MediaStream::RemoveTrack(MediaStreamTrack* track) {
  tracks_.erase(std::remove(tracks_.begin(), tracks_.end(), track),
                tracks_.end());
}

scoped_refptr<MediaStream> MediaStream::Clone() const {
  // https://w3c.github.io/mediacapture-main/#dom-mediastream-clone
  scoped_refptr<MediaStream> clone = Create();
  for (const auto& track : tracks_)
    clone->AddTrack(track->Clone().get());
  return clone;
}

bool MediaStream::active() const {
  for (const auto& track : tracks_) {
    if (track->ready_state() == MediaStreamTrackState::kLive)
      return true;
  }
  return false;
}

}  // namespace mediacapture

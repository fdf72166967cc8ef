// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/mediacapture-main/#mediastream: an ordered set of
// tracks with an id. JS thread only.

#ifndef CORE_MEDIASTREAM_MEDIA_STREAM_H_
#define CORE_MEDIASTREAM_MEDIA_STREAM_H_

#include <string>
#include <vector>

#include "core/dom/event_target.h"
#include "core/mediastream/media_stream_track.h"

namespace mediacapture {

class MediaStream : public EventTarget {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // https://w3c.github.io/mediacapture-main/#dom-mediastream-constructor
  static scoped_refptr<MediaStream> Create();
  static scoped_refptr<MediaStream> Create(MediaStream* stream);
  static scoped_refptr<MediaStream> Create(
      const std::vector<scoped_refptr<MediaStreamTrack>>& tracks);

  const std::string& id() const { return id_; }
  std::vector<scoped_refptr<MediaStreamTrack>> GetAudioTracks() const;
  std::vector<scoped_refptr<MediaStreamTrack>> GetVideoTracks() const;
  std::vector<scoped_refptr<MediaStreamTrack>> GetTracks() const {
    return tracks_;
  }
  MediaStreamTrack* GetTrackById(const std::string& id) const;
  // https://w3c.github.io/mediacapture-main/#dom-mediastream-addtrack: no
  // event (addtrack fires only for tracks the User Agent adds).
  void AddTrack(MediaStreamTrack* track);
  void RemoveTrack(MediaStreamTrack* track);
  scoped_refptr<MediaStream> Clone() const;
  // https://w3c.github.io/mediacapture-main/#dom-mediastream-active
  bool active() const;

 private:
  MediaStream();

  const std::string id_;
  std::vector<scoped_refptr<MediaStreamTrack>> tracks_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_MEDIA_STREAM_H_

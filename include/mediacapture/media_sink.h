// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Sinks get a live track's media out: AddVideoSink() / AddAudioSink() and
// RemoveVideoSink() / RemoveAudioSink() (media_context.h) attach and detach
// them. The rules of threads:
//
//   - OnVideoFrame() and OnAudioBlock() run on the track's capture thread
//     (one of the library's, never the JS thread), one call at a time per
//     track, and must not block: a sink that waits holds up every track on
//     the device.
//   - Add*Sink() and Remove*Sink() are JS-thread calls (they take the track
//     as a V8 value), as is stopping the track. When Remove*Sink() returns,
//     a callback of that sink in progress on the capture thread has
//     finished and no further one will start: the sink may be destroyed
//     then. Stopping the track (track.stop(), UninstallMediaContext())
//     likewise waits for a callback in progress; after it, none runs. A sink
//     must be removed, or its track stopped, before it is destroyed.
//   - A callback cannot call those functions itself (V8 may not be used on
//     the capture thread). A sink that wants to stop receiving from inside
//     its callback posts a task to the JS thread that calls Remove*Sink(),
//     and stays alive until that task ran; callbacks may go on arriving
//     until then (ignore them). Below the V8 layer the library's delivery
//     allows adding and removing sinks from inside a callback: such a call
//     returns at once, without waiting for the delivery it is part of, and a
//     sink removed there is not called again.

#ifndef INCLUDE_MEDIACAPTURE_MEDIA_SINK_H_
#define INCLUDE_MEDIACAPTURE_MEDIA_SINK_H_

#include <cstdint>

#include "mediacapture/export.h"

namespace mediacapture {

// One I420 picture as a track delivers it: already scaled to the track's
// settings (width, height) and paced to its frame rate; black while the track
// is disabled. Valid only during the OnVideoFrame() call.
struct VideoFrameView {
  int width = 0;
  int height = 0;
  // Capture time, CLOCK_MONOTONIC microseconds.
  int64_t timestamp_us = 0;
  const uint8_t* y = nullptr;
  const uint8_t* u = nullptr;
  const uint8_t* v = nullptr;
  int stride_y = 0;
  int stride_u = 0;
  int stride_v = 0;
};

// A block of interleaved float samples in [-1, 1]; silence while the track
// is disabled. Valid only during the OnAudioBlock() call.
struct AudioBlockView {
  int sample_rate = 0;
  int channels = 0;
  int frames = 0;
  // Capture time of the first frame, CLOCK_MONOTONIC microseconds.
  int64_t timestamp_us = 0;
  const float* samples = nullptr;
};

// Receives a video track's frames. Called on the capture thread, never on
// the JS thread; must not block (see the rules atop this file).
class MEDIACAPTURE_EXPORT VideoSink {
 public:
  virtual ~VideoSink() = default;
  virtual void OnVideoFrame(const VideoFrameView& frame) = 0;
};

// Receives an audio track's blocks. Called on the capture thread; must not
// block (see the rules atop this file).
class MEDIACAPTURE_EXPORT AudioSink {
 public:
  virtual ~AudioSink() = default;
  virtual void OnAudioBlock(const AudioBlockView& block) = 0;
};

}  // namespace mediacapture

#endif  // INCLUDE_MEDIACAPTURE_MEDIA_SINK_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

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
// the JS thread; must not block.
class MEDIACAPTURE_EXPORT VideoSink {
 public:
  virtual ~VideoSink() = default;
  virtual void OnVideoFrame(const VideoFrameView& frame) = 0;
};

// Receives an audio track's blocks. Called on the capture thread.
class MEDIACAPTURE_EXPORT AudioSink {
 public:
  virtual ~AudioSink() = default;
  virtual void OnAudioBlock(const AudioBlockView& block) = 0;
};

}  // namespace mediacapture

#endif  // INCLUDE_MEDIACAPTURE_MEDIA_SINK_H_

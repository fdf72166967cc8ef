// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_FAKE_MEDIA_SOURCE_H_
#define PLATFORM_FAKE_FAKE_MEDIA_SOURCE_H_

#include <cstdint>

#include "platform/capture/capture_mode.h"
#include "platform/capture/status.h"
#include "platform/media/video_frame.h"

namespace mediacapture {

// What a fake camera shows: the test pattern or a Y4M file. Configure() runs
// on the thread that starts the device, NextFrame() on its capture thread,
// never at the same time.
class FakeVideoSource {
 public:
  virtual ~FakeVideoSource() = default;

  // Accepts |params| (kBadParams-style error otherwise).
  virtual Status Configure(const VideoCaptureParams& params) = 0;
  // The rate to pace at when the params ask for 0.
  virtual double default_frame_rate() const = 0;
  // Fills |frame|, already allocated at the configured size.
  virtual Status NextFrame(uint64_t sequence, VideoFrame* frame) = 0;
};

// What a fake microphone hears: the beep or a WAV file. Same threads as
// FakeVideoSource.
class FakeAudioSource {
 public:
  // The rates and channel counts every fake microphone plays, from 8 kHz
  // telephone speech to 384 kHz studio audio, mono to 7.1: what a sound card
  // could have. One set for the beep, the WAV player and the WAV reader, so
  // that a file the player cannot play is refused when it is opened (at
  // start-up), not by every getUserMedia.
  static constexpr int kMinSampleRate = 8000;
  static constexpr int kMaxSampleRate = 384000;
  static constexpr int kMaxChannels = 8;

  virtual ~FakeAudioSource() = default;

  virtual Status Configure(const AudioCaptureParams& params) = 0;
  // Writes the next |frames| frames, interleaved at the configured channel
  // count, into |out|.
  virtual Status NextBlock(int frames, float* out) = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_FAKE_MEDIA_SOURCE_H_

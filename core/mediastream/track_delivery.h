// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_MEDIASTREAM_TRACK_DELIVERY_H_
#define CORE_MEDIASTREAM_TRACK_DELIVERY_H_

#include <atomic>
#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

#include "mediacapture/media_sink.h"
#include "platform/media/audio_block.h"
#include "platform/media/video_frame.h"

namespace mediacapture {

// What one track makes of its source's output: its own size (scaled with
// libyuv when it differs from the source's) and frame rate (frames dropped
// to stay at or under it), black frames and silence while disabled, and the
// embedder's sinks. This is how tracks on one shared source keep their own
// settings (Chromium: VideoTrackAdapter).
//
// Threads: Deliver*() on the capture thread; everything else on any thread.
// Sinks and settings are under |lock_|; |enabled_| is atomic.
class TrackDelivery {
 public:
  struct VideoSettings {
    int width = 0;  // 0: the source's own size.
    int height = 0;
    // nullopt: every frame; 0: none (a track decimated to 0 Hz).
    std::optional<double> frame_rate;
  };

  TrackDelivery() = default;
  TrackDelivery(const TrackDelivery&) = delete;
  TrackDelivery& operator=(const TrackDelivery&) = delete;

  void SetVideoSettings(const VideoSettings& settings);
  VideoSettings video_settings() const;
  void SetEnabled(bool enabled) { enabled_ = enabled; }
  bool enabled() const { return enabled_; }

  void AddVideoSink(VideoSink* sink);
  void RemoveVideoSink(VideoSink* sink);
  void AddAudioSink(AudioSink* sink);
  void RemoveAudioSink(AudioSink* sink);

  // Capture thread.
  void DeliverVideoFrame(const VideoFrame& frame);
  void DeliverAudioBlock(const AudioBlock& block);

  // Counters for tests and internals.trackStats(): frames passed to sinks
  // (after dropping), frames dropped for the frame rate.
  uint64_t frames_delivered() const { return frames_delivered_; }
  uint64_t frames_dropped() const { return frames_dropped_; }

 private:
  // Whether a frame at |timestamp_us| is due under the track's frame rate.
  bool FrameIsDue(int64_t timestamp_us, std::optional<double> frame_rate);

  mutable std::mutex lock_;
  VideoSettings settings_;               // Under |lock_|.
  std::vector<VideoSink*> video_sinks_;  // Under |lock_|.
  std::vector<AudioSink*> audio_sinks_;  // Under |lock_|.
  // Capture thread only: the ideal time of the next frame to keep.
  int64_t next_frame_us_ = -1;
  // Capture thread only: reused buffers for scaling and black frames.
  VideoFrame scaled_;
  std::vector<float> silence_;
  std::atomic<bool> enabled_{true};
  std::atomic<uint64_t> frames_delivered_{0};
  std::atomic<uint64_t> frames_dropped_{0};
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_TRACK_DELIVERY_H_

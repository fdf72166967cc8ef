// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_MEDIASTREAM_TRACK_DELIVERY_H_
#define CORE_MEDIASTREAM_TRACK_DELIVERY_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>
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
// Threads: Deliver*() on the capture thread (one at a time); everything else
// on any thread. Sinks and settings are under |lock_|; |enabled_| is atomic.
//
// Sinks are called without |lock_| held, on a snapshot of the list taken as
// the delivery starts, so that a sink may call Add*Sink(), Remove*Sink(),
// SetEnabled() or SetVideoSettings() from inside its own callback: those
// return at once there. A sink removed meanwhile (by an earlier sink of the
// same delivery, or by another thread) is skipped. Remove*Sink() on any
// other thread waits for a delivery in progress to finish, so that once it
// returns the removed sink is never called again and may be destroyed. (A
// sink that removes a sink of another track delivering on another capture
// thread waits for that delivery too; two sinks doing so to each other's
// tracks at once would wait for each other.)
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
  // Once this returns, |sink| is not called again (see the class comment).
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
  // Calls |call| on each of |sinks| (video_sinks_ or audio_sinks_), copied
  // into |snapshot|, with |lock_| released around each call. Capture thread.
  template <typename Sink, typename Call>
  void CallSinks(const std::vector<Sink*>& sinks,
                 std::vector<Sink*>* snapshot,
                 const Call& call);
  // Waits, unless called from the delivering thread, until the delivery in
  // progress (if any) is over. |lock| holds |lock_|.
  void WaitForDelivery(std::unique_lock<std::mutex>& lock);

  mutable std::mutex lock_;
  VideoSettings settings_;               // Under |lock_|.
  std::vector<VideoSink*> video_sinks_;  // Under |lock_|.
  std::vector<AudioSink*> audio_sinks_;  // Under |lock_|.
  // The thread delivering to sinks now, or none (std::thread::id()) between
  // deliveries; |round_| counts deliveries, so that a waiter is not held up
  // by later ones. Under |lock_|; |delivered_| is signalled when a delivery
  // ends.
  std::thread::id delivering_thread_;
  uint64_t round_ = 0;
  std::condition_variable delivered_;
  // Bumped by each Remove*Sink(): a delivery whose snapshot is older checks
  // that a sink is still on the list before calling it. Under |lock_|.
  uint64_t removals_ = 0;
  // Capture thread only: the sinks of the delivery in progress, kept to
  // reuse their storage.
  std::vector<VideoSink*> video_snapshot_;
  std::vector<AudioSink*> audio_snapshot_;
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

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/track_delivery.h"

#include <libyuv/scale.h>

#include <algorithm>
#include <cstring>

namespace mediacapture {

namespace {

// A frame up to 10% of an interval early still counts as due: capture
// timestamps jitter, and a 30 fps source must give a 15 fps track every
// other frame, not a beat pattern.
constexpr double kFrameDueTolerance = 0.1;

// Fills |view| with |frame|'s planes.
VideoFrameView ViewOf(const VideoFrame& frame) {
  VideoFrameView view;
  view.width = frame.width;
  view.height = frame.height;
  view.timestamp_us = frame.timestamp_us;
  view.y = frame.y();
  view.u = frame.u();
  view.v = frame.v();
  view.stride_y = frame.width;
  view.stride_u = frame.chroma_width();
  view.stride_v = frame.chroma_width();
  return view;
}

// The centred rectangle of |width|x|height| with the aspect ratio of
// |target_width|:|target_height|, with even offsets so the chroma planes
// line up.
void CropRect(int width,
              int height,
              int target_width,
              int target_height,
              int* x,
              int* y,
              int* crop_width,
              int* crop_height) {
  *crop_width = width;
  *crop_height = height;
  int64_t lhs = static_cast<int64_t>(width) * target_height;
  int64_t rhs = static_cast<int64_t>(height) * target_width;
  if (lhs > rhs)
    *crop_width = static_cast<int>(rhs / target_height);
  else if (lhs < rhs)
    *crop_height = static_cast<int>(lhs / target_width);
  *x = ((width - *crop_width) / 2) & ~1;
  *y = ((height - *crop_height) / 2) & ~1;
}

}  // namespace

void TrackDelivery::SetVideoSettings(const VideoSettings& settings) {
  std::lock_guard<std::mutex> lock(lock_);
  settings_ = settings;
}

TrackDelivery::VideoSettings TrackDelivery::video_settings() const {
  std::lock_guard<std::mutex> lock(lock_);
  return settings_;
}

void TrackDelivery::AddVideoSink(VideoSink* sink) {
  std::lock_guard<std::mutex> lock(lock_);
  if (std::find(video_sinks_.begin(), video_sinks_.end(), sink) ==
      video_sinks_.end())
    video_sinks_.push_back(sink);
}

void TrackDelivery::RemoveVideoSink(VideoSink* sink) {
  std::unique_lock<std::mutex> lock(lock_);
  video_sinks_.erase(
      std::remove(video_sinks_.begin(), video_sinks_.end(), sink),
      video_sinks_.end());
  ++removals_;
  WaitForDelivery(lock);
}

void TrackDelivery::AddAudioSink(AudioSink* sink) {
  std::lock_guard<std::mutex> lock(lock_);
  if (std::find(audio_sinks_.begin(), audio_sinks_.end(), sink) ==
      audio_sinks_.end())
    audio_sinks_.push_back(sink);
}

void TrackDelivery::RemoveAudioSink(AudioSink* sink) {
  std::unique_lock<std::mutex> lock(lock_);
  audio_sinks_.erase(
      std::remove(audio_sinks_.begin(), audio_sinks_.end(), sink),
      audio_sinks_.end());
  ++removals_;
  WaitForDelivery(lock);
}

void TrackDelivery::WaitForDelivery(std::unique_lock<std::mutex>& lock) {
  // From inside a sink's callback: the delivery is this thread's own, and
  // waiting for it would never end.
  if (delivering_thread_ == std::thread::id() ||
      delivering_thread_ == std::this_thread::get_id())
    return;
  // Only the delivery in progress may still hold the removed sink; the next
  // one takes its snapshot after the removal.
  const uint64_t round = round_;
  delivered_.wait(lock, [&] {
    return delivering_thread_ == std::thread::id() || round_ != round;
  });
}

template <typename Sink, typename Call>
void TrackDelivery::CallSinks(const std::vector<Sink*>& sinks,
                              std::vector<Sink*>* snapshot,
                              const Call& call) {
  std::unique_lock<std::mutex> lock(lock_);
  if (sinks.empty())
    return;
  snapshot->assign(sinks.begin(), sinks.end());
  delivering_thread_ = std::this_thread::get_id();
  ++round_;
  const uint64_t removals = removals_;
  for (Sink* sink : *snapshot) {
    // Removed since the snapshot: by an earlier sink here, or by another
    // thread that now waits for this delivery to end.
    if (removals_ != removals &&
        std::find(sinks.begin(), sinks.end(), sink) == sinks.end())
      continue;
    lock.unlock();
    call(sink);
    lock.lock();
  }
  delivering_thread_ = std::thread::id();
  lock.unlock();
  delivered_.notify_all();
}

bool TrackDelivery::FrameIsDue(int64_t timestamp_us,
                               std::optional<double> frame_rate) {
  if (!frame_rate)
    return true;
  if (*frame_rate <= 0)
    return false;
  int64_t interval_us = static_cast<int64_t>(1e6 / *frame_rate);
  int64_t tolerance_us = static_cast<int64_t>(interval_us * kFrameDueTolerance);
  if (next_frame_us_ < 0 || timestamp_us - next_frame_us_ > interval_us) {
    // First frame, or the source paused: start again from this frame.
    next_frame_us_ = timestamp_us + interval_us;
    return true;
  }
  if (timestamp_us + tolerance_us < next_frame_us_)
    return false;
  next_frame_us_ += interval_us;
  return true;
}

void TrackDelivery::DeliverVideoFrame(const VideoFrame& frame) {
  VideoSettings settings;
  {
    std::lock_guard<std::mutex> lock(lock_);
    if (!FrameIsDue(frame.timestamp_us, settings_.frame_rate)) {
      ++frames_dropped_;
      return;
    }
    ++frames_delivered_;
    if (video_sinks_.empty())
      return;
    settings = settings_;
  }

  // |scaled_| is the capture thread's own: no lock while scaling.
  const VideoFrame* out = &frame;
  int width = settings.width > 0 ? settings.width : frame.width;
  int height = settings.height > 0 ? settings.height : frame.height;
  bool black = !enabled_;
  if (width != frame.width || height != frame.height || black) {
    if (scaled_.width != width || scaled_.height != height)
      scaled_.Allocate(width, height);
    scaled_.timestamp_us = frame.timestamp_us;
    scaled_.sequence = frame.sequence;
    if (black) {
      // I420 black: Y 0 (full range, as the fakes draw), U and V at 128.
      size_t luma = static_cast<size_t>(width) * height;
      std::memset(scaled_.data.data(), 0, luma);
      std::memset(scaled_.data.data() + luma, 128, scaled_.data.size() - luma);
    } else {
      int x, y, crop_width, crop_height;
      CropRect(frame.width, frame.height, width, height, &x, &y, &crop_width,
               &crop_height);
      const int chroma_stride = frame.chroma_width();
      libyuv::I420Scale(
          frame.y() + y * frame.width + x, frame.width,
          frame.u() + (y / 2) * chroma_stride + x / 2, chroma_stride,
          frame.v() + (y / 2) * chroma_stride + x / 2, chroma_stride,
          crop_width, crop_height, scaled_.y(), width, scaled_.u(),
          scaled_.chroma_width(), scaled_.v(), scaled_.chroma_width(), width,
          height, libyuv::kFilterBox);
    }
    out = &scaled_;
  }
  const VideoFrameView view = ViewOf(*out);
  CallSinks(video_sinks_, &video_snapshot_,
            [&view](VideoSink* sink) { sink->OnVideoFrame(view); });
}

void TrackDelivery::DeliverAudioBlock(const AudioBlock& block) {
  {
    std::lock_guard<std::mutex> lock(lock_);
    if (audio_sinks_.empty())
      return;
  }
  AudioBlockView view;
  view.sample_rate = block.sample_rate;
  view.channels = block.channels;
  view.frames = block.frames();
  view.timestamp_us = block.timestamp_us;
  view.samples = block.samples.data();
  if (!enabled_) {
    silence_.assign(block.samples.size(), 0.0f);
    view.samples = silence_.data();
  }
  CallSinks(audio_sinks_, &audio_snapshot_,
            [&view](AudioSink* sink) { sink->OnAudioBlock(view); });
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_frame_pool.h"

#include <utility>

namespace mediacapture {

// static
std::shared_ptr<V4l2FramePool> V4l2FramePool::Create(size_t capacity) {
  return std::shared_ptr<V4l2FramePool>(new V4l2FramePool(capacity));
}

V4l2FramePool::V4l2FramePool(size_t capacity) : capacity_(capacity) {}

V4l2FramePool::~V4l2FramePool() = default;

std::shared_ptr<VideoFrame> V4l2FramePool::Take() {
  std::unique_ptr<VideoFrame> frame;
  {
    std::lock_guard<std::mutex> hold(lock_);
    if (!free_.empty()) {
      frame = std::move(free_.back());
      free_.pop_back();
    }
  }
  if (!frame)
    frame = std::make_unique<VideoFrame>();
  std::weak_ptr<V4l2FramePool> weak_pool = weak_from_this();
  return std::shared_ptr<VideoFrame>(
      frame.release(), [weak_pool](VideoFrame* released) {
        if (std::shared_ptr<V4l2FramePool> pool = weak_pool.lock())
          pool->Give(released);
        else
          delete released;
      });
}

size_t V4l2FramePool::free_count() const {
  std::lock_guard<std::mutex> hold(lock_);
  return free_.size();
}

void V4l2FramePool::Give(VideoFrame* frame) {
  std::unique_ptr<VideoFrame> owned(frame);
  std::lock_guard<std::mutex> hold(lock_);
  if (free_.size() < capacity_)
    free_.push_back(std::move(owned));
  // Else |owned| frees it (under the lock: it is only memory).
}

}  // namespace mediacapture

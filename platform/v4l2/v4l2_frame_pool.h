// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_FRAME_POOL_H_
#define PLATFORM_V4L2_V4L2_FRAME_POOL_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <vector>

#include "platform/media/video_frame.h"

namespace mediacapture {

// Frames for a capture thread to fill, reused once every sink has let go of
// them: allocating a fresh 720p frame costs page faults that take longer
// than converting it (tools/bench/v4l2).
//
// Take() hands out a frame nobody else holds. When the last reference to it
// goes (on any thread: a sink may keep a frame and read it elsewhere), the
// frame comes back to the pool, which keeps at most |capacity| of them. The
// release and the next Take() meet under one mutex, so a sink's last reads
// of the pixels happen before the capture thread writes them again (an
// ordering ThreadSanitizer can see, unlike a fence after use_count()).
// Frames still held when the pool goes are freed by their last holder.
class V4l2FramePool : public std::enable_shared_from_this<V4l2FramePool> {
 public:
  static std::shared_ptr<V4l2FramePool> Create(size_t capacity);

  V4l2FramePool(const V4l2FramePool&) = delete;
  V4l2FramePool& operator=(const V4l2FramePool&) = delete;
  ~V4l2FramePool();

  // A frame only the caller holds, from the pool or new. Any thread.
  std::shared_ptr<VideoFrame> Take();

  // Frames waiting in the pool. Any thread.
  size_t free_count() const;

 private:
  explicit V4l2FramePool(size_t capacity);

  // The last holder of |frame| let go of it; any thread.
  void Give(VideoFrame* frame);

  const size_t capacity_;
  mutable std::mutex lock_;
  std::vector<std::unique_ptr<VideoFrame>> free_;  // Guarded by |lock_|.
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_FRAME_POOL_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_frame_pool.h"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace mediacapture {
namespace {

TEST_CASE("a frame comes back to the pool once its last holder lets go") {
  auto pool = V4l2FramePool::Create(2);
  std::shared_ptr<VideoFrame> frame = pool->Take();
  VideoFrame* first = frame.get();
  std::shared_ptr<VideoFrame> sink = frame;
  frame.reset();
  CHECK(pool->free_count() == 0);
  sink.reset();
  CHECK(pool->free_count() == 1);
  CHECK(pool->Take().get() == first);
}

TEST_CASE("the pool keeps no more frames than its capacity") {
  auto pool = V4l2FramePool::Create(2);
  std::vector<std::shared_ptr<VideoFrame>> held;
  for (int i = 0; i < 5; ++i)
    held.push_back(pool->Take());
  held.clear();
  CHECK(pool->free_count() == 2);
}

TEST_CASE("frames outliving the pool are freed by their last holder") {
  auto pool = V4l2FramePool::Create(2);
  std::shared_ptr<VideoFrame> frame = pool->Take();
  frame->Allocate(4, 4);
  pool.reset();
  frame.reset();  // LeakSanitizer checks that it is gone.
  SUCCEED();
}

// A sink that keeps frames and reads them on its own thread: the pool must
// order those reads before the next writes to the same frame (the
// ThreadSanitizer build checks this).
TEST_CASE("a frame read on another thread is refilled only after it") {
  constexpr int kFrames = 200;
  auto pool = V4l2FramePool::Create(3);
  std::mutex lock;
  std::condition_variable changed;
  std::deque<std::shared_ptr<VideoFrame>> queue;
  bool done = false;
  int bad = 0;
  std::thread reader([&] {
    for (;;) {
      std::shared_ptr<VideoFrame> frame;
      {
        std::unique_lock<std::mutex> hold(lock);
        changed.wait(hold, [&] { return done || !queue.empty(); });
        if (queue.empty())
          return;
        frame = std::move(queue.front());
        queue.pop_front();
      }
      uint8_t value = static_cast<uint8_t>(frame->sequence);
      for (uint8_t byte : frame->data) {
        if (byte != value)
          ++bad;
      }
    }
  });
  for (int i = 0; i < kFrames; ++i) {
    std::shared_ptr<VideoFrame> frame = pool->Take();
    frame->Allocate(16, 16);
    frame->sequence = static_cast<uint64_t>(i);
    for (uint8_t& byte : frame->data)
      byte = static_cast<uint8_t>(i);
    std::lock_guard<std::mutex> hold(lock);
    queue.push_back(std::move(frame));
    changed.notify_one();
  }
  {
    std::lock_guard<std::mutex> hold(lock);
    done = true;
    changed.notify_one();
  }
  reader.join();
  CHECK(bad == 0);
  CHECK(pool->free_count() <= 3);
}

}  // namespace
}  // namespace mediacapture

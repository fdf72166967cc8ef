// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_TEST_CLIENT_H_
#define PLATFORM_V4L2_V4L2_TEST_CLIENT_H_

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <vector>

#include "platform/capture/capture_device.h"

namespace mediacapture {

// A CaptureDeviceClient for tests: records what the capture thread calls
// and lets the test thread wait for it. Any thread (|mutex_|).
class V4l2TestClient : public CaptureDeviceClient {
 public:
  void OnVideoFrame(const VideoFramePtr& frame) override {
    std::lock_guard<std::mutex> lock(mutex_);
    frames_.push_back(frame);
    events_.push_back(kFrame);
    changed_.notify_all();
  }
  void OnError(const Status& status) override {
    std::lock_guard<std::mutex> lock(mutex_);
    errors_.push_back(status);
    events_.push_back(kError);
    changed_.notify_all();
  }
  void OnMuted(bool muted) override {
    std::lock_guard<std::mutex> lock(mutex_);
    events_.push_back(muted ? kMuted : kUnmuted);
    changed_.notify_all();
  }

  enum Event { kFrame, kError, kMuted, kUnmuted };

  // Waits until |predicate| holds (true) or |timeout| passes (false).
  template <typename Predicate>
  bool WaitFor(Predicate predicate,
               std::chrono::milliseconds timeout = std::chrono::seconds(10)) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return predicate(*this); });
  }
  bool WaitForFrames(size_t count) {
    return WaitFor(
        [count](const V4l2TestClient& c) { return c.frames_.size() >= count; });
  }
  bool WaitForError() {
    return WaitFor([](const V4l2TestClient& c) { return !c.errors_.empty(); });
  }
  bool WaitForEvent(Event event, size_t after_index = 0) {
    return WaitFor([event, after_index](const V4l2TestClient& c) {
      for (size_t i = after_index; i < c.events_.size(); ++i) {
        if (c.events_[i] == event)
          return true;
      }
      return false;
    });
  }

  // Waits for more than |count| events in all; false after |timeout|.
  bool WaitForMoreEventsThan(size_t count, std::chrono::milliseconds timeout) {
    return WaitFor(
        [count](const V4l2TestClient& c) { return c.events_.size() > count; },
        timeout);
  }

  // Snapshots. Not for use inside a WaitFor() predicate, which runs under
  // the lock: predicates read the members directly.
  std::vector<VideoFramePtr> frames() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return frames_;
  }
  std::vector<Status> errors() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return errors_;
  }
  std::vector<Event> events() const {
    std::lock_guard<std::mutex> lock(mutex_);
    return events_;
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<VideoFramePtr> frames_;
  std::vector<Status> errors_;
  std::vector<Event> events_;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_TEST_CLIENT_H_

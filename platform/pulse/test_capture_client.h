// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_PULSE_TEST_CAPTURE_CLIENT_H_
#define PLATFORM_PULSE_TEST_CAPTURE_CLIENT_H_

#include <time.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

#include "platform/base/time.h"
#include "platform/capture/capture_device.h"
#include "platform/capture/device_factory.h"

namespace mediacapture {

// Test-only: records what a capture device delivers (called on the
// PulseAudio mainloop thread), and lets the test thread wait for it.
class TestCaptureClient : public CaptureDeviceClient {
 public:
  struct Delivery {
    AudioBlock block;
    int64_t delivered_us;
  };

  void OnAudioBlock(const AudioBlock& block) override {
    std::lock_guard<std::mutex> lock(mutex_);
    if (errors_ > 0)
      ++blocks_after_error_;
    deliveries_.push_back({block, MonotonicNowUs()});
    frames_ += block.frames();
    changed_.notify_all();
  }
  void OnError(const Status& status) override {
    std::lock_guard<std::mutex> lock(mutex_);
    ++errors_;
    error_ = status;
    error_us_ = MonotonicNowUs();
    changed_.notify_all();
  }
  void OnMuted(bool muted) override {
    std::lock_guard<std::mutex> lock(mutex_);
    mutes_.push_back(muted);
    changed_.notify_all();
  }

  bool WaitForFrames(int64_t frames, int timeout_ms) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                             [&] { return frames_ >= frames; });
  }
  // Waits until OnMuted() was called |count| times.
  bool WaitForMutes(size_t count, int timeout_ms) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                             [&] { return mutes_.size() >= count; });
  }
  std::vector<bool> mutes() {
    std::lock_guard<std::mutex> lock(mutex_);
    return mutes_;
  }
  bool WaitForError(int timeout_ms) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                             [&] { return errors_ > 0; });
  }
  std::vector<Delivery> deliveries() {
    std::lock_guard<std::mutex> lock(mutex_);
    return deliveries_;
  }
  // Every sample so far, interleaved.
  std::vector<float> samples() {
    std::lock_guard<std::mutex> lock(mutex_);
    std::vector<float> all;
    for (const Delivery& d : deliveries_)
      all.insert(all.end(), d.block.samples.begin(), d.block.samples.end());
    return all;
  }
  int64_t frames() {
    std::lock_guard<std::mutex> lock(mutex_);
    return frames_;
  }
  int errors() {
    std::lock_guard<std::mutex> lock(mutex_);
    return errors_;
  }
  Status error() {
    std::lock_guard<std::mutex> lock(mutex_);
    return error_;
  }
  int64_t error_us() {
    std::lock_guard<std::mutex> lock(mutex_);
    return error_us_;
  }
  int blocks_after_error() {
    std::lock_guard<std::mutex> lock(mutex_);
    return blocks_after_error_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<Delivery> deliveries_;
  int64_t frames_ = 0;
  int errors_ = 0;
  int blocks_after_error_ = 0;
  Status error_;
  int64_t error_us_ = 0;
  std::vector<bool> mutes_;
};

// Test-only: counts devicechange notifications (mainloop thread).
class TestDeviceChangeObserver : public DeviceChangeObserver {
 public:
  void OnDevicesChanged() override {
    std::lock_guard<std::mutex> lock(mutex_);
    ++count_;
    changed_.notify_all();
  }
  int count() {
    std::lock_guard<std::mutex> lock(mutex_);
    return count_;
  }
  bool WaitForCount(int count, int timeout_ms) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                             [&] { return count_ >= count; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int count_ = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_PULSE_TEST_CAPTURE_CLIENT_H_

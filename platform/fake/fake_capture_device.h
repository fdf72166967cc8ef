// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_FAKE_CAPTURE_DEVICE_H_
#define PLATFORM_FAKE_FAKE_CAPTURE_DEVICE_H_

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "platform/capture/capture_device.h"
#include "platform/fake/fake_media_source.h"

namespace mediacapture {

// The faults a test sets on one fake device (FakeDeviceFactory's
// *ForTesting), shared by the factory and every device opened from it.
// Any thread, under |lock|; |changed| wakes the capture threads.
struct FakeDeviceFaults {
  std::mutex lock;
  std::condition_variable changed;
  // Delivers nothing while set (the device reports muted).
  bool silent = false;
  // Removed: open devices end with kDeviceLost.
  bool lost = false;
};

// An opened fake camera or microphone: a timer thread paced in real time on
// CLOCK_MONOTONIC (a frame every 1/rate s, an audio block every 10 ms) that
// asks its source for the content and hands it to the client.
//
// Created and driven (Start*, Stop) on one thread, the opener's; the client
// is called on the timer thread. Stop() must not be called from a client
// callback.
class FakeCaptureDevice : public CaptureDevice {
 public:
  // Audio comes in blocks of 10 ms, as WebRTC's audio pipeline wants them.
  static constexpr int kAudioBlockMs = 10;

  // A camera (|video| set) or a microphone (|audio| set).
  FakeCaptureDevice(std::shared_ptr<FakeDeviceFaults> faults,
                    std::unique_ptr<FakeVideoSource> video,
                    std::unique_ptr<FakeAudioSource> audio);
  ~FakeCaptureDevice() override;

  FakeCaptureDevice(const FakeCaptureDevice&) = delete;
  FakeCaptureDevice& operator=(const FakeCaptureDevice&) = delete;

  // CaptureDevice:
  Status StartVideo(const VideoCaptureParams& params,
                    CaptureDeviceClient* client) override;
  Status StartAudio(const AudioCaptureParams& params,
                    CaptureDeviceClient* client) override;
  void Stop() override;

 private:
  enum class State { kOpened, kStarted, kStopped };

  Status CheckStartable() const;
  // The timer thread's loop: calls |tick| every |period_us| until Stop(),
  // the device is lost or |tick| fails; reports mute changes in between.
  void Run(int64_t period_us, std::function<Status(int64_t now_us)> tick);
  Status VideoTick(int64_t now_us);
  Status AudioTick(int64_t now_us);

  const std::shared_ptr<FakeDeviceFaults> faults_;
  std::unique_ptr<FakeVideoSource> video_;
  std::unique_ptr<FakeAudioSource> audio_;

  // Opener's thread only.
  State state_ = State::kOpened;
  std::thread thread_;

  // Under faults_->lock: set by Stop().
  bool stop_requested_ = false;

  // Written before the thread starts, then timer thread only.
  CaptureDeviceClient* client_ = nullptr;
  VideoCaptureParams video_params_;
  AudioCaptureParams audio_params_;
  uint64_t sequence_ = 0;
  int64_t audio_frames_ = 0;
  int64_t audio_blocks_ = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_FAKE_CAPTURE_DEVICE_H_

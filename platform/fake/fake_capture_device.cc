// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/fake_capture_device.h"

#include <time.h>

#include <chrono>
#include <utility>
#include <vector>

#include "platform/base/time.h"
#include "platform/fake/fake_error.h"

namespace mediacapture {

FakeCaptureDevice::FakeCaptureDevice(std::shared_ptr<FakeDeviceFaults> faults,
                                     std::unique_ptr<FakeVideoSource> video,
                                     std::unique_ptr<FakeAudioSource> audio)
    : faults_(std::move(faults)),
      video_(std::move(video)),
      audio_(std::move(audio)) {}

FakeCaptureDevice::~FakeCaptureDevice() {
  Stop();
}

Status FakeCaptureDevice::CheckStartable() const {
  if (state_ != State::kOpened) {
    return Status::Error(ErrorCategory::kInternal, kFakeAlreadyStarted,
                         state_ == State::kStarted
                             ? "the fake device is already started"
                             : "the fake device was stopped");
  }
  std::lock_guard<std::mutex> lock(faults_->lock);
  if (faults_->lost) {
    return Status::Error(ErrorCategory::kDeviceLost, kFakeDeviceLost,
                         "the fake device was removed");
  }
  return Status::Ok();
}

Status FakeCaptureDevice::StartVideo(const VideoCaptureParams& params,
                                     CaptureDeviceClient* client) {
  if (!video_ || !client) {
    return Status::Error(ErrorCategory::kUnsupported, kFakeWrongKind,
                         video_ ? "no client" : "not a video device");
  }
  Status status = CheckStartable();
  if (!status.ok())
    return status;
  status = video_->Configure(params);
  if (!status.ok())
    return status;
  const double rate =
      params.frame_rate > 0 ? params.frame_rate : video_->default_frame_rate();
  client_ = client;
  video_params_ = params;
  video_params_.frame_rate = rate;
  state_ = State::kStarted;
  const int64_t period_us =
      static_cast<int64_t>(kMicrosecondsPerSecond / rate + 0.5);
  thread_ = std::thread([this, period_us] {
    Run(period_us, [this](int64_t now_us) { return VideoTick(now_us); });
  });
  return Status::Ok();
}

Status FakeCaptureDevice::StartAudio(const AudioCaptureParams& params,
                                     CaptureDeviceClient* client) {
  if (!audio_ || !client) {
    return Status::Error(ErrorCategory::kUnsupported, kFakeWrongKind,
                         audio_ ? "no client" : "not an audio device");
  }
  Status status = CheckStartable();
  if (!status.ok())
    return status;
  status = audio_->Configure(params);
  if (!status.ok())
    return status;
  client_ = client;
  audio_params_ = params;
  state_ = State::kStarted;
  thread_ = std::thread([this] {
    Run(kAudioBlockMs * 1000,
        [this](int64_t now_us) { return AudioTick(now_us); });
  });
  return Status::Ok();
}

void FakeCaptureDevice::Stop() {
  if (state_ == State::kStarted) {
    {
      std::lock_guard<std::mutex> lock(faults_->lock);
      stop_requested_ = true;
    }
    faults_->changed.notify_all();
    if (thread_.get_id() == std::this_thread::get_id())
      thread_.detach();  // Misuse from a callback: at least do not deadlock.
    else if (thread_.joinable())
      thread_.join();
  }
  state_ = State::kStopped;
}

void FakeCaptureDevice::Run(int64_t period_us,
                            std::function<Status(int64_t now_us)> tick) {
  bool muted = false;
  int64_t start_us = MonotonicNowUs();
  int64_t ticks = 0;
  for (;;) {
    // Deadlines are counted from the start, so waits never drift.
    const int64_t deadline_us = start_us + ticks * period_us;
    bool silent = false;
    {
      std::unique_lock<std::mutex> lock(faults_->lock);
      for (;;) {
        if (stop_requested_ || faults_->lost)
          break;
        const int64_t now_us = MonotonicNowUs();
        if (now_us >= deadline_us)
          break;
        faults_->changed.wait_for(
            lock, std::chrono::microseconds(deadline_us - now_us));
      }
      if (stop_requested_)
        return;
      if (faults_->lost) {
        lock.unlock();
        client_->OnError(Status::Error(ErrorCategory::kDeviceLost,
                                       kFakeDeviceLost,
                                       "the fake device was removed"));
        return;
      }
      silent = faults_->silent;
    }
    if (silent != muted) {
      muted = silent;
      client_->OnMuted(muted);
    }
    const int64_t now_us = MonotonicNowUs();
    if (!silent) {
      Status status = tick(now_us);
      if (!status.ok()) {
        client_->OnError(status);
        return;
      }
    }
    ++ticks;
    // More than a period behind (a stalled machine): skip the missed ticks
    // rather than deliver a burst.
    if (now_us - (start_us + ticks * period_us) > period_us)
      ticks = (now_us - start_us) / period_us + 1;
  }
}

Status FakeCaptureDevice::VideoTick(int64_t now_us) {
  auto frame = std::make_shared<VideoFrame>();
  frame->Allocate(video_params_.width, video_params_.height);
  frame->timestamp_us = now_us;
  frame->sequence = sequence_;
  Status status = video_->NextFrame(sequence_, frame.get());
  if (!status.ok())
    return status;
  ++sequence_;
  client_->OnVideoFrame(frame);
  return Status::Ok();
}

Status FakeCaptureDevice::AudioTick(int64_t now_us) {
  // Block n ends at frame (n + 1) * rate / 100, so rates that are not a
  // multiple of 100 Hz (22050, 44100...) alternate block sizes without drift.
  const int64_t rate = audio_params_.sample_rate;
  const int64_t blocks_per_second = 1000 / kAudioBlockMs;
  const int64_t end = (audio_blocks_ + 1) * rate / blocks_per_second;
  const int frames = static_cast<int>(end - audio_frames_);
  AudioBlock block;
  block.sample_rate = audio_params_.sample_rate;
  block.channels = audio_params_.channel_count;
  block.timestamp_us = now_us - frames * kMicrosecondsPerSecond / rate;
  block.samples.resize(static_cast<size_t>(frames) * block.channels);
  Status status = audio_->NextBlock(frames, block.samples.data());
  if (!status.ok())
    return status;
  audio_frames_ = end;
  ++audio_blocks_;
  client_->OnAudioBlock(block);
  return Status::Ok();
}

}  // namespace mediacapture

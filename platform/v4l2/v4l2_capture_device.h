// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_CAPTURE_DEVICE_H_
#define PLATFORM_V4L2_V4L2_CAPTURE_DEVICE_H_

#include <atomic>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "platform/capture/capture_device.h"
#include "platform/v4l2/device_state_machine.h"
#include "platform/v4l2/scoped_v4l2_fd.h"
#include "platform/v4l2/scoped_v4l2_mapping.h"
#include "platform/v4l2/v4l2_capture_format.h"
#include "platform/v4l2/v4l2_errors.h"
#include "platform/v4l2/v4l2_frame_converter.h"
#include "platform/v4l2/v4l2_frame_pool.h"

namespace mediacapture {

class V4l2Device;

// Buffers the driver cycles through (Chromium's kNumVideoBuffers): one being
// filled, one being converted, two to absorb scheduling jitter on a loaded
// machine without the driver dropping frames.
constexpr uint32_t kV4l2BufferCount = 4;
// The poll timeout: a second is 30 frame intervals at 30 fps, long enough
// not to take scheduling hiccups for silence and short enough that a stalled
// camera mutes promptly. Slow modes wait two frame intervals instead (a
// 1 fps camera is not silent between its frames).
constexpr int kV4l2CaptureTimeoutMs = 1000;
// Polls that time out in a row before the track is muted: one, a second
// without a frame is what a user sees as a frozen picture.
constexpr int kV4l2TimeoutsBeforeMute = 1;
// Polls in a row that report POLLERR while DQBUF has nothing to give: vb2
// says POLLERR when no buffer is queued; a few are a race with our own
// QBUF, many mean the queue is stuck.
constexpr int kV4l2MaxPollErrors = 100;

// Frames kept for reuse once every sink has let go of them (V4l2FramePool).
// Sinks that hold more frames than this get new ones.
constexpr size_t kV4l2FramePoolSize = 8;

// Counters of one capture. Any thread (a snapshot of atomics).
struct V4l2CaptureStats {
  uint64_t delivered_frames = 0;
  uint64_t dropped_frames[kFrameDropReasonCount] = {};
  uint64_t poll_timeouts = 0;
  uint64_t eagain_retries = 0;

  uint64_t dropped(FrameDropReason reason) const {
    return dropped_frames[static_cast<int>(reason)];
  }
  uint64_t total_dropped() const;
};

// One open V4L2 camera. Lives on the thread that opened it (the JS thread in
// core); Open, StartVideo and Stop run there. Streaming runs on a capture
// thread that polls the device, dequeues buffers, converts them to I420
// and calls the client: OnVideoFrame for each good frame, OnMuted(true)
// after kV4l2TimeoutsBeforeMute silent polls and OnMuted(false) on the next
// frame, OnError once (kDeviceLost for ENODEV/EIO) after which the thread
// ends. Follows Chromium's V4L2CaptureDelegate.
class V4l2CaptureDevice : public CaptureDevice {
 public:
  // Opens |path| and checks it is a capture device whose bus_info is
  // |expected_bus_info| (when non-empty: the node may have been reused by
  // another camera since enumeration). |modes| are the device's modes as
  // enumerated. kBusy for EBUSY, kNotFound when the node is gone.
  // |device| is shared so that a capture outlives the factory that opened
  // it.
  static std::unique_ptr<V4l2CaptureDevice> Open(
      std::shared_ptr<V4l2Device> device,
      const std::string& path,
      const std::string& expected_bus_info,
      std::vector<VideoCaptureMode> modes,
      Status* status);

  V4l2CaptureDevice(const V4l2CaptureDevice&) = delete;
  V4l2CaptureDevice& operator=(const V4l2CaptureDevice&) = delete;
  ~V4l2CaptureDevice() override;

  // CaptureDevice:
  Status StartVideo(const VideoCaptureParams& params,
                    CaptureDeviceClient* client) override;
  void Stop() override;

  DeviceState state() const { return state_.state(); }
  // The format the driver agreed to; valid once started.
  const V4l2CaptureFormat& capture_format() const { return format_; }
  V4l2CaptureStats GetStats() const;

  void SetPollTimeoutForTesting(int timeout_ms) {
    poll_timeout_ms_for_testing_ = timeout_ms;
  }

 private:
  V4l2CaptureDevice(std::shared_ptr<V4l2Device> device,
                    std::string path,
                    std::vector<VideoCaptureMode> modes);

  Status OpenDevice(const std::string& expected_bus_info);
  Status StartStreaming(const VideoCaptureParams& params);
  Status SetFormat(const V4l2CaptureFormat& wanted, uint32_t* bytes_per_line);
  Status SetFrameRate(double frame_rate);
  Status MapBuffers();
  void ReleaseBuffers();
  int PollTimeoutMs() const;

  // Capture thread.
  void CaptureLoop();
  // False when the loop must end (an error was reported).
  bool DequeueAndDeliver(bool poll_error, int* poll_errors, bool* muted);
  void ReportError(V4l2ErrorCode code, const std::string& what, int error);

  const std::shared_ptr<V4l2Device> owned_device_;
  V4l2Device* const device_;  // owned_device_.get()
  const std::string path_;
  const std::vector<VideoCaptureMode> modes_;
  DeviceStateMachine state_;
  ScopedV4l2Fd fd_;
  std::vector<ScopedV4l2Mapping> buffers_;
  V4l2CaptureFormat format_;
  std::unique_ptr<V4l2FrameConverter> converter_;  // Capture thread.
  // Set while streaming (capture thread); frames outliving it are freed.
  std::shared_ptr<V4l2FramePool> frame_pool_;
  CaptureDeviceClient* client_ = nullptr;
  int stop_event_ = -1;  // eventfd that wakes the capture thread's poll.
  std::thread thread_;
  int poll_timeout_ms_for_testing_ = 0;

  // Written on the capture thread, read on any.
  std::atomic<uint64_t> delivered_{0};
  std::atomic<uint64_t> dropped_[kFrameDropReasonCount] = {};
  std::atomic<uint64_t> poll_timeouts_{0};
  std::atomic<uint64_t> eagain_retries_{0};
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_CAPTURE_DEVICE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_capture_device.h"

#include <fcntl.h>
#include <time.h>

#include <catch2/catch.hpp>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

#include "platform/v4l2/emulated_picture.h"
#include "platform/v4l2/emulated_v4l2_driver.h"
#include "platform/v4l2/scoped_v4l2_fd.h"
#include "platform/v4l2/v4l2_errors.h"
#include "platform/v4l2/v4l2_mode_enumerator.h"
#include "platform/v4l2/v4l2_pixel_formats.h"
#include "platform/v4l2/v4l2_test_client.h"

namespace mediacapture {
namespace {

constexpr char kPath[] = "/dev/video0";
// Streaming tests run fast cameras so that they take little wall time.
constexpr uint32_t kFps = 60;
constexpr int kWidth = 320;
constexpr int kHeight = 240;

int64_t MonotonicNowUs() {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return int64_t{now.tv_sec} * 1000000 + now.tv_nsec / 1000;
}

// An emulated camera, its enumerated modes and an open capture device.
struct Rig {
  explicit Rig(const EmulatedCameraConfig& config) {
    driver.AddCamera(config);
    {
      // A busy camera cannot be enumerated; its open below fails anyway.
      ScopedV4l2Fd fd(&driver, driver.Open(config.path.c_str(), O_RDWR));
      if (fd.is_valid())
        REQUIRE(EnumerateVideoModes(&driver, fd.get(), &modes).ok());
    }
    device = V4l2CaptureDevice::Open(UnownedV4l2Device(&driver), config.path,
                                     config.bus_info, modes, &open_status);
  }
  Status Start(int width = kWidth, int height = kHeight, double fps = kFps) {
    VideoCaptureParams params;
    params.width = width;
    params.height = height;
    params.frame_rate = fps;
    return device->StartVideo(params, &client);
  }

  EmulatedV4l2Driver driver;
  std::vector<VideoCaptureMode> modes;
  Status open_status;
  // Declared before |device|: the client must outlive the capture.
  V4l2TestClient client;
  std::unique_ptr<V4l2CaptureDevice> device;
};

template <typename Predicate>
bool WaitForStats(const V4l2CaptureDevice* device, Predicate predicate) {
  for (int i = 0; i < 1000; ++i) {
    if (predicate(device->GetStats()))
      return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

EmulatedCameraConfig Camera(PixelFormat format) {
  return EmulatedCameraConfig::Single(kPath, format, kWidth, kHeight, kFps);
}

TEST_CASE("each pixel format streams frames that match the pattern") {
  const struct {
    PixelFormat format;
    int luma, chroma;  // Tolerances, as in the converter's tests.
  } formats[] = {
      {PixelFormat::kYUYV, 0, 0},    {PixelFormat::kUYVY, 0, 0},
      {PixelFormat::kNV12, 0, 0},    {PixelFormat::kI420, 0, 0},
      {PixelFormat::kRGB24, 2, 3},   {PixelFormat::kBGR24, 2, 3},
      {PixelFormat::kMJPEG, 12, 12},
  };
  for (const auto& row : formats) {
    DYNAMIC_SECTION(FourccToString(static_cast<uint32_t>(row.format))) {
      Rig rig(Camera(row.format));
      REQUIRE(rig.open_status.ok());
      int64_t start_us = MonotonicNowUs();
      REQUIRE(rig.Start().ok());
      CHECK(rig.device->capture_format().pixel_format == row.format);
      constexpr size_t kFrames = 8;
      REQUIRE(rig.client.WaitForFrames(kFrames));
      rig.device->Stop();
      std::vector<VideoFramePtr> frames = rig.client.frames();
      int64_t previous_counter = -1;
      for (size_t i = 0; i < frames.size(); ++i) {
        const VideoFrame& frame = *frames[i];
        CHECK(frame.sequence == i);
        CHECK(frame.timestamp_us >= start_us);
        CHECK(frame.timestamp_us <= MonotonicNowUs());
        int64_t counter = ReadEmulatedPictureCounter(frame);
        CHECK(counter > previous_counter);
        previous_counter = counter;
        VideoFrame reference;
        RenderEmulatedPictureI420(kWidth, kHeight,
                                  static_cast<uint32_t>(counter), &reference);
        CHECK(MaxPlaneDifference(frame, reference, false) <= row.luma);
        CHECK(MaxPlaneDifference(frame, reference, true) <= row.chroma);
      }
      CHECK(rig.client.errors().empty());
      CHECK(rig.device->GetStats().delivered_frames == frames.size());
    }
  }
}

TEST_CASE("the capture runs at the size, format and rate it chose") {
  Rig rig(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  REQUIRE(rig.open_status.ok());
  REQUIRE(rig.Start(1280, 720, 30).ok());
  CHECK(rig.device->capture_format().pixel_format == PixelFormat::kMJPEG);
  CHECK(rig.device->capture_format().frame_rate == Approx(30));
  REQUIRE(rig.client.WaitForFrames(2));
  VideoFramePtr frame = rig.client.frames()[0];
  CHECK(frame->width == 1280);
  CHECK(frame->height == 720);
  CHECK(ReadEmulatedPictureCounter(*frame) >= 0);
}

TEST_CASE("frames come at the interval S_PARM set") {
  Rig rig(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  REQUIRE(rig.Start(320, 240, 15).ok());
  CHECK(rig.device->capture_format().pixel_format == PixelFormat::kYUYV);
  CHECK(rig.device->capture_format().frame_rate == Approx(15));
  REQUIRE(rig.client.WaitForFrames(4));
  rig.device->Stop();
  std::vector<VideoFramePtr> frames = rig.client.frames();
  // The driver's timestamps are its schedule: 1/15 s apart, or a multiple
  // when a loaded machine made it skip a frame; never closer.
  for (size_t i = 1; i < frames.size(); ++i) {
    int64_t delta = frames[i]->timestamp_us - frames[i - 1]->timestamp_us;
    CHECK(delta >= 1000000 / 15 - 1000);
  }
}

TEST_CASE("unplugging mid-stream ends the capture with kDeviceLost") {
  EmulatedCameraConfig config = Camera(PixelFormat::kYUYV);
  config.faults.unplug_after_frames = 5;
  Rig rig(config);
  REQUIRE(rig.Start().ok());
  REQUIRE(rig.client.WaitForError());
  rig.device->Stop();
  std::vector<Status> errors = rig.client.errors();
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].category() == ErrorCategory::kDeviceLost);
  CHECK(errors[0].code() == kV4l2DequeueFailed);
  CHECK(rig.client.frames().size() <= 5);
  // Nothing after the error.
  CHECK(rig.client.events().back() == V4l2TestClient::kError);
}

TEST_CASE("a camera unplugged by the test while streaming is lost") {
  Rig rig(Camera(PixelFormat::kNV12));
  REQUIRE(rig.Start().ok());
  REQUIRE(rig.client.WaitForFrames(2));
  rig.driver.Unplug(kPath);
  REQUIRE(rig.client.WaitForError());
  CHECK(rig.client.errors()[0].category() == ErrorCategory::kDeviceLost);
  rig.device->Stop();
  CHECK(rig.driver.open_fd_count() == 0);
  CHECK(rig.driver.mapping_count() == 0);
}

TEST_CASE("a camera busy elsewhere fails open with kBusy") {
  EmulatedCameraConfig config = Camera(PixelFormat::kYUYV);
  config.faults.busy_on_open = true;
  Rig rig(config);
  CHECK(rig.device == nullptr);
  CHECK(rig.open_status.category() == ErrorCategory::kBusy);
  CHECK(rig.open_status.code() == kV4l2OpenFailed);
}

TEST_CASE(
    "a camera another process streams fails start with kBusy and "
    "stays open") {
  EmulatedCameraConfig config = Camera(PixelFormat::kYUYV);
  config.faults.busy_on_set_format = true;
  Rig rig(config);
  REQUIRE(rig.open_status.ok());
  Status status = rig.Start();
  CHECK(status.category() == ErrorCategory::kBusy);
  CHECK(status.code() == kV4l2SetFormatFailed);
  CHECK(status.message().find("VIDIOC_S_FMT failed for 320x240 YUYV") == 0);
  CHECK(rig.device->state() == DeviceState::kOpen);
}

TEST_CASE("a node that now holds another camera is not opened") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(EmulatedCameraConfig::Webcam(kPath, "usb-port-2"));
  Status status;
  auto device = V4l2CaptureDevice::Open(UnownedV4l2Device(&driver), kPath,
                                        "usb-port-1", {}, &status);
  CHECK(device == nullptr);
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK(status.code() == kV4l2DeviceReplaced);
  CHECK(driver.open_fd_count() == 0);
}

TEST_CASE("an EAGAIN storm delays frames but loses none of them") {
  EmulatedCameraConfig config = Camera(PixelFormat::kUYVY);
  config.faults.eagain_per_frame = 50;
  Rig rig(config);
  REQUIRE(rig.Start().ok());
  REQUIRE(rig.client.WaitForFrames(5));
  rig.device->Stop();
  V4l2CaptureStats stats = rig.device->GetStats();
  CHECK(stats.eagain_retries >= 5 * 50);
  CHECK(stats.total_dropped() == 0);
  CHECK(rig.client.errors().empty());
}

TEST_CASE("interrupted ioctls are retried throughout a capture") {
  EmulatedCameraConfig config = Camera(PixelFormat::kYUYV);
  config.faults.interrupt_ioctls = true;
  Rig rig(config);
  REQUIRE(rig.open_status.ok());
  REQUIRE(rig.Start().ok());
  REQUIRE(rig.client.WaitForFrames(3));
  rig.device->Stop();
  CHECK(rig.driver.interrupted_ioctls() > 10);
  CHECK(rig.client.errors().empty());
}

TEST_CASE(
    "buffers with bytesused 0 are dropped and counted, never "
    "delivered") {
  EmulatedCameraConfig config = Camera(PixelFormat::kYUYV);
  config.faults.zero_bytesused_every = 3;
  Rig rig(config);
  REQUIRE(rig.Start().ok());
  // Wait for the drops themselves: a slow machine may also lose frames in
  // the driver (no buffer queued), some of them the empty ones.
  REQUIRE(WaitForStats(rig.device.get(), [](const V4l2CaptureStats& stats) {
    return stats.dropped(FrameDropReason::kEmptyBuffer) >= 2;
  }));
  REQUIRE(rig.client.WaitForFrames(4));
  rig.device->Stop();
  V4l2CaptureStats stats = rig.device->GetStats();
  CHECK(stats.total_dropped() == stats.dropped(FrameDropReason::kEmptyBuffer));
  for (const VideoFramePtr& frame : rig.client.frames()) {
    int64_t counter = ReadEmulatedPictureCounter(*frame);
    // Frames 2, 5, 8... (every third) were the empty ones.
    CHECK(counter % 3 != 2);
  }
  CHECK(rig.client.errors().empty());
}

TEST_CASE("truncated MJPEG frames are dropped and counted, never delivered") {
  EmulatedCameraConfig config = Camera(PixelFormat::kMJPEG);
  config.faults.truncate_every = 2;
  Rig rig(config);
  REQUIRE(rig.Start().ok());
  REQUIRE(WaitForStats(rig.device.get(), [](const V4l2CaptureStats& stats) {
    return stats.dropped(FrameDropReason::kTruncatedMjpeg) >= 3;
  }));
  REQUIRE(rig.client.WaitForFrames(2));
  rig.device->Stop();
  V4l2CaptureStats stats = rig.device->GetStats();
  CHECK(stats.dropped(FrameDropReason::kCorruptMjpeg) == 0);
  for (const VideoFramePtr& frame : rig.client.frames())
    CHECK(ReadEmulatedPictureCounter(*frame) % 2 == 0);
}

TEST_CASE("a silent driver mutes the capture and its next frame unmutes it") {
  EmulatedCameraConfig config = Camera(PixelFormat::kYUYV);
  config.faults.stall_after_frames = 3;
  config.faults.stall_frames = 30;  // Half a second at 60 fps.
  Rig rig(config);
  rig.device->SetPollTimeoutForTesting(100);
  REQUIRE(rig.Start().ok());
  REQUIRE(rig.client.WaitForEvent(V4l2TestClient::kMuted));
  REQUIRE(rig.client.WaitForEvent(V4l2TestClient::kUnmuted));
  REQUIRE(rig.client.WaitForFrames(6));
  rig.device->Stop();
  std::vector<V4l2TestClient::Event> events = rig.client.events();
  // frame x3, muted, unmuted, frames: the unmute comes with the first new
  // frame, and only once.
  size_t muted = 0, unmuted = 0, first_mute = events.size();
  for (size_t i = 0; i < events.size(); ++i) {
    if (events[i] == V4l2TestClient::kMuted) {
      ++muted;
      first_mute = std::min(first_mute, i);
    }
    unmuted += events[i] == V4l2TestClient::kUnmuted;
  }
  CHECK(muted == 1);
  CHECK(unmuted == 1);
  CHECK(first_mute == 3);
  REQUIRE(first_mute + 2 < events.size());
  CHECK(events[first_mute + 1] == V4l2TestClient::kUnmuted);
  CHECK(events[first_mute + 2] == V4l2TestClient::kFrame);
  CHECK(rig.device->GetStats().poll_timeouts >= 1);
}

TEST_CASE("a driver stalled by the test mutes until it resumes") {
  Rig rig(Camera(PixelFormat::kNV12));
  rig.device->SetPollTimeoutForTesting(50);
  REQUIRE(rig.Start().ok());
  REQUIRE(rig.client.WaitForFrames(1));
  rig.driver.SetStalled(kPath, true);
  REQUIRE(rig.client.WaitForEvent(V4l2TestClient::kMuted));
  size_t frames_when_muted = rig.client.frames().size();
  rig.driver.SetStalled(kPath, false);
  REQUIRE(rig.client.WaitForEvent(V4l2TestClient::kUnmuted));
  REQUIRE(rig.client.WaitForFrames(frames_when_muted + 1));
  CHECK(rig.client.errors().empty());
}

TEST_CASE(
    "Stop joins the capture thread, releases the camera and is safe "
    "twice") {
  Rig rig(Camera(PixelFormat::kYUYV));
  REQUIRE(rig.Start().ok());
  REQUIRE(rig.client.WaitForFrames(2));
  rig.device->Stop();
  CHECK(rig.device->state() == DeviceState::kStopped);
  size_t events = rig.client.events().size();
  CHECK(rig.driver.open_fd_count() == 0);
  CHECK(rig.driver.mapping_count() == 0);
  rig.device->Stop();
  CHECK(rig.device->state() == DeviceState::kStopped);
  // No callback after Stop returned, however long we wait.
  CHECK_FALSE(
      rig.client.WaitForMoreEventsThan(events, std::chrono::milliseconds(100)));
}

TEST_CASE("a stopped device refuses to start again") {
  Rig rig(Camera(PixelFormat::kYUYV));
  REQUIRE(rig.Start().ok());
  rig.device->Stop();
  Status status = rig.Start();
  CHECK_FALSE(status.ok());
  CHECK(status.code() == kV4l2InvalidState);
}

TEST_CASE("a device that never started stops cleanly") {
  Rig rig(Camera(PixelFormat::kYUYV));
  REQUIRE(rig.open_status.ok());
  CHECK(rig.driver.open_fd_count() == 1);
  rig.device->Stop();
  CHECK(rig.device->state() == DeviceState::kStopped);
  CHECK(rig.driver.open_fd_count() == 0);
}

TEST_CASE("destroying a streaming device stops it") {
  Rig rig(Camera(PixelFormat::kYUYV));
  REQUIRE(rig.Start().ok());
  REQUIRE(rig.client.WaitForFrames(1));
  rig.device.reset();
  CHECK(rig.driver.open_fd_count() == 0);
  CHECK(rig.driver.mapping_count() == 0);
}

}  // namespace
}  // namespace mediacapture

namespace mediacapture {
namespace {

// Checks each frame against the pattern as it arrives and keeps none, so
// that the capture reuses its pooled frames.
class CheckingClient : public CaptureDeviceClient {
 public:
  CheckingClient(int luma, int chroma) : luma_(luma), chroma_(chroma) {}
  void OnVideoFrame(const VideoFramePtr& frame) override {
    int64_t counter = ReadEmulatedPictureCounter(*frame);
    VideoFrame reference;
    RenderEmulatedPictureI420(frame->width, frame->height,
                              static_cast<uint32_t>(counter), &reference);
    std::lock_guard<std::mutex> lock(mutex_);
    if (counter < 0 || MaxPlaneDifference(*frame, reference, false) > luma_ ||
        MaxPlaneDifference(*frame, reference, true) > chroma_)
      ++bad_;
    ++frames_;
    changed_.notify_all();
  }
  void OnError(const Status&) override {}
  void OnMuted(bool) override {}
  bool WaitForFrames(int count) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::seconds(10),
                             [&] { return frames_ >= count; });
  }
  int bad() {
    std::lock_guard<std::mutex> lock(mutex_);
    return bad_;
  }

 private:
  const int luma_, chroma_;
  std::mutex mutex_;
  std::condition_variable changed_;
  int frames_ = 0;
  int bad_ = 0;
};

TEST_CASE("frames reused from the pool carry only their own picture") {
  for (PixelFormat format : {PixelFormat::kYUYV, PixelFormat::kMJPEG}) {
    DYNAMIC_SECTION(FourccToString(static_cast<uint32_t>(format))) {
      EmulatedV4l2Driver driver;
      EmulatedCameraConfig config = Camera(format);
      driver.AddCamera(config);
      VideoCaptureMode mode;
      mode.pixel_format = format;
      mode.min_width = mode.max_width = kWidth;
      mode.min_height = mode.max_height = kHeight;
      mode.min_frame_rate = mode.max_frame_rate = kFps;
      Status status;
      CheckingClient client(format == PixelFormat::kMJPEG ? 12 : 0,
                            format == PixelFormat::kMJPEG ? 12 : 0);
      auto device = V4l2CaptureDevice::Open(UnownedV4l2Device(&driver), kPath,
                                            config.bus_info, {mode}, &status);
      REQUIRE(device);
      VideoCaptureParams params;
      params.width = kWidth;
      params.height = kHeight;
      params.frame_rate = kFps;
      REQUIRE(device->StartVideo(params, &client).ok());
      // More frames than the pool holds, so that slots come round again.
      REQUIRE(client.WaitForFrames(2 * kV4l2FramePoolSize + 2));
      device->Stop();
      CHECK(client.bad() == 0);
    }
  }
}

TEST_CASE("a capture keeps its device alive after the owner lets go") {
  auto driver = std::make_shared<EmulatedV4l2Driver>();
  driver->AddCamera(Camera(PixelFormat::kNV12));
  VideoCaptureMode mode;
  mode.pixel_format = PixelFormat::kNV12;
  mode.min_width = mode.max_width = kWidth;
  mode.min_height = mode.max_height = kHeight;
  mode.min_frame_rate = mode.max_frame_rate = kFps;
  V4l2TestClient client;
  Status status;
  auto device = V4l2CaptureDevice::Open(driver, kPath, "", {mode}, &status);
  REQUIRE(device);
  std::weak_ptr<EmulatedV4l2Driver> weak = driver;
  driver.reset();
  CHECK_FALSE(weak.expired());
  VideoCaptureParams params;
  params.width = kWidth;
  params.height = kHeight;
  params.frame_rate = kFps;
  REQUIRE(device->StartVideo(params, &client).ok());
  REQUIRE(client.WaitForFrames(2));
  device.reset();
  CHECK(weak.expired());
}

}  // namespace
}  // namespace mediacapture

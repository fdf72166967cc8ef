// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// v4l2_bench: what a delivered frame costs in CPU on the capture thread of
// platform/v4l2, for 1280x720 at 30 fps from the emulated driver, in YUYV
// and MJPEG, next to the floor: a plain memcpy of the same bytes.
//
//   out/<dir>/v4l2_bench [seconds]
//
// The capture-thread figure is CLOCK_THREAD_CPUTIME_ID read in the client's
// OnVideoFrame (which runs on the capture thread) over the measured frames,
// divided by their number. It covers poll, DQBUF/QBUF, the conversion to
// I420, the frame's allocation, and the emulated driver's own work, which
// is one memcpy per frame from a cache of pre-rendered frames (so the floor
// column is also what the emulator adds). "convert only" runs the converter
// alone over one buffer in a loop. No figure is asserted anywhere.

#include <time.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <mutex>
#include <vector>

#include "platform/v4l2/emulated_picture.h"
#include "platform/v4l2/emulated_v4l2_driver.h"
#include "platform/v4l2/v4l2_capture_device.h"
#include "platform/v4l2/v4l2_frame_converter.h"
#include "platform/v4l2/v4l2_mode_enumerator.h"
#include "platform/v4l2/v4l2_pixel_formats.h"

namespace mediacapture {
namespace {

constexpr int kWidth = 1280;
constexpr int kHeight = 720;
constexpr int kFps = 30;
// Distinct pre-rendered frames the emulator cycles through: a second's
// worth, so that the counter still changes frame to frame.
constexpr int kCachedFrames = kFps;
// Frames skipped before measuring: the emulator renders its cache during
// the first kCachedFrames frames (JPEG encoding included).
constexpr int kWarmupFrames = kCachedFrames + 5;

double ThreadCpuMs() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * 1e3 + now.tv_nsec / 1e6;
}

// Records the capture thread's CPU clock at the first and last measured
// frame.
class TimingClient : public CaptureDeviceClient {
 public:
  explicit TimingClient(int measured_frames)
      : measured_frames_(measured_frames) {}

  void OnVideoFrame(const VideoFramePtr& frame) override {
    (void)frame;
    std::lock_guard<std::mutex> lock(mutex_);
    ++frames_;
    if (frames_ == kWarmupFrames)
      start_cpu_ms_ = ThreadCpuMs();
    if (frames_ == kWarmupFrames + measured_frames_) {
      end_cpu_ms_ = ThreadCpuMs();
      done_.notify_all();
    }
  }
  void OnError(const Status& status) override {
    std::fprintf(stderr, "v4l2_bench: capture failed: %s\n",
                 status.message().c_str());
    std::lock_guard<std::mutex> lock(mutex_);
    failed_ = true;
    done_.notify_all();
  }
  void OnMuted(bool muted) override { (void)muted; }

  // CPU ms per frame, or -1 on failure or timeout.
  double Wait(std::chrono::seconds timeout) {
    std::unique_lock<std::mutex> lock(mutex_);
    bool done = done_.wait_for(lock, timeout, [this] {
      return failed_ || frames_ >= kWarmupFrames + measured_frames_;
    });
    if (!done || failed_)
      return -1;
    return (end_cpu_ms_ - start_cpu_ms_) / measured_frames_;
  }

 private:
  const int measured_frames_;
  std::mutex mutex_;
  std::condition_variable done_;
  int frames_ = 0;
  bool failed_ = false;
  double start_cpu_ms_ = 0;
  double end_cpu_ms_ = 0;
};

double CaptureCpuPerFrameMs(PixelFormat format, int measured_frames) {
  EmulatedV4l2Driver driver;
  EmulatedCameraConfig config = EmulatedCameraConfig::Single(
      "/dev/video0", format, kWidth, kHeight, kFps);
  config.pattern_cache_frames = kCachedFrames;
  driver.AddCamera(config);
  std::vector<VideoCaptureMode> modes;
  Status status;
  TimingClient client(measured_frames);
  // The modes come from the driver, as the factory would read them.
  int fd = driver.Open(config.path.c_str(), 0);
  EnumerateVideoModes(&driver, fd, &modes);
  driver.Close(fd);
  auto device = V4l2CaptureDevice::Open(UnownedV4l2Device(&driver), config.path,
                                        config.bus_info, modes, &status);
  VideoCaptureParams params;
  params.width = kWidth;
  params.height = kHeight;
  params.frame_rate = kFps;
  if (!device || !device->StartVideo(params, &client).ok())
    return -1;
  double ms = client.Wait(
      std::chrono::seconds((kWarmupFrames + measured_frames) / kFps + 10));
  device->Stop();
  return ms;
}

// CPU ms per call of |work|, over enough calls to last ~0.3 s.
template <typename Work>
double CpuPerCallMs(Work work) {
  work();  // Warm caches and lazy set-up.
  int calls = 0;
  double start = ThreadCpuMs();
  double now = start;
  while (now - start < 300) {
    work();
    ++calls;
    now = ThreadCpuMs();
  }
  return (now - start) / calls;
}

void Report(PixelFormat format, int measured_frames) {
  std::vector<uint8_t> input;
  RenderEmulatedPicture(format, kWidth, kHeight, 1, &input);
  // The floor copies from as many distinct buffers as the emulator cycles
  // through, so that it reads memory as cold as the capture does.
  std::vector<std::vector<uint8_t>> sources(kCachedFrames, input);
  std::vector<uint8_t> copy(input.size());
  size_t next = 0;
  double memcpy_ms = CpuPerCallMs([&] {
    const std::vector<uint8_t>& source = sources[next++ % sources.size()];
    std::memcpy(copy.data(), source.data(), source.size());
    // Keep the copy observable so it is not optimized away.
    __asm__ __volatile__("" : : "r"(copy.data()) : "memory");
  });
  uint32_t bytes_per_line = format == PixelFormat::kYUYV ? 2 * kWidth : 0;
  V4l2FrameConverter converter(format, kWidth, kHeight, bytes_per_line);
  double convert_ms = CpuPerCallMs([&] {
    VideoFrame frame;
    FrameDropReason reason;
    converter.Convert(input.data(), input.size(), &frame, &reason);
  });
  double capture_ms = CaptureCpuPerFrameMs(format, measured_frames);
  std::printf("%-6s %11zu %14.3f %13.3f %12.4f\n",
              FourccToString(static_cast<uint32_t>(format)).c_str(),
              input.size(), capture_ms, convert_ms, memcpy_ms);
}

}  // namespace
}  // namespace mediacapture

int main(int argc, char** argv) {
  using namespace mediacapture;
  int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
  int measured_frames = seconds * kFps;
  std::printf(
      "v4l2_bench: %dx%d at %d fps from the emulated driver, %d frames "
      "measured per format (after %d warm-up)\n"
      "CPU per frame in ms: the capture thread per delivered frame, the "
      "conversion alone, and a memcpy of the same bytes (the floor)\n\n",
      kWidth, kHeight, kFps, measured_frames, kWarmupFrames);
  std::printf("%-6s %11s %14s %13s %12s\n", "format", "bytes/frame",
              "capture ms", "convert ms", "memcpy ms");
  Report(PixelFormat::kYUYV, measured_frames);
  Report(PixelFormat::kMJPEG, measured_frames);
  return 0;
}

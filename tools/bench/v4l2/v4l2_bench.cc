// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// v4l2_bench: what a delivered frame costs in CPU on the capture thread,
// for 1280x720 at 30 fps from the emulated driver, in YUYV and MJPEG, from
// the driver through V4l2CaptureDevice, CaptureSource and TrackDelivery to
// a sink, next to the floor: a plain memcpy of the same bytes.
//
//   out/<dir>/v4l2_bench [seconds]
//
// Columns, CPU ms per delivered frame (CLOCK_THREAD_CPUTIME_ID of the
// capture thread, read in the sink, over the measured frames):
//   capture  everything the capture thread spent.
//   driver   inside the V4l2Device calls (poll, DQBUF, QBUF), measured by a
//            timing decorator around the emulated driver; this includes...
//   copy     ...the emulated driver's memcpy of a pre-rendered picture into
//            the buffer (what a real camera's DMA does without the CPU).
//   ours     capture - driver: conversion, scaling, fan-out, sinks.
//   convert  the converter alone over one buffer in a loop.
//   memcpy   a memcpy of the frame's bytes (from as many distinct buffers as
//            the emulator cycles through, so memory is as cold).
//   ratio    ours / memcpy (raw formats; for MJPEG see tools/bench/mjpeg),
//            and ours / copy: the emulator's copy is a memcpy of the same
//            bytes on the same thread, as cold as our conversion's.
// Rows: one track at the camera's size, and three tracks at 640x360 (one
// shared scale per frame). No figure is asserted anywhere.

#include <poll.h>
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

#include "core/mediastream/capture_source.h"
#include "core/mediastream/track_delivery.h"
#include "mediacapture/media_sink.h"
#include "mediacapture/task_runner.h"
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
// Frames skipped before measuring: the emulator renders its cache when
// streaming starts, and the frame pool fills during the first frames.
constexpr int kWarmupFrames = kCachedFrames + 5;

int64_t ThreadCpuNs() {
  timespec now;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
  return int64_t{now.tv_sec} * 1000000000 + now.tv_nsec;
}

// Forwards to the emulated driver and adds up the CPU time spent inside
// Poll() and Ioctl() (only the capture thread calls them while measuring).
class TimingV4l2Device : public V4l2Device {
 public:
  explicit TimingV4l2Device(V4l2Device* device) : device_(device) {}

  int64_t cpu_ns() const { return cpu_ns_.load(); }

  int Open(const char* path, int flags) override {
    return device_->Open(path, flags);
  }
  int Close(int fd) override { return device_->Close(fd); }
  int Ioctl(int fd, unsigned long request, void* arg) override {
    int64_t start = ThreadCpuNs();
    int result = device_->Ioctl(fd, request, arg);
    int error = errno;
    cpu_ns_ += ThreadCpuNs() - start;
    errno = error;
    return result;
  }
  void* Mmap(void* addr,
             size_t length,
             int prot,
             int flags,
             int fd,
             off_t offset) override {
    return device_->Mmap(addr, length, prot, flags, fd, offset);
  }
  int Munmap(void* addr, size_t length) override {
    return device_->Munmap(addr, length);
  }
  int Poll(struct pollfd* fds, nfds_t nfds, int timeout_ms) override {
    int64_t start = ThreadCpuNs();
    int result = device_->Poll(fds, nfds, timeout_ms);
    int error = errno;
    cpu_ns_ += ThreadCpuNs() - start;
    errno = error;
    return result;
  }

 private:
  V4l2Device* const device_;
  std::atomic<int64_t> cpu_ns_{0};
};

// The source posts only state changes (mute, errors): none are expected.
class NullTaskRunner : public TaskRunner {
 public:
  void PostTask(Task task) override { (void)task; }
  void PostDelayedTask(Task task, int64_t delay_ms) override {
    (void)task;
    (void)delay_ms;
  }
  void AddPendingActivity() override {}
  void RemovePendingActivity() override {}
};

class NullObserver : public CaptureSource::Observer {
 public:
  void OnSourceEnded() override {}
  void OnSourceMuted(bool muted) override { (void)muted; }
};

struct Sample {
  int64_t capture_ns = 0;
  int64_t driver_ns = 0;
  int64_t copy_ns = 0;
};

// A sink that reads one byte of each plane row 0 (as a consumer would
// touch the frame) and samples the capture thread's clocks at the first
// and last measured frame.
class TimingSink : public VideoSink {
 public:
  TimingSink(int measured_frames,
             const TimingV4l2Device* device,
             const EmulatedV4l2Driver* driver)
      : measured_frames_(measured_frames), device_(device), driver_(driver) {}

  void OnVideoFrame(const VideoFrameView& frame) override {
    checksum_ += frame.y[0] + frame.u[0];
    std::lock_guard<std::mutex> lock(mutex_);
    ++frames_;
    if (frames_ == kWarmupFrames)
      start_ = Now();
    if (frames_ == kWarmupFrames + measured_frames_) {
      end_ = Now();
      done_.notify_all();
    }
  }

  // Per-frame figures in ms, or false on timeout.
  bool Wait(std::chrono::seconds timeout, Sample* per_frame) {
    std::unique_lock<std::mutex> lock(mutex_);
    if (!done_.wait_for(lock, timeout, [this] {
          return frames_ >= kWarmupFrames + measured_frames_;
        }))
      return false;
    per_frame->capture_ns =
        (end_.capture_ns - start_.capture_ns) / measured_frames_;
    per_frame->driver_ns =
        (end_.driver_ns - start_.driver_ns) / measured_frames_;
    per_frame->copy_ns = (end_.copy_ns - start_.copy_ns) / measured_frames_;
    return true;
  }

 private:
  Sample Now() const {
    Sample sample;
    sample.capture_ns = ThreadCpuNs();
    sample.driver_ns = device_->cpu_ns();
    sample.copy_ns = driver_->copy_cpu_ns();
    return sample;
  }

  const int measured_frames_;
  const TimingV4l2Device* const device_;
  const EmulatedV4l2Driver* const driver_;
  std::mutex mutex_;
  std::condition_variable done_;
  int frames_ = 0;
  Sample start_, end_;
  uint32_t checksum_ = 0;
};

// Streams |format| through a CaptureSource with |tracks| tracks at
// |track_width|x|track_height| (0: the camera's size).
bool MeasureCapture(PixelFormat format,
                    int measured_frames,
                    int tracks,
                    int track_width,
                    int track_height,
                    Sample* per_frame) {
  EmulatedV4l2Driver driver;
  TimingV4l2Device timing(&driver);
  EmulatedCameraConfig config = EmulatedCameraConfig::Single(
      "/dev/video0", format, kWidth, kHeight, kFps);
  config.pattern_cache_frames = kCachedFrames;
  driver.AddCamera(config);
  std::vector<VideoCaptureMode> modes;
  Status status;
  // The modes come from the driver, as the factory would read them.
  int fd = driver.Open(config.path.c_str(), 0);
  EnumerateVideoModes(&driver, fd, &modes);
  driver.Close(fd);
  auto device = V4l2CaptureDevice::Open(UnownedV4l2Device(&timing), config.path,
                                        config.bus_info, modes, &status);
  if (!device)
    return false;
  NullTaskRunner task_runner;
  DeviceDescriptor descriptor;
  descriptor.video_modes = modes;
  auto source = std::make_shared<CaptureSource>(descriptor, std::move(device),
                                                &task_runner);
  std::vector<NullObserver> observers(tracks);
  std::vector<std::shared_ptr<TrackDelivery>> deliveries;
  TimingSink sink(measured_frames, &timing, &driver);
  for (int i = 0; i < tracks; ++i) {
    auto delivery = std::make_shared<TrackDelivery>();
    TrackDelivery::VideoSettings settings;
    settings.width = track_width;
    settings.height = track_height;
    delivery->SetVideoSettings(settings);
    if (i == 0)
      delivery->AddVideoSink(&sink);
    source->AddTrack(&observers[i], delivery);
    deliveries.push_back(delivery);
  }
  VideoCaptureParams params;
  params.width = kWidth;
  params.height = kHeight;
  params.frame_rate = kFps;
  if (!source->StartVideo(params).ok())
    return false;
  bool done = sink.Wait(
      std::chrono::seconds((kWarmupFrames + measured_frames) / kFps + 10),
      per_frame);
  for (int i = 0; i < tracks; ++i)
    source->RemoveTrack(&observers[i]);  // The last one stops the device.
  deliveries[0]->RemoveVideoSink(&sink);
  return done;
}

// CPU ms per call of |work|, over enough calls to last ~0.3 s.
template <typename Work>
double CpuPerCallMs(Work work) {
  work();  // Warm caches and lazy set-up.
  int calls = 0;
  int64_t start = ThreadCpuNs();
  int64_t now = start;
  while (now - start < 300000000) {
    work();
    ++calls;
    now = ThreadCpuNs();
  }
  return (now - start) / 1e6 / calls;
}

void Report(PixelFormat format, int measured_frames) {
  std::vector<uint8_t> input;
  RenderEmulatedPicture(format, kWidth, kHeight, 1, &input);
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
  VideoFrame frame;
  // From the same cold buffers as the memcpy: a camera's buffer is not in
  // the cache either.
  double convert_ms = CpuPerCallMs([&] {
    const std::vector<uint8_t>& source = sources[next++ % sources.size()];
    FrameDropReason reason;
    converter.Convert(source.data(), source.size(), &frame, &reason);
  });
  struct Row {
    const char* what;
    int tracks, width, height;
  } rows[] = {{"1 track 1280x720", 1, 0, 0}, {"3 tracks 640x360", 3, 640, 360}};
  for (const Row& row : rows) {
    Sample sample;
    if (!MeasureCapture(format, measured_frames, row.tracks, row.width,
                        row.height, &sample)) {
      std::printf("%-6s %-18s capture failed\n",
                  FourccToString(static_cast<uint32_t>(format)).c_str(),
                  row.what);
      continue;
    }
    double capture_ms = sample.capture_ns / 1e6;
    double driver_ms = sample.driver_ns / 1e6;
    double copy_ms = sample.copy_ns / 1e6;
    double ours_ms = capture_ms - driver_ms;
    std::printf("%-6s %-18s %9.3f %8.3f %7.3f %7.3f %8.3f %8.4f",
                FourccToString(static_cast<uint32_t>(format)).c_str(), row.what,
                capture_ms, driver_ms, copy_ms, ours_ms, convert_ms, memcpy_ms);
    // A memcpy of a JPEG's few bytes is no floor for decoding it.
    if (format == PixelFormat::kMJPEG)
      std::printf(" %6s %6s\n", "-", "-");
    else
      std::printf(" %6.2f %6.2f\n", ours_ms / memcpy_ms, ours_ms / copy_ms);
  }
}

}  // namespace
}  // namespace mediacapture

int main(int argc, char** argv) {
  using namespace mediacapture;
  int seconds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 3;
  int measured_frames = seconds * kFps;
  std::printf(
      "v4l2_bench: %dx%d at %d fps from the emulated driver through "
      "CaptureSource to a sink, %d frames measured per row (after %d "
      "warm-up)\n"
      "CPU ms per frame on the capture thread: capture = driver (poll, "
      "DQBUF, QBUF; includes the emulator's copy) + ours (conversion, "
      "scaling, delivery); convert alone; memcpy of the camera's bytes; "
      "ratio = ours / memcpy\n\n",
      kWidth, kHeight, kFps, measured_frames, kWarmupFrames);
  std::printf("%-6s %-18s %9s %8s %7s %7s %8s %8s %6s %6s\n", "format",
              "tracks", "capture", "driver", "copy", "ours", "convert",
              "memcpy", "/mcpy", "/copy");
  Report(PixelFormat::kYUYV, measured_frames);
  Report(PixelFormat::kMJPEG, measured_frames);
  return 0;
}

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_EMULATED_CAMERA_CONFIG_H_
#define PLATFORM_V4L2_EMULATED_CAMERA_CONFIG_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "platform/capture/capture_mode.h"

namespace mediacapture {

// A frame interval in seconds, as V4L2 writes it (1/30 is 30 fps).
struct EmulatedInterval {
  uint32_t numerator = 1;
  uint32_t denominator = 30;
};

// The intervals a driver offers for one size: a discrete list
// (V4L2_FRMIVAL_TYPE_DISCRETE), or a stepwise range (min, max, step;
// V4L2_FRMIVAL_TYPE_CONTINUOUS when the step is 1/denominator of max).
struct EmulatedIntervals {
  std::vector<EmulatedInterval> discrete = {{1, 30}};
  bool stepwise = false;
  EmulatedInterval min, max, step;
};

// One size entry of a format: discrete when min == max. A format has either
// discrete sizes or exactly one stepwise entry, as the kernel requires.
struct EmulatedFrameSize {
  uint32_t min_width = 640, max_width = 640, step_width = 1;
  uint32_t min_height = 480, max_height = 480, step_height = 1;
  EmulatedIntervals intervals;

  bool discrete() const {
    return min_width == max_width && min_height == max_height;
  }
  static EmulatedFrameSize Discrete(uint32_t width,
                                    uint32_t height,
                                    std::vector<uint32_t> fps = {30});
  static EmulatedFrameSize Stepwise(uint32_t min_width,
                                    uint32_t max_width,
                                    uint32_t step_width,
                                    uint32_t min_height,
                                    uint32_t max_height,
                                    uint32_t step_height,
                                    uint32_t min_fps,
                                    uint32_t max_fps);
};

struct EmulatedFormat {
  PixelFormat format = PixelFormat::kYUYV;
  std::vector<EmulatedFrameSize> sizes;
  // Set as libv4l2 sets it on formats it converts in software.
  bool emulated_flag = false;
};

// Faults to inject. Frame numbers count the frames the driver produces,
// from 0.
struct EmulatedFaults {
  // open() fails with EBUSY (another process holds the camera exclusively).
  bool busy_on_open = false;
  // VIDIOC_S_FMT and VIDIOC_REQBUFS fail with EBUSY (another process
  // streams: the way most drivers refuse a second user).
  bool busy_on_set_format = false;
  // Every other ioctl is interrupted once by a signal (EINTR) before it runs.
  bool interrupt_ioctls = false;
  // The camera is unplugged once this many frames were produced (-1: never):
  // DQBUF says ENODEV, poll says POLLERR, open says ENOENT.
  int unplug_after_frames = -1;
  // Before each successful DQBUF, this many fail with EAGAIN although poll
  // said the device was readable.
  int eagain_per_frame = 0;
  // Every Nth frame (1-based: frames N-1, 2N-1, ...) has bytesused 0 (0:
  // never).
  int zero_bytesused_every = 0;
  // Every Nth frame is cut to half its bytes (MJPEG: a truncated JPEG; raw
  // formats: a short buffer) (0: never).
  int truncate_every = 0;
  // The driver goes silent after this many frames (-1: never), for
  // |stall_frames| frame intervals, then resumes.
  int stall_after_frames = -1;
  int stall_frames = 0;
};

// One emulated /dev/video node.
struct EmulatedCameraConfig {
  std::string path = "/dev/video0";
  std::string driver = "uvcvideo";
  std::string card = "Emulated Camera";
  std::string bus_info = "usb-0000:00:14.0-1";
  // A metadata node (V4L2_CAP_META_CAPTURE without VIDEO_CAPTURE), as UVC
  // cameras expose beside their capture node.
  bool metadata_node = false;
  // V4L2_CID_CAMERA_ORIENTATION, when the driver has the control.
  std::optional<int> orientation;
  std::vector<EmulatedFormat> formats;
  EmulatedFaults faults;
  // Render this many distinct frames once and cycle through them, so that
  // producing a frame costs a copy (benchmarks); 0 renders every frame.
  int pattern_cache_frames = 0;
  int jpeg_quality = 90;

  // Fixtures by role. A USB webcam: YUYV up to 1280x720 (10 fps there, as
  // USB 2.0 bandwidth allows), MJPEG up to 1920x1080 at 30 fps.
  static EmulatedCameraConfig Webcam(const std::string& path,
                                     const std::string& bus_info);
  // A driver with stepwise sizes and a continuous interval range (as ISP and
  // loopback drivers report): NV12, 64x64 to 1920x1080 in steps of 16x8,
  // 1 to 60 fps.
  static EmulatedCameraConfig Stepwise(const std::string& path,
                                       const std::string& bus_info);
  // One format, one size, one rate: what a streaming test needs.
  static EmulatedCameraConfig Single(const std::string& path,
                                     PixelFormat format,
                                     uint32_t width,
                                     uint32_t height,
                                     uint32_t fps);
  // The metadata node a UVC camera adds beside its capture node.
  static EmulatedCameraConfig MetadataNode(const std::string& path,
                                           const std::string& bus_info);
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_EMULATED_CAMERA_CONFIG_H_

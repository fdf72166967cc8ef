// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_mode_enumerator.h"

#include <fcntl.h>

#include <catch2/catch.hpp>

#include "platform/v4l2/emulated_v4l2_driver.h"
#include "platform/v4l2/scoped_v4l2_fd.h"

namespace mediacapture {
namespace {

constexpr char kPath[] = "/dev/video0";

std::vector<VideoCaptureMode> Enumerate(const EmulatedCameraConfig& config) {
  EmulatedV4l2Driver driver;
  driver.AddCamera(config);
  ScopedV4l2Fd fd(&driver, driver.Open(kPath, O_RDWR));
  REQUIRE(fd.is_valid());
  std::vector<VideoCaptureMode> modes;
  Status status = EnumerateVideoModes(&driver, fd.get(), &modes);
  REQUIRE(status.ok());
  return modes;
}

bool Has(const std::vector<VideoCaptureMode>& modes,
         PixelFormat format,
         int width,
         int height,
         double rate) {
  for (const VideoCaptureMode& mode : modes) {
    if (mode.pixel_format == format && mode.is_discrete_size() &&
        mode.max_width == width && mode.max_height == height &&
        mode.min_frame_rate == rate && mode.max_frame_rate == rate)
      return true;
  }
  return false;
}

TEST_CASE("a discrete driver gives one mode per format, size and interval") {
  std::vector<VideoCaptureMode> modes =
      Enumerate(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  // YUYV: 3 sizes x 2 rates; MJPEG: 2 sizes x 2 rates + 1080p at 30.
  CHECK(modes.size() == 11);
  CHECK(Has(modes, PixelFormat::kYUYV, 640, 480, 30));
  CHECK(Has(modes, PixelFormat::kYUYV, 640, 480, 15));
  CHECK(Has(modes, PixelFormat::kYUYV, 1280, 720, 10));
  CHECK(Has(modes, PixelFormat::kMJPEG, 1280, 720, 30));
  CHECK(Has(modes, PixelFormat::kMJPEG, 1920, 1080, 30));
  CHECK_FALSE(Has(modes, PixelFormat::kYUYV, 1280, 720, 30));
}

TEST_CASE("modes are sorted by area, then rate, then preferred format") {
  std::vector<VideoCaptureMode> modes =
      Enumerate(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  REQUIRE(modes.size() == 11);
  CHECK(modes[0].max_width == 1920);
  // 1280x720: MJPEG 30, MJPEG 15, YUYV 10, YUYV 5.
  CHECK(modes[1].pixel_format == PixelFormat::kMJPEG);
  CHECK(modes[1].max_frame_rate == 30);
  CHECK(modes[3].pixel_format == PixelFormat::kYUYV);
  CHECK(modes[3].max_frame_rate == 10);
  // 640x480 at 30: YUYV before MJPEG, the preferred format at that size.
  CHECK(modes[5].max_width == 640);
  CHECK(modes[5].max_frame_rate == 30);
  CHECK(modes[5].pixel_format == PixelFormat::kYUYV);
  CHECK(modes[6].pixel_format == PixelFormat::kMJPEG);
  for (size_t i = 1; i < modes.size(); ++i) {
    CHECK(int64_t{modes[i - 1].max_width} * modes[i - 1].max_height >=
          int64_t{modes[i].max_width} * modes[i].max_height);
  }
}

TEST_CASE("a stepwise driver keeps its size and rate ranges") {
  std::vector<VideoCaptureMode> modes =
      Enumerate(EmulatedCameraConfig::Stepwise(kPath, "platform:isp"));
  REQUIRE(modes.size() == 1);
  const VideoCaptureMode& mode = modes[0];
  CHECK(mode.pixel_format == PixelFormat::kNV12);
  CHECK_FALSE(mode.is_discrete_size());
  CHECK(mode.min_width == 64);
  CHECK(mode.max_width == 1920);
  CHECK(mode.step_width == 16);
  CHECK(mode.min_height == 64);
  CHECK(mode.max_height == 1080);
  CHECK(mode.step_height == 8);
  CHECK(mode.min_frame_rate == Approx(1));
  CHECK(mode.max_frame_rate == Approx(60));
}

TEST_CASE("a stepwise maximum off the grid is lowered onto it") {
  EmulatedCameraConfig config =
      EmulatedCameraConfig::Stepwise(kPath, "platform:isp");
  config.formats[0].sizes = {
      EmulatedFrameSize::Stepwise(64, 1000, 16, 64, 1081, 8, 1, 30)};
  std::vector<VideoCaptureMode> modes = Enumerate(config);
  REQUIRE(modes.size() == 1);
  CHECK(modes[0].min_width == 64);
  CHECK(modes[0].max_width == 992);    // 64 + 58 * 16.
  CHECK(modes[0].max_height == 1080);  // 64 + 127 * 8.
}

TEST_CASE(
    "formats libv4l2 emulates and formats we cannot convert are "
    "skipped") {
  EmulatedCameraConfig config = EmulatedCameraConfig::Webcam(kPath, "usb-1");
  EmulatedFormat emulated;
  emulated.format = PixelFormat::kRGB24;
  emulated.sizes = {EmulatedFrameSize::Discrete(640, 480)};
  emulated.emulated_flag = true;
  EmulatedFormat h264;
  h264.format = static_cast<PixelFormat>(0x34363248);  // 'H264'
  h264.sizes = {EmulatedFrameSize::Discrete(640, 480)};
  config.formats.push_back(emulated);
  config.formats.push_back(h264);
  std::vector<VideoCaptureMode> modes = Enumerate(config);
  CHECK(modes.size() == 11);
  for (const VideoCaptureMode& mode : modes) {
    CHECK(mode.pixel_format != PixelFormat::kRGB24);
    CHECK(static_cast<uint32_t>(mode.pixel_format) != 0x34363248u);
  }
}

TEST_CASE("a size without intervals is assumed to run at 30 fps") {
  EmulatedCameraConfig config =
      EmulatedCameraConfig::Single(kPath, PixelFormat::kUYVY, 320, 240, 30);
  config.formats[0].sizes[0].intervals.discrete.clear();
  std::vector<VideoCaptureMode> modes = Enumerate(config);
  REQUIRE(modes.size() == 1);
  CHECK(modes[0].min_frame_rate == kAssumedFrameRate);
  CHECK(modes[0].max_frame_rate == kAssumedFrameRate);
}

TEST_CASE("sorting is stable for equal modes") {
  std::vector<VideoCaptureMode> modes(3);
  for (int i = 0; i < 3; ++i) {
    modes[i].pixel_format = PixelFormat::kYUYV;
    modes[i].min_width = modes[i].max_width = 640;
    modes[i].min_height = modes[i].max_height = 480;
    modes[i].min_frame_rate = modes[i].max_frame_rate = 30;
    modes[i].step_width = i + 1;  // Marks the original order.
  }
  SortVideoModes(&modes);
  CHECK(modes[0].step_width == 1);
  CHECK(modes[1].step_width == 2);
  CHECK(modes[2].step_width == 3);
}

}  // namespace
}  // namespace mediacapture

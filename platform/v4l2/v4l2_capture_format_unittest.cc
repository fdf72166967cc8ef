// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_capture_format.h"

#include <catch2/catch.hpp>
#include <string>

#include "platform/v4l2/v4l2_pixel_formats.h"

namespace mediacapture {
namespace {

VideoCaptureMode Discrete(PixelFormat format, int w, int h, double fps) {
  VideoCaptureMode mode;
  mode.pixel_format = format;
  mode.min_width = mode.max_width = w;
  mode.min_height = mode.max_height = h;
  mode.min_frame_rate = mode.max_frame_rate = fps;
  return mode;
}

// The emulated webcam's modes: YUYV to 720p (10 fps there), MJPEG to 1080p.
std::vector<VideoCaptureMode> WebcamModes() {
  return {Discrete(PixelFormat::kMJPEG, 1920, 1080, 30),
          Discrete(PixelFormat::kMJPEG, 1280, 720, 30),
          Discrete(PixelFormat::kMJPEG, 1280, 720, 15),
          Discrete(PixelFormat::kYUYV, 1280, 720, 10),
          Discrete(PixelFormat::kYUYV, 640, 480, 30),
          Discrete(PixelFormat::kMJPEG, 640, 480, 30),
          Discrete(PixelFormat::kYUYV, 320, 240, 15),
          Discrete(PixelFormat::kRGB24, 320, 240, 30),
          Discrete(PixelFormat::kNV12, 320, 240, 30)};
}

VideoCaptureMode StepwiseNv12() {
  VideoCaptureMode mode;
  mode.pixel_format = PixelFormat::kNV12;
  mode.min_width = 64;
  mode.max_width = 1920;
  mode.step_width = 16;
  mode.min_height = 64;
  mode.max_height = 1080;
  mode.step_height = 8;
  mode.min_frame_rate = 1;
  mode.max_frame_rate = 60;
  return mode;
}

struct Case {
  const char* claim;
  PixelFormat asked_format;
  int width, height;
  double fps;
  PixelFormat format;
  int chosen_width, chosen_height;
  double chosen_fps;
};

TEST_CASE("the chosen format does the least work for the size and rate") {
  const Case cases[] = {
      {"640x480 at 30 takes YUYV over MJPEG", PixelFormat::kI420, 640, 480, 30,
       PixelFormat::kYUYV, 640, 480, 30},
      {"720p at 30 takes MJPEG, the only format that reaches it",
       PixelFormat::kI420, 1280, 720, 30, PixelFormat::kMJPEG, 1280, 720, 30},
      {"720p at 10 takes YUYV, the one mode whose rate fits exactly",
       PixelFormat::kI420, 1280, 720, 10, PixelFormat::kYUYV, 1280, 720, 10},
      {"320x240 at 30 takes NV12 over RGB24 and slower YUYV",
       PixelFormat::kI420, 320, 240, 30, PixelFormat::kNV12, 320, 240, 30},
      {"320x240 at 15 takes YUYV, the only format offering 15 there",
       PixelFormat::kI420, 320, 240, 15, PixelFormat::kYUYV, 320, 240, 15},
      {"a named native format wins when a mode of that size has it",
       PixelFormat::kYUYV, 1280, 720, 30, PixelFormat::kYUYV, 1280, 720, 10},
      {"rate 0 means the fastest", PixelFormat::kI420, 1920, 1080, 0,
       PixelFormat::kMJPEG, 1920, 1080, 30},
      {"no size asks for 640x480", PixelFormat::kI420, 0, 0, 30,
       PixelFormat::kYUYV, 640, 480, 30},
      {"a size no mode has falls back to the nearest", PixelFormat::kI420, 1900,
       1000, 30, PixelFormat::kMJPEG, 1920, 1080, 30},
  };
  for (const Case& c : cases) {
    DYNAMIC_SECTION(c.claim) {
      VideoCaptureParams params;
      params.pixel_format = c.asked_format;
      params.width = c.width;
      params.height = c.height;
      params.frame_rate = c.fps;
      V4l2CaptureFormat format;
      REQUIRE(ChooseCaptureFormat(WebcamModes(), params, &format).ok());
      CHECK(FourccToString(static_cast<uint32_t>(format.pixel_format)) ==
            FourccToString(static_cast<uint32_t>(c.format)));
      CHECK(format.width == c.chosen_width);
      CHECK(format.height == c.chosen_height);
      CHECK(format.frame_rate == c.chosen_fps);
    }
  }
}

TEST_CASE("above 640x480 MJPEG wins a tie with YUYV, below it loses") {
  // A USB 3 camera offering both at full rate.
  std::vector<VideoCaptureMode> modes = {
      Discrete(PixelFormat::kYUYV, 1280, 720, 30),
      Discrete(PixelFormat::kMJPEG, 1280, 720, 30),
      Discrete(PixelFormat::kMJPEG, 640, 480, 30),
      Discrete(PixelFormat::kYUYV, 640, 480, 30)};
  VideoCaptureParams params;
  params.width = 1280;
  params.height = 720;
  params.frame_rate = 30;
  V4l2CaptureFormat format;
  REQUIRE(ChooseCaptureFormat(modes, params, &format).ok());
  CHECK(format.pixel_format == PixelFormat::kMJPEG);
  params.width = 640;
  params.height = 480;
  REQUIRE(ChooseCaptureFormat(modes, params, &format).ok());
  CHECK(format.pixel_format == PixelFormat::kYUYV);
}

TEST_CASE("a stepwise range gives the exact size and rate asked for") {
  VideoCaptureParams params;
  params.width = 640;
  params.height = 360;
  params.frame_rate = 25;
  V4l2CaptureFormat format;
  REQUIRE(ChooseCaptureFormat({StepwiseNv12()}, params, &format).ok());
  CHECK(format.pixel_format == PixelFormat::kNV12);
  CHECK(format.width == 640);
  CHECK(format.height == 360);
  CHECK(format.frame_rate == 25);
}

TEST_CASE("a stepwise range snaps an off-grid size to its steps") {
  VideoCaptureParams params;
  params.width = 100;
  params.height = 100;
  params.frame_rate = 90;
  V4l2CaptureFormat format;
  REQUIRE(ChooseCaptureFormat({StepwiseNv12()}, params, &format).ok());
  CHECK(format.width == 96);
  CHECK(format.height == 96);
  CHECK(format.frame_rate == 60);
}

TEST_CASE("a device without modes is unsupported") {
  V4l2CaptureFormat format;
  Status status = ChooseCaptureFormat({}, VideoCaptureParams(), &format);
  CHECK(status.category() == ErrorCategory::kUnsupported);
}

TEST_CASE("MJPEG ranks last at 640x480 and first above it") {
  CHECK(PixelFormatRank(PixelFormat::kMJPEG, 640, 480) >
        PixelFormatRank(PixelFormat::kBGR24, 640, 480));
  CHECK(PixelFormatRank(PixelFormat::kMJPEG, 641, 480) <
        PixelFormatRank(PixelFormat::kI420, 641, 480));
  CHECK(PixelFormatRank(PixelFormat::kMJPEG, 640, 481) == 0);
  CHECK(FindPixelFormatPreference(0x34363248) == nullptr);  // 'H264'
}

}  // namespace
}  // namespace mediacapture

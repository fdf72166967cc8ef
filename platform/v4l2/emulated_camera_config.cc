// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/emulated_camera_config.h"

namespace mediacapture {

// static
EmulatedFrameSize EmulatedFrameSize::Discrete(uint32_t width,
                                              uint32_t height,
                                              std::vector<uint32_t> fps) {
  EmulatedFrameSize size;
  size.min_width = size.max_width = width;
  size.min_height = size.max_height = height;
  size.intervals.discrete.clear();
  for (uint32_t rate : fps)
    size.intervals.discrete.push_back({1, rate});
  return size;
}

// static
EmulatedFrameSize EmulatedFrameSize::Stepwise(uint32_t min_width,
                                              uint32_t max_width,
                                              uint32_t step_width,
                                              uint32_t min_height,
                                              uint32_t max_height,
                                              uint32_t step_height,
                                              uint32_t min_fps,
                                              uint32_t max_fps) {
  EmulatedFrameSize size;
  size.min_width = min_width;
  size.max_width = max_width;
  size.step_width = step_width;
  size.min_height = min_height;
  size.max_height = max_height;
  size.step_height = step_height;
  size.intervals.discrete.clear();
  size.intervals.stepwise = true;
  // From 1/max_fps to 1/min_fps seconds over a common denominator, so
  // that both ends are whole steps.
  uint32_t denominator = max_fps * min_fps;
  size.intervals.min = {min_fps, denominator};
  size.intervals.max = {max_fps, denominator};
  size.intervals.step = {1, denominator};
  return size;
}

// static
EmulatedCameraConfig EmulatedCameraConfig::Webcam(const std::string& path,
                                                  const std::string& bus_info) {
  EmulatedCameraConfig config;
  config.path = path;
  config.bus_info = bus_info;
  config.card = "Emulated Webcam";
  EmulatedFormat yuyv;
  yuyv.format = PixelFormat::kYUYV;
  yuyv.sizes = {EmulatedFrameSize::Discrete(640, 480, {30, 15}),
                EmulatedFrameSize::Discrete(320, 240, {30, 15}),
                EmulatedFrameSize::Discrete(1280, 720, {10, 5})};
  EmulatedFormat mjpeg;
  mjpeg.format = PixelFormat::kMJPEG;
  mjpeg.sizes = {EmulatedFrameSize::Discrete(1280, 720, {30, 15}),
                 EmulatedFrameSize::Discrete(640, 480, {30, 15}),
                 EmulatedFrameSize::Discrete(1920, 1080, {30})};
  config.formats = {yuyv, mjpeg};
  return config;
}

// static
EmulatedCameraConfig EmulatedCameraConfig::Stepwise(
    const std::string& path,
    const std::string& bus_info) {
  EmulatedCameraConfig config;
  config.path = path;
  config.bus_info = bus_info;
  config.driver = "emulated-isp";
  config.card = "Emulated Stepwise Camera";
  EmulatedFormat nv12;
  nv12.format = PixelFormat::kNV12;
  nv12.sizes = {EmulatedFrameSize::Stepwise(64, 1920, 16, 64, 1080, 8, 1, 60)};
  config.formats = {nv12};
  return config;
}

// static
EmulatedCameraConfig EmulatedCameraConfig::Single(const std::string& path,
                                                  PixelFormat format,
                                                  uint32_t width,
                                                  uint32_t height,
                                                  uint32_t fps) {
  EmulatedCameraConfig config;
  config.path = path;
  config.bus_info = "platform:" + path;
  EmulatedFormat only;
  only.format = format;
  only.sizes = {EmulatedFrameSize::Discrete(width, height, {fps})};
  config.formats = {only};
  return config;
}

// static
EmulatedCameraConfig EmulatedCameraConfig::MetadataNode(
    const std::string& path,
    const std::string& bus_info) {
  EmulatedCameraConfig config;
  config.path = path;
  config.bus_info = bus_info;
  config.metadata_node = true;
  return config;
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_CAPTURE_CAPTURE_MODE_H_
#define PLATFORM_CAPTURE_CAPTURE_MODE_H_

#include <cstdint>

namespace mediacapture {

// Pixel formats a camera can produce, as V4L2 fourcc codes. Frames reach
// sinks as I420 whatever the device produced.
enum class PixelFormat : uint32_t {
  kUnknown = 0,
  kI420 = 0x32315559,   // 'YU12'
  kYUYV = 0x56595559,   // 'YUYV'
  kUYVY = 0x59565955,   // 'UYVY'
  kNV12 = 0x3231564e,   // 'NV12'
  kRGB24 = 0x33424752,  // 'RGB3'
  kBGR24 = 0x33524742,  // 'BGR3'
  kMJPEG = 0x47504a4d,  // 'MJPG'
};

// One native mode of a camera: a pixel format, a size (or a stepwise range of
// sizes: min == max for a discrete size) and a frame-rate range (min == max
// for a discrete interval). Stepwise ranges are kept, never flattened; their
// sizes are min + k * step up to max, which is on that grid too.
struct VideoCaptureMode {
  PixelFormat pixel_format = PixelFormat::kI420;
  int min_width = 0;
  int max_width = 0;
  int step_width = 1;
  int min_height = 0;
  int max_height = 0;
  int step_height = 1;
  double min_frame_rate = 0;
  double max_frame_rate = 0;

  bool is_discrete_size() const {
    return min_width == max_width && min_height == max_height;
  }
};

// What a microphone can do: ranges of sample rate, channel count and latency
// (seconds), the sample size in bits, and which processing the source really
// does (true only where the source provides it, e.g. module-echo-cancel).
struct AudioCaptureMode {
  int min_sample_rate = 0;
  int max_sample_rate = 0;
  int min_channel_count = 0;
  int max_channel_count = 0;
  int sample_size = 0;
  double min_latency = 0;
  double max_latency = 0;
  bool echo_cancellation = false;
  bool noise_suppression = false;
  bool auto_gain_control = false;
};

// What core asks a video device to capture.
struct VideoCaptureParams {
  PixelFormat pixel_format = PixelFormat::kI420;
  int width = 0;
  int height = 0;
  double frame_rate = 0;
};

// What core asks a microphone to capture.
struct AudioCaptureParams {
  int sample_rate = 48000;
  int channel_count = 1;
  // Target latency, seconds.
  double latency = 0.01;
};

}  // namespace mediacapture

#endif  // PLATFORM_CAPTURE_CAPTURE_MODE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_CAPTURE_FORMAT_H_
#define PLATFORM_V4L2_V4L2_CAPTURE_FORMAT_H_

#include <vector>

#include "platform/capture/capture_mode.h"
#include "platform/capture/status.h"

namespace mediacapture {

// The size a caller that names none gets: Chromium's default capture size
// (media::kDefaultCaptureWidth/Height), which every webcam offers.
constexpr int kDefaultCaptureWidth = 640;
constexpr int kDefaultCaptureHeight = 480;

// What a capture asks the driver for (VIDIOC_S_FMT, VIDIOC_S_PARM).
struct V4l2CaptureFormat {
  PixelFormat pixel_format = PixelFormat::kUnknown;
  int width = 0;
  int height = 0;
  double frame_rate = 0;
};

// Chooses the native format to capture |params| with, among |modes|:
//  1. the modes offering params' exact size (a discrete size, or a stepwise
//     range containing it); when none does, the nearest size (sum of the
//     width and height differences): core picks sizes from our own modes,
//     so this only covers a caller that asks for something else, and the
//     frames then come at the size the driver gives;
//  2. a native format the caller named (params.pixel_format other than
//     kI420, which means "any"), when one of those modes has it;
//  3. the smallest distance from params.frame_rate to the mode's range
//     (0 inside it; params.frame_rate 0 means the fastest);
//  4. the lower rank in the pixel-format preference table for that size
//     (v4l2_pixel_formats.h);
//  5. the higher maximum frame rate, then the order of |modes|.
// A zero width or height asks for kDefaultCaptureWidth x
// kDefaultCaptureHeight. The frame rate is params.frame_rate clamped into
// the mode's range.
// kUnsupported when |modes| is empty. Any thread.
Status ChooseCaptureFormat(const std::vector<VideoCaptureMode>& modes,
                           const VideoCaptureParams& params,
                           V4l2CaptureFormat* format);

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_CAPTURE_FORMAT_H_

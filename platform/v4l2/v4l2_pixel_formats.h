// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_PIXEL_FORMATS_H_
#define PLATFORM_V4L2_V4L2_PIXEL_FORMATS_H_

#include <cstdint>
#include <string>

#include "platform/capture/capture_mode.h"

namespace mediacapture {

// Sizes strictly wider or taller than this prefer MJPEG (Chromium's
// kMjpegWidth/kMjpegHeight in v4l2_capture_delegate.cc): above 640x480,
// uncompressed frames overrun USB 2.0 (1280x720 YUYV at 30 fps is 55 MB/s,
// the bus carries about 35), so cameras reach full rate at large sizes only
// in MJPEG, and libjpeg-turbo decodes it faster than the bus would deliver
// the raw bytes.
constexpr int kMjpegPreferredAboveWidth = 640;
constexpr int kMjpegPreferredAboveHeight = 480;

// One row of the preference table: lower rank is preferred.
struct PixelFormatPreference {
  PixelFormat format;
  int rank_small;  // At or below 640x480.
  int rank_large;  // Above it.
  const char* reason;
};

// The formats we capture, or null for one we do not (it is skipped by
// enumeration).
const PixelFormatPreference* FindPixelFormatPreference(uint32_t fourcc);

// The rank of |format| for a capture of |width|x|height| (lower is better);
// a large number for an unknown format.
int PixelFormatRank(PixelFormat format, int width, int height);

// "YUYV", "MJPG": the fourcc as text, for messages.
std::string FourccToString(uint32_t fourcc);

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_PIXEL_FORMATS_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_MODE_ENUMERATOR_H_
#define PLATFORM_V4L2_V4L2_MODE_ENUMERATOR_H_

#include <vector>

#include "platform/capture/capture_mode.h"
#include "platform/capture/status.h"

namespace mediacapture {

class V4l2Device;

// A driver that does not implement VIDIOC_ENUM_FRAMEINTERVALS still
// streams, at a rate it does not tell: we assume the rate nearly every
// camera and V4L2 driver defaults to.
constexpr double kAssumedFrameRate = 30.0;

// Reads every mode of the capture device open as |fd|: VIDIOC_ENUM_FMT, for
// each format VIDIOC_ENUM_FRAMESIZES, for each size
// VIDIOC_ENUM_FRAMEINTERVALS, flattened into one VideoCaptureMode per
// (format, size, interval). Kept as ranges, never flattened into samples:
//  - stepwise and continuous sizes, whose frame-rate range is the one the
//    driver reports at the largest size: the rate every size of the range
//    can reach (smaller sizes may go faster; we do not promise it);
//  - stepwise and continuous intervals, as a frame-rate range.
// Skipped: formats we cannot convert (not in the preference table), and
// formats libv4l2 emulates in software (V4L2_FMT_FLAG_EMULATED: we convert
// the native format ourselves, faster). The result is sorted by
// SortVideoModes(). Runs on the caller's thread.
Status EnumerateVideoModes(V4l2Device* device,
                           int fd,
                           std::vector<VideoCaptureMode>* modes);

// The order modes are listed in: larger maximum area first, then higher
// maximum frame rate, then the preferred pixel format for that size; a
// stable sort, so the driver's own order breaks the remaining ties.
void SortVideoModes(std::vector<VideoCaptureMode>* modes);

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_MODE_ENUMERATOR_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_mode_enumerator.h"

#include <errno.h>
#include <linux/videodev2.h>

#include <algorithm>
#include <cstring>

#include "platform/v4l2/v4l2_device.h"
#include "platform/v4l2/v4l2_errors.h"
#include "platform/v4l2/v4l2_pixel_formats.h"

namespace mediacapture {

namespace {

// The largest grid value min + k * step that is not above |max|.
int OnGrid(int min, int max, int step) {
  if (max <= min)
    return max;
  return min + (max - min) / step * step;
}

double FrameRate(const v4l2_fract& interval) {
  return interval.numerator
             ? static_cast<double>(interval.denominator) / interval.numerator
             : 0;
}

// Appends one mode per interval the driver offers for |width|x|height|,
// each a copy of |size_mode| with its frame-rate range filled in.
Status AddIntervals(V4l2Device* device,
                    int fd,
                    uint32_t fourcc,
                    uint32_t width,
                    uint32_t height,
                    const VideoCaptureMode& size_mode,
                    std::vector<VideoCaptureMode>* modes) {
  size_t before = modes->size();
  for (uint32_t index = 0;; ++index) {
    v4l2_frmivalenum interval;
    std::memset(&interval, 0, sizeof(interval));
    interval.index = index;
    interval.pixel_format = fourcc;
    interval.width = width;
    interval.height = height;
    if (Xioctl(device, fd, VIDIOC_ENUM_FRAMEINTERVALS, &interval) < 0) {
      // EINVAL ends the list; ENOTTY: the driver has no such ioctl.
      if (errno == EINVAL || errno == ENOTTY)
        break;
      return ErrnoStatus(kV4l2EnumerationFailed, "VIDIOC_ENUM_FRAMEINTERVALS",
                         errno);
    }
    VideoCaptureMode mode = size_mode;
    if (interval.type == V4L2_FRMIVAL_TYPE_DISCRETE) {
      mode.min_frame_rate = mode.max_frame_rate = FrameRate(interval.discrete);
      if (mode.max_frame_rate > 0)
        modes->push_back(mode);
      continue;
    }
    // Stepwise or continuous: the longest interval is the lowest rate.
    mode.min_frame_rate = FrameRate(interval.stepwise.max);
    mode.max_frame_rate = FrameRate(interval.stepwise.min);
    if (mode.max_frame_rate > 0)
      modes->push_back(mode);
    break;
  }
  if (modes->size() == before) {
    VideoCaptureMode mode = size_mode;
    mode.min_frame_rate = mode.max_frame_rate = kAssumedFrameRate;
    modes->push_back(mode);
  }
  return Status::Ok();
}

Status AddSizes(V4l2Device* device,
                int fd,
                uint32_t fourcc,
                std::vector<VideoCaptureMode>* modes) {
  VideoCaptureMode base;
  base.pixel_format = static_cast<PixelFormat>(fourcc);
  for (uint32_t index = 0;; ++index) {
    v4l2_frmsizeenum size;
    std::memset(&size, 0, sizeof(size));
    size.index = index;
    size.pixel_format = fourcc;
    if (Xioctl(device, fd, VIDIOC_ENUM_FRAMESIZES, &size) < 0) {
      if (errno == EINVAL || errno == ENOTTY)
        return Status::Ok();
      return ErrnoStatus(kV4l2EnumerationFailed, "VIDIOC_ENUM_FRAMESIZES",
                         errno);
    }
    VideoCaptureMode mode = base;
    if (size.type == V4L2_FRMSIZE_TYPE_DISCRETE) {
      mode.min_width = mode.max_width = static_cast<int>(size.discrete.width);
      mode.min_height = mode.max_height =
          static_cast<int>(size.discrete.height);
      Status status = AddIntervals(device, fd, fourcc, size.discrete.width,
                                   size.discrete.height, mode, modes);
      if (!status.ok())
        return status;
      continue;
    }
    // Stepwise or continuous: the only entry.
    const v4l2_frmsize_stepwise& range = size.stepwise;
    mode.min_width = static_cast<int>(range.min_width);
    mode.max_width = static_cast<int>(range.max_width);
    mode.step_width = static_cast<int>(std::max<uint32_t>(1, range.step_width));
    mode.min_height = static_cast<int>(range.min_height);
    mode.max_height = static_cast<int>(range.max_height);
    mode.step_height =
        static_cast<int>(std::max<uint32_t>(1, range.step_height));
    // V4L2 does not promise that max is on the grid (min + k * step); a
    // mode's max is, since SelectSettings opens the device at it and a
    // driver would adjust an off-grid size to another than the track was
    // promised (found by select_settings_fuzzer).
    mode.max_width = OnGrid(mode.min_width, mode.max_width, mode.step_width);
    mode.max_height =
        OnGrid(mode.min_height, mode.max_height, mode.step_height);
    return AddIntervals(device, fd, fourcc, range.max_width, range.max_height,
                        mode, modes);
  }
}

}  // namespace

Status EnumerateVideoModes(V4l2Device* device,
                           int fd,
                           std::vector<VideoCaptureMode>* modes) {
  modes->clear();
  for (uint32_t index = 0;; ++index) {
    v4l2_fmtdesc format;
    std::memset(&format, 0, sizeof(format));
    format.index = index;
    format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (Xioctl(device, fd, VIDIOC_ENUM_FMT, &format) < 0) {
      if (errno == EINVAL)
        break;
      return ErrnoStatus(kV4l2EnumerationFailed, "VIDIOC_ENUM_FMT", errno);
    }
    if (format.flags & V4L2_FMT_FLAG_EMULATED)
      continue;
    if (!FindPixelFormatPreference(format.pixelformat))
      continue;
    Status status = AddSizes(device, fd, format.pixelformat, modes);
    if (!status.ok())
      return status;
  }
  SortVideoModes(modes);
  return Status::Ok();
}

void SortVideoModes(std::vector<VideoCaptureMode>* modes) {
  std::stable_sort(
      modes->begin(), modes->end(),
      [](const VideoCaptureMode& a, const VideoCaptureMode& b) {
        int64_t area_a = int64_t{a.max_width} * a.max_height;
        int64_t area_b = int64_t{b.max_width} * b.max_height;
        if (area_a != area_b)
          return area_a > area_b;
        if (a.max_frame_rate != b.max_frame_rate)
          return a.max_frame_rate > b.max_frame_rate;
        return PixelFormatRank(a.pixel_format, a.max_width, a.max_height) <
               PixelFormatRank(b.pixel_format, b.max_width, b.max_height);
      });
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_EMULATED_V4L2_DRIVER_INTERNAL_H_
#define PLATFORM_V4L2_EMULATED_V4L2_DRIVER_INTERNAL_H_

// The emulated driver's state, shared by its two source files:
// emulated_v4l2_driver.cc (descriptors, frame production, poll, mmap) and
// emulated_v4l2_ioctls.cc (the ioctl protocol). Not for other users.

#include <algorithm>
#include <chrono>
#include <cstring>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "platform/v4l2/emulated_v4l2_driver.h"

namespace mediacapture {
namespace emulated_v4l2_internal {

// Buffers start on page boundaries in the mmap offset space, as vb2 lays
// them out; the offset is how QUERYBUF tells userspace which one to map.
constexpr size_t kPageSize = 4096;
// vb2's limits for REQBUFS: at least 2 buffers so that one can be filled
// while the other is read, at most VIDEO_MAX_FRAME.
constexpr uint32_t kMinBufferCount = 2;
constexpr uint32_t kMaxBufferCount = 32;

inline size_t RoundUpToPage(size_t size) {
  return (size + kPageSize - 1) / kPageSize * kPageSize;
}

inline uint32_t BytesPerLine(PixelFormat format, uint32_t width) {
  switch (format) {
    case PixelFormat::kYUYV:
    case PixelFormat::kUYVY:
      return width * 2;
    case PixelFormat::kRGB24:
    case PixelFormat::kBGR24:
      return width * 3;
    case PixelFormat::kNV12:
    case PixelFormat::kI420:
      return width;
    case PixelFormat::kMJPEG:
    case PixelFormat::kUnknown:
      break;
  }
  return 0;
}

inline uint32_t SizeImage(PixelFormat format, uint32_t width, uint32_t height) {
  switch (format) {
    case PixelFormat::kNV12:
    case PixelFormat::kI420:
      return width * height + 2 * ((width + 1) / 2) * ((height + 1) / 2);
    case PixelFormat::kMJPEG:
      // The worst case a UVC camera announces for a compressed frame.
      return width * height * 2;
    default:
      return BytesPerLine(format, width) * height;
  }
}

inline double Seconds(const EmulatedInterval& interval) {
  return interval.denominator
             ? static_cast<double>(interval.numerator) / interval.denominator
             : 0;
}

inline uint32_t Snap(uint32_t value,
                     uint32_t min,
                     uint32_t max,
                     uint32_t step) {
  value = std::min(max, std::max(min, value));
  step = std::max<uint32_t>(1, step);
  return min + (value - min) / step * step;
}

inline bool InRange(uint32_t value, uint32_t min, uint32_t max, uint32_t step) {
  return value >= min && value <= max &&
         (value - min) % std::max<uint32_t>(1, step) == 0;
}

inline bool SizeContains(const EmulatedFrameSize& size,
                         uint32_t width,
                         uint32_t height) {
  return InRange(width, size.min_width, size.max_width, size.step_width) &&
         InRange(height, size.min_height, size.max_height, size.step_height);
}

inline void CopyString(const std::string& from, uint8_t* to, size_t size) {
  std::memset(to, 0, size);
  std::memcpy(to, from.data(), std::min(from.size(), size - 1));
}

}  // namespace emulated_v4l2_internal

struct EmulatedV4l2Driver::Buffer {
  uint32_t index = 0;
  size_t offset = 0;
  std::shared_ptr<std::vector<uint8_t>> memory;
  enum class State { kDequeued, kQueued, kDone } state = State::kDequeued;
  uint32_t bytesused = 0;
  Clock::time_point timestamp;
  uint32_t sequence = 0;
};

struct EmulatedV4l2Driver::Node {
  EmulatedCameraConfig config;
  bool unplugged = false;
  bool busy = false;
  bool stalled = false;

  // The current format.
  size_t format_index = 0;
  uint32_t width = 0;
  uint32_t height = 0;
  EmulatedInterval interval;

  // The descriptor that allocated the buffers (vb2's queue owner).
  File* owner = nullptr;
  std::vector<Buffer> buffers;
  std::deque<uint32_t> queued;
  std::deque<uint32_t> done;
  bool streaming = false;
  Clock::time_point next_frame;

  uint64_t produced = 0;
  uint64_t dequeued = 0;
  int eagain_left = 0;
  int stall_skipped = 0;
  std::vector<std::vector<uint8_t>> cache;

  PixelFormat format() const {
    return config.formats.empty() ? PixelFormat::kUnknown
                                  : config.formats[format_index].format;
  }
  const EmulatedFrameSize* CurrentSize() const {
    if (config.formats.empty())
      return nullptr;
    for (const EmulatedFrameSize& size : config.formats[format_index].sizes) {
      if (emulated_v4l2_internal::SizeContains(size, width, height))
        return &size;
    }
    return nullptr;
  }
  Clock::duration IntervalDuration() const {
    return std::chrono::duration_cast<Clock::duration>(
        std::chrono::duration<double>(
            emulated_v4l2_internal::Seconds(interval)));
  }
};

struct EmulatedV4l2Driver::File {
  int fd = -1;
  int flags = 0;
  std::shared_ptr<Node> node;
  bool interrupted = false;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_EMULATED_V4L2_DRIVER_INTERNAL_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The ioctl protocol of EmulatedV4l2Driver, as the kernel's V4L2 core and
// vb2 implement it. Called from EmulatedV4l2Driver::Ioctl() under |mutex_|.

#include <errno.h>
#include <linux/videodev2.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>

#include "platform/v4l2/emulated_picture.h"
#include "platform/v4l2/emulated_v4l2_driver.h"
#include "platform/v4l2/emulated_v4l2_driver_internal.h"

namespace mediacapture {

using emulated_v4l2_internal::BytesPerLine;
using emulated_v4l2_internal::CopyString;
using emulated_v4l2_internal::kMaxBufferCount;
using emulated_v4l2_internal::kMinBufferCount;
using emulated_v4l2_internal::RoundUpToPage;
using emulated_v4l2_internal::Seconds;
using emulated_v4l2_internal::SizeContains;
using emulated_v4l2_internal::SizeImage;
using emulated_v4l2_internal::Snap;

int EmulatedV4l2Driver::QueryCap(Node* node, v4l2_capability* cap) {
  std::memset(cap, 0, sizeof(*cap));
  CopyString(node->config.driver, cap->driver, sizeof(cap->driver));
  CopyString(node->config.card, cap->card, sizeof(cap->card));
  CopyString(node->config.bus_info, cap->bus_info, sizeof(cap->bus_info));
  cap->version = (6 << 16) | (1 << 8);
  cap->device_caps = V4L2_CAP_STREAMING |
                     (node->config.metadata_node ? V4L2_CAP_META_CAPTURE
                                                 : V4L2_CAP_VIDEO_CAPTURE);
  // As uvcvideo: |capabilities| is the whole physical device's, so only
  // |device_caps| tells a metadata node from a capture node.
  cap->capabilities = V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_META_CAPTURE |
                      V4L2_CAP_STREAMING | V4L2_CAP_DEVICE_CAPS;
  return 0;
}

int EmulatedV4l2Driver::EnumFmt(Node* node, v4l2_fmtdesc* desc) {
  if (desc->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || node->config.metadata_node ||
      desc->index >= node->config.formats.size())
    return Fail(EINVAL);
  const EmulatedFormat& format = node->config.formats[desc->index];
  uint32_t index = desc->index;
  std::memset(desc, 0, sizeof(*desc));
  desc->index = index;
  desc->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  desc->pixelformat = static_cast<uint32_t>(format.format);
  if (format.format == PixelFormat::kMJPEG)
    desc->flags |= V4L2_FMT_FLAG_COMPRESSED;
  if (format.emulated_flag)
    desc->flags |= V4L2_FMT_FLAG_EMULATED;
  uint32_t fourcc = desc->pixelformat;
  char name[5] = {static_cast<char>(fourcc), static_cast<char>(fourcc >> 8),
                  static_cast<char>(fourcc >> 16),
                  static_cast<char>(fourcc >> 24), 0};
  CopyString(name, desc->description, sizeof(desc->description));
  return 0;
}

int EmulatedV4l2Driver::EnumFrameSizes(Node* node, v4l2_frmsizeenum* size) {
  for (const EmulatedFormat& format : node->config.formats) {
    if (static_cast<uint32_t>(format.format) != size->pixel_format)
      continue;
    if (format.sizes.empty())
      return Fail(EINVAL);
    const EmulatedFrameSize& first = format.sizes[0];
    if (!first.discrete()) {
      if (size->index != 0)
        return Fail(EINVAL);
      bool continuous = first.step_width == 1 && first.step_height == 1;
      size->type = continuous ? V4L2_FRMSIZE_TYPE_CONTINUOUS
                              : V4L2_FRMSIZE_TYPE_STEPWISE;
      size->stepwise = {first.min_width,  first.max_width,  first.step_width,
                        first.min_height, first.max_height, first.step_height};
      return 0;
    }
    if (size->index >= format.sizes.size())
      return Fail(EINVAL);
    size->type = V4L2_FRMSIZE_TYPE_DISCRETE;
    size->discrete.width = format.sizes[size->index].max_width;
    size->discrete.height = format.sizes[size->index].max_height;
    return 0;
  }
  return Fail(EINVAL);
}

int EmulatedV4l2Driver::EnumFrameIntervals(Node* node,
                                           v4l2_frmivalenum* interval) {
  for (const EmulatedFormat& format : node->config.formats) {
    if (static_cast<uint32_t>(format.format) != interval->pixel_format)
      continue;
    for (const EmulatedFrameSize& size : format.sizes) {
      if (!SizeContains(size, interval->width, interval->height))
        continue;
      const EmulatedIntervals& intervals = size.intervals;
      if (intervals.stepwise) {
        if (interval->index != 0)
          return Fail(EINVAL);
        interval->type = V4L2_FRMIVAL_TYPE_STEPWISE;
        interval->stepwise.min = {intervals.min.numerator,
                                  intervals.min.denominator};
        interval->stepwise.max = {intervals.max.numerator,
                                  intervals.max.denominator};
        interval->stepwise.step = {intervals.step.numerator,
                                   intervals.step.denominator};
        return 0;
      }
      if (interval->index >= intervals.discrete.size())
        return Fail(EINVAL);
      interval->type = V4L2_FRMIVAL_TYPE_DISCRETE;
      interval->discrete = {intervals.discrete[interval->index].numerator,
                            intervals.discrete[interval->index].denominator};
      return 0;
    }
    return Fail(EINVAL);
  }
  return Fail(EINVAL);
}

int EmulatedV4l2Driver::GetFormat(Node* node, v4l2_format* format) {
  if (format->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || node->config.metadata_node)
    return Fail(EINVAL);
  std::memset(&format->fmt.pix, 0, sizeof(format->fmt.pix));
  v4l2_pix_format& pix = format->fmt.pix;
  pix.width = node->width;
  pix.height = node->height;
  pix.pixelformat = static_cast<uint32_t>(node->format());
  pix.field = V4L2_FIELD_NONE;
  pix.bytesperline = BytesPerLine(node->format(), node->width);
  pix.sizeimage = SizeImage(node->format(), node->width, node->height);
  pix.colorspace = V4L2_COLORSPACE_SRGB;
  return 0;
}

int EmulatedV4l2Driver::SetFormat(File* file,
                                  v4l2_format* format,
                                  bool commit) {
  Node* node = file->node.get();
  if (format->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      node->config.metadata_node || node->config.formats.empty())
    return Fail(EINVAL);
  if (commit && (node->owner || node->config.faults.busy_on_set_format))
    return Fail(EBUSY);
  // As drivers do, an unknown format becomes the first one and a size the
  // nearest one offered: S_FMT adjusts rather than fails.
  size_t format_index = 0;
  for (size_t i = 0; i < node->config.formats.size(); ++i) {
    if (static_cast<uint32_t>(node->config.formats[i].format) ==
        format->fmt.pix.pixelformat)
      format_index = i;
  }
  const EmulatedFormat& chosen = node->config.formats[format_index];
  if (chosen.sizes.empty())
    return Fail(EINVAL);
  uint32_t want_width = format->fmt.pix.width;
  uint32_t want_height = format->fmt.pix.height;
  uint32_t width = 0, height = 0;
  const EmulatedFrameSize* size_entry = nullptr;
  int64_t best = -1;
  for (const EmulatedFrameSize& size : chosen.sizes) {
    uint32_t w =
        Snap(want_width, size.min_width, size.max_width, size.step_width);
    uint32_t h =
        Snap(want_height, size.min_height, size.max_height, size.step_height);
    int64_t distance = std::llabs(static_cast<int64_t>(w) - want_width) +
                       std::llabs(static_cast<int64_t>(h) - want_height);
    if (best < 0 || distance < best) {
      best = distance;
      width = w;
      height = h;
      size_entry = &size;
    }
  }
  if (commit) {
    node->format_index = format_index;
    node->width = width;
    node->height = height;
    const EmulatedIntervals& intervals = size_entry->intervals;
    node->interval = intervals.stepwise           ? intervals.min
                     : intervals.discrete.empty() ? EmulatedInterval{1, 30}
                                                  : intervals.discrete[0];
    node->cache.clear();
  }
  std::memset(&format->fmt.pix, 0, sizeof(format->fmt.pix));
  v4l2_pix_format& pix = format->fmt.pix;
  pix.width = width;
  pix.height = height;
  pix.pixelformat = static_cast<uint32_t>(chosen.format);
  pix.field = V4L2_FIELD_NONE;
  pix.bytesperline = BytesPerLine(chosen.format, width);
  pix.sizeimage = SizeImage(chosen.format, width, height);
  pix.colorspace = V4L2_COLORSPACE_SRGB;
  return 0;
}

int EmulatedV4l2Driver::GetParm(Node* node, v4l2_streamparm* parm) {
  if (parm->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || node->config.metadata_node)
    return Fail(EINVAL);
  std::memset(&parm->parm.capture, 0, sizeof(parm->parm.capture));
  parm->parm.capture.capability = V4L2_CAP_TIMEPERFRAME;
  parm->parm.capture.timeperframe = {node->interval.numerator,
                                     node->interval.denominator};
  return 0;
}

int EmulatedV4l2Driver::SetParm(File* file, v4l2_streamparm* parm) {
  Node* node = file->node.get();
  if (parm->type != V4L2_BUF_TYPE_VIDEO_CAPTURE || node->config.metadata_node)
    return Fail(EINVAL);
  // uvcvideo refuses a rate change while streaming.
  if (node->streaming)
    return Fail(EBUSY);
  const EmulatedFrameSize* size = node->CurrentSize();
  if (!size)
    return Fail(EINVAL);
  const v4l2_fract& want = parm->parm.capture.timeperframe;
  // A zero interval asks for the driver's default, the fastest.
  double want_seconds =
      want.denominator ? static_cast<double>(want.numerator) / want.denominator
                       : 0;
  const EmulatedIntervals& intervals = size->intervals;
  EmulatedInterval chosen{1, 30};
  if (intervals.stepwise) {
    // Whole steps from the minimum; the fixtures write all three fractions
    // over one denominator, which keeps the arithmetic exact.
    chosen = intervals.min;
    double step = Seconds(intervals.step);
    if (step > 0 && intervals.step.denominator == intervals.min.denominator &&
        intervals.max.denominator == intervals.min.denominator) {
      double seconds = std::min(Seconds(intervals.max),
                                std::max(Seconds(intervals.min), want_seconds));
      auto steps = static_cast<uint32_t>(
          std::lround((seconds - Seconds(intervals.min)) / step));
      chosen.numerator += steps * intervals.step.numerator;
    }
  } else if (!intervals.discrete.empty()) {
    chosen = intervals.discrete[0];
    for (const EmulatedInterval& candidate : intervals.discrete) {
      if (std::fabs(Seconds(candidate) - want_seconds) <
          std::fabs(Seconds(chosen) - want_seconds))
        chosen = candidate;
    }
  }
  node->interval = chosen;
  std::memset(&parm->parm.capture, 0, sizeof(parm->parm.capture));
  parm->parm.capture.capability = V4L2_CAP_TIMEPERFRAME;
  parm->parm.capture.timeperframe = {chosen.numerator, chosen.denominator};
  return 0;
}

int EmulatedV4l2Driver::GetCtrl(Node* node, v4l2_control* control) {
  if (control->id != V4L2_CID_CAMERA_ORIENTATION || !node->config.orientation)
    return Fail(EINVAL);
  control->value = *node->config.orientation;
  return 0;
}

int EmulatedV4l2Driver::ReqBufs(File* file, v4l2_requestbuffers* request) {
  Node* node = file->node.get();
  if (request->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      request->memory != V4L2_MEMORY_MMAP || node->config.metadata_node)
    return Fail(EINVAL);
  if ((node->owner && node->owner != file) ||
      node->config.faults.busy_on_set_format || node->streaming)
    return Fail(EBUSY);
  FreeBuffers(node);
  if (request->count == 0)
    return 0;
  uint32_t count =
      std::min(kMaxBufferCount, std::max(kMinBufferCount, request->count));
  size_t size = SizeImage(node->format(), node->width, node->height);
  size_t stride = RoundUpToPage(size);
  node->buffers.resize(count);
  for (uint32_t i = 0; i < count; ++i) {
    Buffer& buffer = node->buffers[i];
    buffer.index = i;
    buffer.offset = i * stride;
    buffer.memory = std::make_shared<std::vector<uint8_t>>(size);
  }
  node->owner = file;
  request->count = count;
  request->capabilities = V4L2_BUF_CAP_SUPPORTS_MMAP;
  return 0;
}

int EmulatedV4l2Driver::QueryBuf(File* file, v4l2_buffer* buffer) {
  Node* node = file->node.get();
  if (buffer->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      buffer->index >= node->buffers.size())
    return Fail(EINVAL);
  const Buffer& b = node->buffers[buffer->index];
  uint32_t index = buffer->index;
  std::memset(buffer, 0, sizeof(*buffer));
  buffer->index = index;
  buffer->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  buffer->memory = V4L2_MEMORY_MMAP;
  buffer->length = static_cast<uint32_t>(b.memory->size());
  buffer->m.offset = static_cast<uint32_t>(b.offset);
  buffer->field = V4L2_FIELD_NONE;
  buffer->flags = V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
  if (mappings_.count(b.memory->data()))
    buffer->flags |= V4L2_BUF_FLAG_MAPPED;
  if (b.state == Buffer::State::kQueued)
    buffer->flags |= V4L2_BUF_FLAG_QUEUED;
  if (b.state == Buffer::State::kDone)
    buffer->flags |= V4L2_BUF_FLAG_DONE;
  return 0;
}

int EmulatedV4l2Driver::QBuf(File* file, v4l2_buffer* buffer) {
  Node* node = file->node.get();
  if (node->owner && node->owner != file)
    return Fail(EBUSY);
  if (buffer->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      buffer->memory != V4L2_MEMORY_MMAP ||
      buffer->index >= node->buffers.size())
    return Fail(EINVAL);
  Buffer& b = node->buffers[buffer->index];
  if (b.state != Buffer::State::kDequeued)
    return Fail(EINVAL);
  b.state = Buffer::State::kQueued;
  node->queued.push_back(b.index);
  buffer->flags = V4L2_BUF_FLAG_QUEUED | V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC;
  Wake(node);
  return 0;
}

int EmulatedV4l2Driver::DQBuf(File* file, v4l2_buffer* buffer) {
  Node* node = file->node.get();
  if (buffer->type != V4L2_BUF_TYPE_VIDEO_CAPTURE ||
      buffer->memory != V4L2_MEMORY_MMAP)
    return Fail(EINVAL);
  if (node->owner != file || !node->streaming)
    return Fail(EINVAL);
  Advance(node, Clock::now());
  if (node->unplugged)
    return Fail(ENODEV);
  if (node->done.empty())
    return Fail(EAGAIN);
  if (node->eagain_left > 0) {
    --node->eagain_left;
    return Fail(EAGAIN);
  }
  node->eagain_left = node->config.faults.eagain_per_frame;
  Buffer& b = node->buffers[node->done.front()];
  node->done.pop_front();
  b.state = Buffer::State::kDequeued;
  ++node->dequeued;
  std::memset(buffer, 0, sizeof(*buffer));
  buffer->index = b.index;
  buffer->type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  buffer->memory = V4L2_MEMORY_MMAP;
  buffer->bytesused = b.bytesused;
  buffer->length = static_cast<uint32_t>(b.memory->size());
  buffer->m.offset = static_cast<uint32_t>(b.offset);
  buffer->field = V4L2_FIELD_NONE;
  buffer->sequence = b.sequence;
  buffer->flags =
      V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC | V4L2_BUF_FLAG_TSTAMP_SRC_EOF;
  if (mappings_.count(b.memory->data()))
    buffer->flags |= V4L2_BUF_FLAG_MAPPED;
  auto since_boot = std::chrono::duration_cast<std::chrono::microseconds>(
      b.timestamp.time_since_epoch());
  buffer->timestamp.tv_sec = since_boot.count() / 1000000;
  buffer->timestamp.tv_usec = since_boot.count() % 1000000;
  return 0;
}

int EmulatedV4l2Driver::StreamOn(File* file, const int* type) {
  Node* node = file->node.get();
  if (*type != V4L2_BUF_TYPE_VIDEO_CAPTURE)
    return Fail(EINVAL);
  if (node->owner && node->owner != file)
    return Fail(EBUSY);
  if (node->buffers.empty())
    return Fail(EINVAL);
  if (node->streaming)
    return 0;
  // Render the whole cache now: rendering lazily would charge a frame's
  // rendering to whichever later frame first used its slot.
  int cache_frames = node->config.pattern_cache_frames;
  if (cache_frames > 0 && node->cache.empty()) {
    node->cache.resize(cache_frames);
    for (int i = 0; i < cache_frames; ++i) {
      RenderEmulatedPicture(node->format(), node->width, node->height,
                            static_cast<uint32_t>(i), &node->cache[i],
                            node->config.jpeg_quality);
    }
  }
  node->streaming = true;
  node->next_frame = Clock::now() + node->IntervalDuration();
  node->eagain_left = node->config.faults.eagain_per_frame;
  Wake(node);
  return 0;
}

int EmulatedV4l2Driver::StreamOff(File* file, const int* type) {
  Node* node = file->node.get();
  if (*type != V4L2_BUF_TYPE_VIDEO_CAPTURE)
    return Fail(EINVAL);
  if (node->owner && node->owner != file)
    return Fail(EBUSY);
  StopStreaming(node);
  return 0;
}

}  // namespace mediacapture

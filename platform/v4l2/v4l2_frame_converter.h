// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_FRAME_CONVERTER_H_
#define PLATFORM_V4L2_V4L2_FRAME_CONVERTER_H_

#include <cstddef>
#include <cstdint>
#include <vector>

#include "platform/capture/capture_mode.h"
#include "platform/media/video_frame.h"

namespace mediacapture {

// Why a dequeued buffer was not delivered. Each is counted; none is fatal.
enum class FrameDropReason {
  kEmptyBuffer,     // bytesused 0: the driver filled nothing.
  kShortBuffer,     // Fewer bytes than the uncompressed format needs.
  kTruncatedMjpeg,  // A JPEG that ends early (libjpeg's premature end).
  kCorruptMjpeg,    // Not a JPEG, one libjpeg-turbo cannot decode, or one
                    // larger than the negotiated size.
  kDriverError,     // The driver flagged the buffer (V4L2_BUF_FLAG_ERROR).
};
constexpr int kFrameDropReasonCount = 5;
const char* FrameDropReasonName(FrameDropReason reason);

// Converts the buffers of one capture format into I420 frames: YUYV, UYVY,
// NV12, I420, RGB24 and BGR24 with libyuv, MJPEG with libjpeg-turbo (then
// libyuv for 4:2:2 and 4:4:4 chroma). Lives on the capture thread.
class V4l2FrameConverter {
 public:
  // |bytes_per_line| as VIDIOC_S_FMT returned it (0 for MJPEG).
  V4l2FrameConverter(PixelFormat format,
                     int width,
                     int height,
                     uint32_t bytes_per_line);
  V4l2FrameConverter(const V4l2FrameConverter&) = delete;
  V4l2FrameConverter& operator=(const V4l2FrameConverter&) = delete;
  ~V4l2FrameConverter();

  // Converts |size| bytes at |data| into |frame| (allocated here; an MJPEG
  // frame takes the JPEG's own size, which must not exceed the negotiated
  // one). False, with |reason|, for a buffer that must be dropped.
  bool Convert(const uint8_t* data,
               size_t size,
               VideoFrame* frame,
               FrameDropReason* reason);

 private:
  bool ConvertRaw(const uint8_t* data,
                  size_t size,
                  VideoFrame* frame,
                  FrameDropReason* reason);
  bool DecodeMjpeg(const uint8_t* data,
                   size_t size,
                   VideoFrame* frame,
                   FrameDropReason* reason);

  const PixelFormat format_;
  const int width_;
  const int height_;
  const uint32_t bytes_per_line_;
  void* jpeg_ = nullptr;  // tjhandle, created on the first MJPEG frame.
  std::vector<uint8_t> scratch_;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_FRAME_CONVERTER_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// libFuzzer target: V4l2FrameConverter, what turns a driver's buffer into
// I420 (libyuv for YUYV, UYVY, NV12, I420, RGB24, BGR24; libjpeg-turbo for
// MJPEG). The first bytes pick the format, the negotiated size and the
// driver's bytes_per_line; the rest is the buffer, of any length (short,
// exact or oversized). Each buffer is converted, then its first half into the
// same frame (a reused frame, a truncated buffer). A conversion either drops
// the buffer with a reason or gives a whole I420 frame of the expected size.

#include <cstddef>
#include <cstdint>
#include <vector>

#include "platform/v4l2/v4l2_frame_converter.h"
#include "testing/fuzz/fuzz_check.h"
#include "testing/fuzz/fuzz_input.h"

namespace mediacapture {
namespace {

constexpr PixelFormat kFormats[] = {
    PixelFormat::kYUYV,  PixelFormat::kUYVY,    PixelFormat::kNV12,
    PixelFormat::kI420,  PixelFormat::kRGB24,   PixelFormat::kBGR24,
    PixelFormat::kMJPEG, PixelFormat::kUnknown,
};
constexpr uint32_t kFormatCount = sizeof(kFormats) / sizeof(kFormats[0]);

// V4L2 sizes go to 8192 in practice; most inputs pick small ones, so that
// the buffer can be long enough to convert.
int PickDimension(fuzzing::FuzzInput* input) {
  return input->Bool() ? 1 + input->Below(64) : 1 + input->Below(8192);
}

void ConvertAndCheck(V4l2FrameConverter* converter,
                     PixelFormat format,
                     int width,
                     int height,
                     const std::vector<uint8_t>& buffer,
                     VideoFrame* frame) {
  FrameDropReason reason = FrameDropReason::kDriverError;
  if (!converter->Convert(buffer.data(), buffer.size(), frame, &reason)) {
    FUZZ_CHECK(reason != FrameDropReason::kDriverError);
    return;
  }
  if (format == PixelFormat::kMJPEG) {
    FUZZ_CHECK(frame->width <= width && frame->height <= height);
  } else {
    FUZZ_CHECK(frame->width == width && frame->height == height);
  }
  FUZZ_CHECK(frame->width > 0 && frame->height > 0);
  FUZZ_CHECK(frame->data.size() ==
             static_cast<size_t>(frame->width) * frame->height +
                 2 * static_cast<size_t>(frame->chroma_width()) *
                     frame->chroma_height());
}

}  // namespace
}  // namespace mediacapture

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mediacapture;
  fuzzing::FuzzInput input(data, size);
  PixelFormat format = kFormats[input.Below(kFormatCount)];
  int width = PickDimension(&input);
  int height = PickDimension(&input);
  // 0 (MJPEG's), the packed stride, or a padded or too small one.
  uint32_t bytes_per_line = input.Below(4) == 0 ? 0 : input.Below(65536);
  std::vector<uint8_t> buffer(input.rest(), input.rest() + input.remaining());

  V4l2FrameConverter converter(format, width, height, bytes_per_line);
  VideoFrame frame;
  ConvertAndCheck(&converter, format, width, height, buffer, &frame);
  buffer.resize(buffer.size() / 2);
  buffer.shrink_to_fit();
  ConvertAndCheck(&converter, format, width, height, buffer, &frame);
  return 0;
}

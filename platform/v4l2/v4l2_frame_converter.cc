// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_frame_converter.h"

#include <libyuv.h>
#include <turbojpeg.h>

#include <algorithm>

namespace mediacapture {

namespace {

// Sizes |frame| for |width|x|height|. A reused frame of that size keeps its
// buffer: every byte is about to be overwritten, so clearing it would be a
// wasted pass over memory.
void Prepare(VideoFrame* frame, int width, int height) {
  if (frame->width == width && frame->height == height && !frame->data.empty())
    return;
  frame->Allocate(width, height);
}

// Packed 4:2:2 (YUYV, UYVY) to I420 in strips of kStripRows rows, each
// strip's source prefetched while the one before it converts: a camera's
// buffer comes from DMA and is not in the cache, and libyuv's row
// functions read two rows at a time, which the hardware prefetcher follows
// less well than a memcpy's single stream (tools/bench/v4l2).
constexpr int kStripRows = 16;

using PackedToI420 = int (*)(const uint8_t*,
                             int,
                             uint8_t*,
                             int,
                             uint8_t*,
                             int,
                             uint8_t*,
                             int,
                             int,
                             int);

int ConvertPackedInStrips(PackedToI420 convert,
                          const uint8_t* src,
                          int stride,
                          VideoFrame* frame) {
  const int w = frame->width, h = frame->height, cw = frame->chroma_width();
  const int row_bytes = 2 * w;
  for (int row = 0; row < h; row += kStripRows) {
    int rows = std::min(kStripRows, h - row);
    int next_end = std::min(h, row + 2 * kStripRows);
    for (int ahead = row + kStripRows; ahead < next_end; ++ahead) {
      const uint8_t* line = src + static_cast<size_t>(ahead) * stride;
      for (int offset = 0; offset < row_bytes; offset += 64)
        __builtin_prefetch(line + offset);
    }
    int result =
        convert(src + static_cast<size_t>(row) * stride, stride,
                frame->y() + static_cast<size_t>(row) * w, w,
                frame->u() + static_cast<size_t>(row / 2) * cw, cw,
                frame->v() + static_cast<size_t>(row / 2) * cw, cw, w, rows);
    if (result != 0)
      return result;
  }
  return 0;
}

// A JPEG starts with the SOI marker.
constexpr uint8_t kJpegSoi[] = {0xff, 0xd8};

}  // namespace

const char* FrameDropReasonName(FrameDropReason reason) {
  switch (reason) {
    case FrameDropReason::kEmptyBuffer:
      return "empty buffer (bytesused 0)";
    case FrameDropReason::kShortBuffer:
      return "short buffer";
    case FrameDropReason::kTruncatedMjpeg:
      return "truncated MJPEG";
    case FrameDropReason::kCorruptMjpeg:
      return "corrupt MJPEG";
    case FrameDropReason::kDriverError:
      return "driver flagged an error";
  }
  return "unknown";
}

V4l2FrameConverter::V4l2FrameConverter(PixelFormat format,
                                       int width,
                                       int height,
                                       uint32_t bytes_per_line)
    : format_(format),
      width_(width),
      height_(height),
      bytes_per_line_(bytes_per_line) {}

V4l2FrameConverter::~V4l2FrameConverter() {
  if (jpeg_)
    tjDestroy(static_cast<tjhandle>(jpeg_));
}

bool V4l2FrameConverter::Convert(const uint8_t* data,
                                 size_t size,
                                 VideoFrame* frame,
                                 FrameDropReason* reason) {
  if (size == 0) {
    *reason = FrameDropReason::kEmptyBuffer;
    return false;
  }
  if (format_ == PixelFormat::kMJPEG)
    return DecodeMjpeg(data, size, frame, reason);
  return ConvertRaw(data, size, frame, reason);
}

bool V4l2FrameConverter::ConvertRaw(const uint8_t* data,
                                    size_t size,
                                    VideoFrame* frame,
                                    FrameDropReason* reason) {
  int w = width_, h = height_;
  int chroma_h = (h + 1) / 2;
  // Drivers may pad lines; never trust less than the packed width.
  int min_stride = 0;
  size_t needed = 0;
  switch (format_) {
    case PixelFormat::kYUYV:
    case PixelFormat::kUYVY:
      min_stride = 2 * w;
      break;
    case PixelFormat::kRGB24:
    case PixelFormat::kBGR24:
      min_stride = 3 * w;
      break;
    case PixelFormat::kNV12:
    case PixelFormat::kI420:
      min_stride = w;
      break;
    default:
      *reason = FrameDropReason::kCorruptMjpeg;
      return false;
  }
  int stride = std::max<int>(min_stride, static_cast<int>(bytes_per_line_));
  needed = static_cast<size_t>(stride) * h;
  if (format_ == PixelFormat::kNV12)
    needed += static_cast<size_t>(stride) * chroma_h;
  if (format_ == PixelFormat::kI420)
    needed += 2 * static_cast<size_t>((stride + 1) / 2) * chroma_h;
  if (size < needed) {
    *reason = FrameDropReason::kShortBuffer;
    return false;
  }
  Prepare(frame, w, h);
  int cw = frame->chroma_width();
  int result = -1;
  switch (format_) {
    case PixelFormat::kYUYV:
      result = ConvertPackedInStrips(libyuv::YUY2ToI420, data, stride, frame);
      break;
    case PixelFormat::kUYVY:
      result = ConvertPackedInStrips(libyuv::UYVYToI420, data, stride, frame);
      break;
    case PixelFormat::kNV12:
      result = libyuv::NV12ToI420(data, stride, data + stride * h, stride,
                                  frame->y(), w, frame->u(), cw, frame->v(), cw,
                                  w, h);
      break;
    case PixelFormat::kI420: {
      int chroma_stride = (stride + 1) / 2;
      const uint8_t* u = data + stride * h;
      const uint8_t* v = u + chroma_stride * chroma_h;
      result =
          libyuv::I420Copy(data, stride, u, chroma_stride, v, chroma_stride,
                           frame->y(), w, frame->u(), cw, frame->v(), cw, w, h);
      break;
    }
    case PixelFormat::kRGB24:
      // V4L2's RGB24 is R, G, B in memory: libyuv calls that "RAW".
      result = libyuv::RAWToI420(data, stride, frame->y(), w, frame->u(), cw,
                                 frame->v(), cw, w, h);
      break;
    case PixelFormat::kBGR24:
      // V4L2's BGR24 is B, G, R in memory: libyuv's "RGB24".
      result = libyuv::RGB24ToI420(data, stride, frame->y(), w, frame->u(), cw,
                                   frame->v(), cw, w, h);
      break;
    default:
      break;
  }
  if (result != 0) {
    *reason = FrameDropReason::kShortBuffer;
    return false;
  }
  return true;
}

bool V4l2FrameConverter::DecodeMjpeg(const uint8_t* data,
                                     size_t size,
                                     VideoFrame* frame,
                                     FrameDropReason* reason) {
  if (size < sizeof(kJpegSoi) || data[0] != kJpegSoi[0] ||
      data[1] != kJpegSoi[1]) {
    *reason = FrameDropReason::kCorruptMjpeg;
    return false;
  }
  if (!jpeg_)
    jpeg_ = tjInitDecompress();
  tjhandle handle = static_cast<tjhandle>(jpeg_);
  if (!handle) {
    *reason = FrameDropReason::kCorruptMjpeg;
    return false;
  }
  int w = 0, h = 0, subsampling = 0, colorspace = 0;
  if (tjDecompressHeader3(handle, data, static_cast<unsigned long>(size), &w,
                          &h, &subsampling, &colorspace) != 0 ||
      w <= 0 || h <= 0) {
    // A JPEG cut before its frame header: the bytes end inside the markers.
    *reason = FrameDropReason::kTruncatedMjpeg;
    return false;
  }
  // The header's size is the camera's word only: a JPEG that claims more
  // than the negotiated size (up to 65535x65535, gigabytes of I420) is not
  // what the driver agreed to send (found by v4l2_frame_converter_fuzzer).
  if (w > width_ || h > height_) {
    *reason = FrameDropReason::kCorruptMjpeg;
    return false;
  }
  Prepare(frame, w, h);
  int cw = frame->chroma_width();
  int ch = frame->chroma_height();
  int result;
  auto decode_into = [&](unsigned char** planes, int* strides) {
    return tjDecompressToYUVPlanes(handle, data,
                                   static_cast<unsigned long>(size), planes, w,
                                   strides, h, 0);
  };
  if (subsampling == TJSAMP_420) {
    unsigned char* planes[3] = {frame->y(), frame->u(), frame->v()};
    int strides[3] = {w, cw, cw};
    result = decode_into(planes, strides);
  } else if (subsampling == TJSAMP_422 || subsampling == TJSAMP_444 ||
             subsampling == TJSAMP_GRAY) {
    // Decode at the JPEG's own chroma size, then subsample with libyuv.
    int pw = tjPlaneWidth(1, w, subsampling);
    int ph = tjPlaneHeight(1, h, subsampling);
    bool gray = subsampling == TJSAMP_GRAY;
    size_t luma = static_cast<size_t>(w) * h;
    size_t chroma = gray ? 0 : static_cast<size_t>(pw) * ph;
    scratch_.resize(luma + 2 * chroma);
    unsigned char* planes[3] = {gray ? frame->y() : scratch_.data(),
                                scratch_.data() + luma,
                                scratch_.data() + luma + chroma};
    int strides[3] = {w, pw, pw};
    result = decode_into(planes, strides);
    if (result == 0 && gray) {
      std::fill(frame->u(), frame->u() + 2 * cw * ch, 128);
    } else if (result == 0) {
      auto down =
          subsampling == TJSAMP_422 ? libyuv::I422ToI420 : libyuv::I444ToI420;
      if (down(planes[0], w, planes[1], pw, planes[2], pw, frame->y(), w,
               frame->u(), cw, frame->v(), cw, w, h) != 0)
        result = -1;
    }
  } else {
    // 4:4:0 and 4:1:1 are rare in cameras: decode to RGB and convert.
    scratch_.resize(static_cast<size_t>(w) * h * 3);
    result = tjDecompress2(handle, data, static_cast<unsigned long>(size),
                           scratch_.data(), w, w * 3, h, TJPF_RGB, 0);
    if (result == 0) {
      result = libyuv::RAWToI420(scratch_.data(), w * 3, frame->y(), w,
                                 frame->u(), cw, frame->v(), cw, w, h);
    }
  }
  if (result != 0) {
    // libjpeg-turbo reports a premature end of data as a warning, anything
    // it cannot decode as an error.
    *reason = tjGetErrorCode(handle) == TJERR_WARNING
                  ? FrameDropReason::kTruncatedMjpeg
                  : FrameDropReason::kCorruptMjpeg;
    return false;
  }
  return true;
}

}  // namespace mediacapture

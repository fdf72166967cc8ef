// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/emulated_picture.h"

#include <turbojpeg.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace mediacapture {

namespace {

constexpr int kDarkLuma = 64;
constexpr int kBrightLuma = 192;
constexpr int kChromaLow = 112;
constexpr int kChromaHigh = 144;

struct Yuv {
  uint8_t y, u, v;
};

bool InCounterBlock(int x, int y, int width, int height, int* bit) {
  if (y >= kEmulatedPictureBlockSize || height < kEmulatedPictureBlockSize)
    return false;
  int block = x / kEmulatedPictureBlockSize;
  if (block >= kEmulatedPictureCounterBits ||
      (block + 1) * kEmulatedPictureBlockSize > width)
    return false;
  *bit = block;
  return true;
}

// Chroma depends on the 2x2 block only; luma on the pixel.
Yuv Sample(int x, int y, int width, int height, uint32_t counter) {
  int bit;
  if (InCounterBlock(x, y, width, height, &bit)) {
    uint8_t luma = (counter >> bit) & 1 ? kBrightLuma : kDarkLuma;
    return {luma, 128, 128};
  }
  int cw = (width + 1) / 2;
  int ch = (height + 1) / 2;
  int span = kChromaHigh - kChromaLow;
  Yuv s;
  s.y = static_cast<uint8_t>(kDarkLuma + (x * (kBrightLuma - kDarkLuma)) /
                                             std::max(1, width - 1));
  s.u =
      static_cast<uint8_t>(kChromaLow + ((y / 2) * span) / std::max(1, ch - 1));
  s.v = static_cast<uint8_t>(kChromaHigh -
                             ((x / 2) * span) / std::max(1, cw - 1));
  return s;
}

uint8_t Clamp(double value) {
  return static_cast<uint8_t>(
      std::min(255.0, std::max(0.0, std::round(value))));
}

// BT.601 limited range, the matrix libyuv's RGB24ToI420 inverts.
void YuvToRgb(const Yuv& s, uint8_t* r, uint8_t* g, uint8_t* b) {
  double y = 1.164 * (s.y - 16);
  double u = s.u - 128;
  double v = s.v - 128;
  *r = Clamp(y + 1.596 * v);
  *g = Clamp(y - 0.391 * u - 0.813 * v);
  *b = Clamp(y + 2.018 * u);
}

bool EncodeJpeg(const VideoFrame& i420,
                int quality,
                std::vector<uint8_t>* out) {
  tjhandle handle = tjInitCompress();
  if (!handle)
    return false;
  // Webcams send 4:2:2; the pattern's chroma is constant over 2x2 blocks, so
  // the 4:2:0 planes say the same thing at twice the vertical resolution.
  int w = i420.width, h = i420.height;
  int cw = i420.chroma_width();
  std::vector<uint8_t> u422(static_cast<size_t>(cw) * h);
  std::vector<uint8_t> v422(u422.size());
  for (int y = 0; y < h; ++y) {
    std::copy_n(i420.u() + (y / 2) * cw, cw, u422.data() + y * cw);
    std::copy_n(i420.v() + (y / 2) * cw, cw, v422.data() + y * cw);
  }
  const unsigned char* planes[3] = {i420.y(), u422.data(), v422.data()};
  unsigned char* jpeg = nullptr;
  unsigned long jpeg_size = 0;
  int result = tjCompressFromYUVPlanes(
      handle, planes, w, nullptr, h, TJSAMP_422, &jpeg, &jpeg_size, quality, 0);
  if (result == 0)
    out->assign(jpeg, jpeg + jpeg_size);
  tjFree(jpeg);
  tjDestroy(handle);
  return result == 0;
}

}  // namespace

void RenderEmulatedPictureI420(int width,
                               int height,
                               uint32_t counter,
                               VideoFrame* frame) {
  frame->Allocate(width, height);
  for (int y = 0; y < height; ++y) {
    for (int x = 0; x < width; ++x)
      frame->y()[y * width + x] = Sample(x, y, width, height, counter).y;
  }
  int cw = frame->chroma_width();
  for (int y = 0; y < frame->chroma_height(); ++y) {
    for (int x = 0; x < cw; ++x) {
      // The counter blocks are 8 pixels wide and tall: their 2x2 blocks lie
      // wholly inside, so sampling the top-left pixel is exact.
      Yuv s = Sample(2 * x, 2 * y, width, height, counter);
      frame->u()[y * cw + x] = s.u;
      frame->v()[y * cw + x] = s.v;
    }
  }
}

bool RenderEmulatedPicture(PixelFormat format,
                           int width,
                           int height,
                           uint32_t counter,
                           std::vector<uint8_t>* out,
                           int jpeg_quality) {
  VideoFrame ref;
  RenderEmulatedPictureI420(width, height, counter, &ref);
  int cw = ref.chroma_width();
  auto chroma_index = [cw](int x, int y) { return (y / 2) * cw + x / 2; };
  switch (format) {
    case PixelFormat::kI420:
      *out = ref.data;
      return true;
    case PixelFormat::kNV12: {
      out->assign(ref.data.size(), 0);
      std::copy_n(ref.y(), width * height, out->data());
      uint8_t* uv = out->data() + width * height;
      for (int i = 0; i < cw * ref.chroma_height(); ++i) {
        uv[2 * i] = ref.u()[i];
        uv[2 * i + 1] = ref.v()[i];
      }
      return true;
    }
    case PixelFormat::kYUYV:
    case PixelFormat::kUYVY: {
      if (width % 2)
        return false;
      bool yuyv = format == PixelFormat::kYUYV;
      out->assign(static_cast<size_t>(width) * height * 2, 0);
      uint8_t* p = out->data();
      for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; x += 2) {
          uint8_t y0 = ref.y()[y * width + x];
          uint8_t y1 = ref.y()[y * width + x + 1];
          uint8_t u = ref.u()[chroma_index(x, y)];
          uint8_t v = ref.v()[chroma_index(x, y)];
          if (yuyv) {
            p[0] = y0, p[1] = u, p[2] = y1, p[3] = v;
          } else {
            p[0] = u, p[1] = y0, p[2] = v, p[3] = y1;
          }
          p += 4;
        }
      }
      return true;
    }
    case PixelFormat::kRGB24:
    case PixelFormat::kBGR24: {
      bool rgb = format == PixelFormat::kRGB24;
      out->assign(static_cast<size_t>(width) * height * 3, 0);
      uint8_t* p = out->data();
      for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
          Yuv s{ref.y()[y * width + x], ref.u()[chroma_index(x, y)],
                ref.v()[chroma_index(x, y)]};
          uint8_t r, g, b;
          YuvToRgb(s, &r, &g, &b);
          p[0] = rgb ? r : b;
          p[1] = g;
          p[2] = rgb ? b : r;
          p += 3;
        }
      }
      return true;
    }
    case PixelFormat::kMJPEG:
      return EncodeJpeg(ref, jpeg_quality, out);
    case PixelFormat::kUnknown:
      break;
  }
  return false;
}

int64_t ReadEmulatedPictureCounter(const VideoFrame& frame) {
  if (frame.height < kEmulatedPictureBlockSize ||
      frame.width < kEmulatedPictureBlockSize * kEmulatedPictureCounterBits)
    return -1;
  int64_t counter = 0;
  for (int bit = 0; bit < kEmulatedPictureCounterBits; ++bit) {
    // The block's centre, away from edges a codec may blur.
    int x = bit * kEmulatedPictureBlockSize + kEmulatedPictureBlockSize / 2;
    int y = kEmulatedPictureBlockSize / 2;
    int luma = frame.y()[y * frame.width + x];
    if (std::abs(luma - kBrightLuma) < 24)
      counter |= int64_t{1} << bit;
    else if (std::abs(luma - kDarkLuma) >= 24)
      return -1;
  }
  return counter;
}

int MaxPlaneDifference(const VideoFrame& a, const VideoFrame& b, bool chroma) {
  if (a.width != b.width || a.height != b.height ||
      a.data.size() != b.data.size())
    return -1;
  size_t luma_size = static_cast<size_t>(a.width) * a.height;
  size_t begin = chroma ? luma_size : 0;
  size_t end = chroma ? a.data.size() : luma_size;
  int max_difference = 0;
  for (size_t i = begin; i < end; ++i)
    max_difference = std::max(max_difference, std::abs(a.data[i] - b.data[i]));
  return max_difference;
}

}  // namespace mediacapture

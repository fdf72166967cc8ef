// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_pixel_formats.h"

#include <cctype>

namespace mediacapture {

namespace {

// Least work first for the chosen size; one reason per row.
constexpr PixelFormatPreference kPreferences[] = {
    {PixelFormat::kI420, 0, 1,
     "already the output format: one copy of the planes"},
    {PixelFormat::kNV12, 1, 2,
     "luma copied as is, chroma only de-interleaved into two planes"},
    {PixelFormat::kYUYV, 2, 3,
     "packed 4:2:2: one pass splits luma and averages chroma row pairs"},
    {PixelFormat::kUYVY, 3, 4, "as YUYV with the bytes in the other order"},
    {PixelFormat::kRGB24, 4, 5,
     "a colour-space matrix per pixel, and 3 bytes a pixel on the bus"},
    {PixelFormat::kBGR24, 5, 6, "as RGB24 with red and blue swapped"},
    {PixelFormat::kMJPEG, 6, 0,
     "a full JPEG decode, the most work per pixel; but above 640x480 the "
     "only way cameras reach full rate (see kMjpegPreferredAboveWidth)"},
};

}  // namespace

const PixelFormatPreference* FindPixelFormatPreference(uint32_t fourcc) {
  for (const PixelFormatPreference& row : kPreferences) {
    if (static_cast<uint32_t>(row.format) == fourcc)
      return &row;
  }
  return nullptr;
}

int PixelFormatRank(PixelFormat format, int width, int height) {
  const PixelFormatPreference* row =
      FindPixelFormatPreference(static_cast<uint32_t>(format));
  if (!row)
    return 1000;
  bool large =
      width > kMjpegPreferredAboveWidth || height > kMjpegPreferredAboveHeight;
  return large ? row->rank_large : row->rank_small;
}

std::string FourccToString(uint32_t fourcc) {
  std::string text;
  for (int i = 0; i < 4; ++i) {
    char c = static_cast<char>((fourcc >> (8 * i)) & 0xff);
    text += std::isprint(static_cast<unsigned char>(c)) ? c : '?';
  }
  return text;
}

}  // namespace mediacapture

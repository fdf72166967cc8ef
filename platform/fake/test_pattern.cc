// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/test_pattern.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string>

#include "platform/fake/fake_error.h"

namespace mediacapture {

namespace {

// Cells whose average luma falls between these are neither bit: the frame
// was not drawn by DrawTestPattern() (or was damaged). Scaling blurs only the
// cells' edges, and the decoder averages their middles.
constexpr int kMaxZeroLuma = 48;
constexpr int kMinOneLuma = 208;

// The U plane's gradient spans this range from top to bottom.
constexpr int kBackgroundMinU = 64;
constexpr int kBackgroundURange = 128;

// A 3x5 font: each glyph is 5 rows of 3 bits, the left pixel the high bit.
struct Glyph {
  char character;
  uint8_t rows[5];
};
constexpr Glyph kFont[] = {
    {' ', {0, 0, 0, 0, 0}}, {'#', {5, 7, 5, 7, 5}}, {'.', {0, 0, 0, 0, 2}},
    {':', {0, 2, 0, 2, 0}}, {'0', {7, 5, 5, 5, 7}}, {'1', {2, 6, 2, 2, 7}},
    {'2', {7, 1, 7, 4, 7}}, {'3', {7, 1, 7, 1, 7}}, {'4', {5, 5, 7, 1, 1}},
    {'5', {7, 4, 7, 1, 7}}, {'6', {7, 4, 7, 5, 7}}, {'7', {7, 1, 1, 1, 1}},
    {'8', {7, 5, 7, 5, 7}}, {'9', {7, 5, 7, 1, 7}},
};
constexpr int kGlyphWidth = 3;
constexpr int kGlyphHeight = 5;
// A glyph and the blank column after it.
constexpr int kGlyphAdvance = kGlyphWidth + 1;
// The caption never needs more: "HH:MM:SS.mmm #" and 20 digits.
constexpr int kMaxCaptionLength = 34;

const Glyph* FindGlyph(char character) {
  for (const Glyph& glyph : kFont) {
    if (glyph.character == character)
      return &glyph;
  }
  return nullptr;
}

void FillLuma(VideoFrame* frame, int x, int y, int w, int h, uint8_t value) {
  const int x_end = std::min(frame->width, x + w);
  const int y_end = std::min(frame->height, y + h);
  x = std::max(0, x);
  y = std::max(0, y);
  for (int row = y; row < y_end; ++row) {
    if (x_end > x)
      std::memset(frame->y() + static_cast<size_t>(row) * frame->width + x,
                  value, x_end - x);
  }
}

void DrawCaption(const TestPatternLayout& layout,
                 const std::string& caption,
                 VideoFrame* frame) {
  const int s = layout.caption_scale;
  // The black box, one font pixel wider than the text on every side.
  FillLuma(frame, layout.caption_x - s, layout.caption_y - s,
           (static_cast<int>(caption.size()) * kGlyphAdvance + 1) * s,
           (kGlyphHeight + 2) * s, kTestPatternBlack);
  for (size_t i = 0; i < caption.size(); ++i) {
    const Glyph* glyph = FindGlyph(caption[i]);
    if (!glyph)
      continue;
    const int left = layout.caption_x + static_cast<int>(i) * kGlyphAdvance * s;
    for (int row = 0; row < kGlyphHeight; ++row) {
      for (int column = 0; column < kGlyphWidth; ++column) {
        if (glyph->rows[row] & (4 >> column))
          FillLuma(frame, left + column * s, layout.caption_y + row * s, s, s,
                   kTestPatternWhite);
      }
    }
  }
}

int CellLeft(int index, int width) {
  return index * width / kTestPatternCounterBits;
}

}  // namespace

int TestPatternStep(int width) {
  return std::max(2, (width / 64) & ~1);
}

TestPatternLayout ComputeTestPatternLayout(int width,
                                           int height,
                                           uint64_t sequence) {
  TestPatternLayout layout;
  layout.counter_band_height = height / 16;
  layout.counter_band_top = height / 2 - layout.counter_band_height / 2;
  layout.square_size = std::max(2, (height / 4) & ~1);
  layout.square_y = (height * 5 / 8) & ~1;
  layout.caption_scale = std::max(1, height / 96);
  layout.caption_x = 2 * layout.caption_scale;
  layout.caption_y = height / 16;
  int travel = width - layout.square_size;
  if (travel > 0) {
    uint64_t offset = sequence * static_cast<uint64_t>(TestPatternStep(width));
    layout.square_x = static_cast<int>(offset % static_cast<uint64_t>(travel));
    layout.square_x &= ~1;
  }
  return layout;
}

uint8_t TestPatternBackgroundLuma(int x, int width, uint64_t sequence) {
  if (width <= 0)
    return kTestPatternBlack;
  uint64_t shift = sequence * static_cast<uint64_t>(TestPatternStep(width));
  uint64_t position = (static_cast<uint64_t>(x) + shift) % width;
  return static_cast<uint8_t>(position * 256 / width);
}

std::string TestPatternCaption(uint64_t sequence, int64_t elapsed_ms) {
  if (elapsed_ms < 0)
    elapsed_ms = 0;
  char text[kMaxCaptionLength + 16];
  snprintf(text, sizeof(text), "%02lld:%02lld:%02lld.%03lld #%llu",
           static_cast<long long>(elapsed_ms / 3600000 % 100),
           static_cast<long long>(elapsed_ms / 60000 % 60),
           static_cast<long long>(elapsed_ms / 1000 % 60),
           static_cast<long long>(elapsed_ms % 1000),
           static_cast<unsigned long long>(sequence));
  return text;
}

void DrawTestPattern(uint64_t sequence, int64_t elapsed_ms, VideoFrame* frame) {
  const int width = frame->width;
  const int height = frame->height;
  if (width <= 0 || height <= 0)
    return;
  const TestPatternLayout layout =
      ComputeTestPatternLayout(width, height, sequence);

  const int band_end = layout.counter_band_top + layout.counter_band_height;

  // Luma: the background ramp, one row computed once and copied.
  std::vector<uint8_t> ramp(width);
  for (int x = 0; x < width; ++x)
    ramp[x] = TestPatternBackgroundLuma(x, width, sequence);
  for (int y = 0; y < height; ++y) {
    if (y < layout.counter_band_top || y >= band_end)
      std::memcpy(frame->y() + static_cast<size_t>(y) * width, ramp.data(),
                  width);
  }

  // The counter band.
  if (layout.counter_band_height > 0) {
    std::vector<uint8_t> band(width);
    for (int bit = 0; bit < kTestPatternCounterBits; ++bit) {
      bool one = (sequence >> (kTestPatternCounterBits - 1 - bit)) & 1;
      std::fill(band.begin() + CellLeft(bit, width),
                band.begin() + CellLeft(bit + 1, width),
                one ? kTestPatternWhite : kTestPatternBlack);
    }
    for (int y = layout.counter_band_top; y < band_end; ++y)
      std::memcpy(frame->y() + static_cast<size_t>(y) * width, band.data(),
                  width);
  }

  // Chroma: grey in the band, a vertical U gradient below it.
  const int chroma_width = frame->chroma_width();
  const int chroma_height = frame->chroma_height();
  for (int cy = 0; cy < chroma_height; ++cy) {
    uint8_t u = static_cast<uint8_t>(kBackgroundMinU +
                                     cy * kBackgroundURange / chroma_height);
    // Grey where the chroma row covers any of the band.
    if (cy * 2 + 1 >= layout.counter_band_top && cy * 2 < band_end)
      u = 128;
    std::memset(frame->u() + static_cast<size_t>(cy) * chroma_width, u,
                chroma_width);
    std::memset(frame->v() + static_cast<size_t>(cy) * chroma_width, 128,
                chroma_width);
  }

  // The moving square, clipped to the picture.
  const int x_end = std::min(width, layout.square_x + layout.square_size);
  const int y_end = std::min(height, layout.square_y + layout.square_size);
  for (int y = layout.square_y; y < y_end; ++y) {
    uint8_t luma =
        static_cast<uint8_t>((y - layout.square_y) * 256 / layout.square_size);
    std::memset(frame->y() + static_cast<size_t>(y) * width + layout.square_x,
                luma, x_end - layout.square_x);
  }
  for (int cy = layout.square_y / 2; cy < (y_end + 1) / 2; ++cy) {
    int cx = layout.square_x / 2;
    int count = (x_end + 1) / 2 - cx;
    std::memset(frame->u() + static_cast<size_t>(cy) * chroma_width + cx,
                kTestPatternSquareU, count);
    std::memset(frame->v() + static_cast<size_t>(cy) * chroma_width + cx,
                kTestPatternSquareV, count);
  }

  DrawCaption(layout, TestPatternCaption(sequence, elapsed_ms), frame);
}

bool ReadTestPatternCaption(const VideoFrame& frame, std::string* caption) {
  if (frame.width <= 0 || frame.height <= 0 ||
      frame.data.size() < static_cast<size_t>(frame.width) * frame.height)
    return false;
  const TestPatternLayout layout =
      ComputeTestPatternLayout(frame.width, frame.height, 0);
  const int s = layout.caption_scale;
  std::string text;
  for (int i = 0; i < kMaxCaptionLength; ++i) {
    const int left = layout.caption_x + i * kGlyphAdvance * s;
    if (left + kGlyphWidth * s > frame.width ||
        layout.caption_y + kGlyphHeight * s > frame.height)
      break;
    // Each font pixel's centre.
    uint8_t rows[kGlyphHeight] = {};
    for (int row = 0; row < kGlyphHeight; ++row) {
      for (int column = 0; column < kGlyphWidth; ++column) {
        int x = left + column * s + s / 2;
        int y = layout.caption_y + row * s + s / 2;
        if (frame.y()[static_cast<size_t>(y) * frame.width + x] >= 128)
          rows[row] |= 4 >> column;
      }
    }
    const Glyph* match = nullptr;
    for (const Glyph& glyph : kFont) {
      if (std::equal(rows, rows + kGlyphHeight, glyph.rows))
        match = &glyph;
    }
    if (!match)
      break;
    text += match->character;
  }
  while (!text.empty() && text.back() == ' ')
    text.pop_back();
  if (text.empty())
    return false;
  *caption = text;
  return true;
}

bool DecodeTestPatternCounter(const VideoFrame& frame, uint64_t* counter) {
  const int width = frame.width;
  const int height = frame.height;
  if (width < kTestPatternCounterBits || height < 16 ||
      frame.data.size() < static_cast<size_t>(width) * height)
    return false;
  // The middle half of each cell, in both directions, stays clear of the
  // blur that scaling leaves at its edges. Rows: the middle H/32 of the
  // picture, inside the band even when a crop took a quarter of the rows.
  const int top = height / 2 - height / 64;
  const int bottom = std::max(top + 1, height / 2 + height / 64);
  uint64_t value = 0;
  for (int bit = 0; bit < kTestPatternCounterBits; ++bit) {
    int left = CellLeft(bit, width);
    int right = CellLeft(bit + 1, width);
    int cell = right - left;
    int x0 = left + cell / 4;
    int x1 = std::max(x0 + 1, right - cell / 4);
    int sum = 0;
    int count = 0;
    for (int y = top; y < bottom; ++y) {
      for (int x = x0; x < x1; ++x) {
        sum += frame.y()[static_cast<size_t>(y) * width + x];
        ++count;
      }
    }
    int mean = sum / count;
    if (mean > kMaxZeroLuma && mean < kMinOneLuma)
      return false;
    value = (value << 1) | (mean >= kMinOneLuma ? 1 : 0);
  }
  *counter = value;
  return true;
}

Status TestPatternSource::Configure(const VideoCaptureParams& params) {
  if (params.width < 1 || params.width > kMaxWidth || params.height < 1 ||
      params.height > kMaxHeight || params.frame_rate < 0 ||
      params.frame_rate > kMaxFrameRate) {
    return Status::Error(ErrorCategory::kUnsupported, kFakeBadParams,
                         "the fake camera cannot capture " +
                             std::to_string(params.width) + "x" +
                             std::to_string(params.height) + " at " +
                             std::to_string(params.frame_rate) + " fps");
  }
  return Status::Ok();
}

Status TestPatternSource::NextFrame(uint64_t sequence, VideoFrame* frame) {
  if (first_timestamp_us_ < 0)
    first_timestamp_us_ = frame->timestamp_us;
  DrawTestPattern(sequence, (frame->timestamp_us - first_timestamp_us_) / 1000,
                  frame);
  return Status::Ok();
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_TEST_PATTERN_H_
#define PLATFORM_FAKE_TEST_PATTERN_H_

#include <cstdint>
#include <string>

#include "platform/fake/fake_media_source.h"
#include "platform/media/video_frame.h"

namespace mediacapture {

// The fake camera's picture, so that tests can assert pixels and not just
// count frames. Frame n of a W x H picture (full-range luma, 0 is black, as
// core's black frames) has:
//
//  - The counter band, rows [H/2 - H/32, H/2 + H/32): n as 32 bits, most
//    significant first, in 32 equal cells across the width (cell i covers
//    columns [i*W/32, (i+1)*W/32)): luma 255 for a 1, 0 for a 0, grey
//    chroma. Every size is a fraction of the picture, so the counter still
//    decodes after a track scales the frame, or centre-crops rows off its
//    top and bottom (4:3 to 16:9). Cropping columns (16:9 to 4:3) loses it.
//  - Elsewhere, the background: a luma ramp from 0 at the left to 255 at the
//    right that scrolls left by TestPatternStep(W) pixels a frame (wrapping),
//    with chroma U growing from top to bottom.
//  - The caption at the top left (TestPatternCaption()): the time since
//    capture started and the counter, for people looking at the frames,
//    white on a black box, in a 3x5 font magnified H/96 times.
//  - A square of side H/4 with its top at 5H/8, that moves right by
//    TestPatternStep(W) pixels a frame and wraps: red (U 90, V 240) with a
//    luma ramp from 0 at its top towards 255 at its bottom.
//
// Free functions; any thread.

struct TestPatternLayout {
  int counter_band_top = 0;  // rows [top, top + height)
  int counter_band_height = 0;
  int square_x = 0;     // even
  int square_y = 0;     // even
  int square_size = 0;  // even
  int caption_x = 0;    // the first glyph's top left
  int caption_y = 0;
  int caption_scale = 1;  // pixels per font pixel
};

constexpr uint8_t kTestPatternBlack = 0;
constexpr uint8_t kTestPatternWhite = 255;
constexpr uint8_t kTestPatternSquareU = 90;
constexpr uint8_t kTestPatternSquareV = 240;
constexpr int kTestPatternCounterBits = 32;

// Pixels the ramp and the square move per frame: 1/64 of the width, at
// least 2 (so that the square stays on even columns).
int TestPatternStep(int width);

// Where frame |sequence| of a |width| x |height| picture puts things.
TestPatternLayout ComputeTestPatternLayout(int width,
                                           int height,
                                           uint64_t sequence);

// The background's luma at column |x| in frame |sequence|.
uint8_t TestPatternBackgroundLuma(int x, int width, uint64_t sequence);

// "HH:MM:SS.mmm #N": |elapsed_ms| since capture started, frame |sequence|.
std::string TestPatternCaption(uint64_t sequence, int64_t elapsed_ms);

// Draws frame |sequence|, |elapsed_ms| into the capture, into |frame|
// (already allocated).
void DrawTestPattern(uint64_t sequence, int64_t elapsed_ms, VideoFrame* frame);

// Reads the counter back from a test-pattern frame, at any size down to 32x16
// (scaled or vertically centre-cropped frames included). False when the band is
// not there: a cell is neither clearly black nor clearly white, or the frame is
// too small.
bool DecodeTestPatternCounter(const VideoFrame& frame, uint64_t* counter);

// Reads the caption back from an unscaled test-pattern frame (the font is too
// small to survive scaling). False when no glyph is recognised.
bool ReadTestPatternCaption(const VideoFrame& frame, std::string* caption);

// The fake camera's source: draws the pattern at any size up to 8K.
// Configured on the starting thread, then used on the capture thread.
class TestPatternSource : public FakeVideoSource {
 public:
  static constexpr int kMaxWidth = 7680;
  static constexpr int kMaxHeight = 4320;
  static constexpr double kMaxFrameRate = 240;

  explicit TestPatternSource(double default_frame_rate)
      : default_frame_rate_(default_frame_rate) {}

  // FakeVideoSource:
  Status Configure(const VideoCaptureParams& params) override;
  double default_frame_rate() const override { return default_frame_rate_; }
  Status NextFrame(uint64_t sequence, VideoFrame* frame) override;

 private:
  const double default_frame_rate_;
  // The first frame's timestamp, for the caption's clock; capture thread.
  int64_t first_timestamp_us_ = -1;
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_TEST_PATTERN_H_

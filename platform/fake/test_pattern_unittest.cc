// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/test_pattern.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

VideoFrame Draw(int width,
                int height,
                uint64_t sequence,
                int64_t elapsed_ms = 0) {
  VideoFrame frame;
  frame.Allocate(width, height);
  DrawTestPattern(sequence, elapsed_ms, &frame);
  return frame;
}

uint8_t LumaAt(const VideoFrame& frame, int x, int y) {
  return frame.y()[static_cast<size_t>(y) * frame.width + x];
}

uint8_t VAt(const VideoFrame& frame, int x, int y) {
  return frame.v()[static_cast<size_t>(y / 2) * frame.chroma_width() + x / 2];
}

// Halves a frame's luma by averaging 2x2 blocks, as a track's scaler would.
VideoFrame HalveLuma(const VideoFrame& in) {
  VideoFrame out;
  out.Allocate(in.width / 2, in.height / 2);
  for (int y = 0; y < out.height; ++y) {
    for (int x = 0; x < out.width; ++x) {
      int sum = LumaAt(in, 2 * x, 2 * y) + LumaAt(in, 2 * x + 1, 2 * y) +
                LumaAt(in, 2 * x, 2 * y + 1) + LumaAt(in, 2 * x + 1, 2 * y + 1);
      out.y()[static_cast<size_t>(y) * out.width + x] =
          static_cast<uint8_t>((sum + 2) / 4);
    }
  }
  return out;
}

TEST_CASE("the drawn frame counter decodes to the sequence number") {
  auto size = GENERATE(std::make_pair(320, 240), std::make_pair(640, 480),
                       std::make_pair(1280, 720), std::make_pair(97, 61));
  auto sequence = GENERATE(uint64_t{0}, uint64_t{1}, uint64_t{12345},
                           uint64_t{0xDEADBEEF}, uint64_t{0xFFFFFFFF});
  VideoFrame frame = Draw(size.first, size.second, sequence);
  uint64_t decoded = 0;
  REQUIRE(DecodeTestPatternCounter(frame, &decoded));
  CHECK(decoded == sequence);
}

TEST_CASE("the frame counter still decodes after the frame is scaled down") {
  VideoFrame frame = Draw(1280, 720, 4242);
  VideoFrame half = HalveLuma(frame);
  VideoFrame quarter = HalveLuma(half);
  uint64_t decoded = 0;
  REQUIRE(DecodeTestPatternCounter(half, &decoded));
  CHECK(decoded == 4242);
  REQUIRE(DecodeTestPatternCounter(quarter, &decoded));
  CHECK(decoded == 4242);
}

TEST_CASE("the frame counter still decodes after a centre crop of rows") {
  // 4:3 to 16:9, as a track asking for 640x360 from a 640x480 mode gets.
  VideoFrame frame = Draw(640, 480, 987654);
  VideoFrame cropped;
  cropped.Allocate(640, 360);
  std::copy_n(frame.y() + 60 * 640, 640 * 360, cropped.y());
  uint64_t decoded = 0;
  REQUIRE(DecodeTestPatternCounter(cropped, &decoded));
  CHECK(decoded == 987654);
}

TEST_CASE("a frame without the pattern does not decode") {
  VideoFrame grey;
  grey.Allocate(320, 240);
  std::fill(grey.data.begin(), grey.data.end(), 128);
  uint64_t decoded = 0;
  CHECK_FALSE(DecodeTestPatternCounter(grey, &decoded));
  VideoFrame tiny = Draw(16, 8, 3);
  CHECK_FALSE(DecodeTestPatternCounter(tiny, &decoded));
}

TEST_CASE("the background is a left-to-right luma ramp below the counter") {
  const int width = 640;
  VideoFrame frame = Draw(width, 480, 0);
  const int row = 470;  // Below the square.
  CHECK(LumaAt(frame, 0, row) == kTestPatternBlack);
  CHECK(LumaAt(frame, width - 1, row) > 230);
  for (int x = 1; x < width; ++x)
    REQUIRE(LumaAt(frame, x, row) >= LumaAt(frame, x - 1, row));
}

TEST_CASE("the ramp scrolls left by one step a frame") {
  const int width = 640;
  const int step = TestPatternStep(width);
  VideoFrame first = Draw(width, 480, 10);
  VideoFrame next = Draw(width, 480, 11);
  const int row = 470;
  for (int x = 0; x + step < width; ++x)
    REQUIRE(LumaAt(next, x, row) == LumaAt(first, x + step, row));
  CHECK(LumaAt(first, 0, row) != LumaAt(next, 0, row));
}

TEST_CASE(
    "the red square is where the layout says and moves with the counter") {
  const int width = 640;
  const int height = 480;
  for (uint64_t sequence : {uint64_t{0}, uint64_t{7}, uint64_t{500}}) {
    VideoFrame frame = Draw(width, height, sequence);
    TestPatternLayout layout =
        ComputeTestPatternLayout(width, height, sequence);
    const int center_x = layout.square_x + layout.square_size / 2;
    const int center_y = layout.square_y + layout.square_size / 2;
    CHECK(VAt(frame, center_x, center_y) == kTestPatternSquareV);
    // Its luma ramps from top to bottom.
    CHECK(LumaAt(frame, center_x, layout.square_y) == kTestPatternBlack);
    CHECK(LumaAt(frame, center_x, layout.square_y + layout.square_size - 1) >
          LumaAt(frame, center_x, center_y));
    // Left of it (or right when it sits at the left edge) is background.
    const int outside_x = layout.square_x >= 4
                              ? layout.square_x - 4
                              : layout.square_x + layout.square_size + 4;
    CHECK(VAt(frame, outside_x, center_y) == 128);
  }
  TestPatternLayout a = ComputeTestPatternLayout(width, height, 3);
  TestPatternLayout b = ComputeTestPatternLayout(width, height, 4);
  CHECK(b.square_x - a.square_x == TestPatternStep(width));
}

TEST_CASE("the caption shows the capture time and the frame counter") {
  CHECK(TestPatternCaption(42, 3723456) == "01:02:03.456 #42");
  CHECK(TestPatternCaption(0, 0) == "00:00:00.000 #0");
  auto size = GENERATE(std::make_pair(320, 240), std::make_pair(640, 480),
                       std::make_pair(1920, 1080));
  VideoFrame frame = Draw(size.first, size.second, 1234, 61005);
  std::string caption;
  REQUIRE(ReadTestPatternCaption(frame, &caption));
  CHECK(caption == "00:01:01.005 #1234");
}

TEST_CASE("a frame without a caption reads as none") {
  VideoFrame grey;
  grey.Allocate(320, 240);
  std::fill(grey.data.begin(), grey.data.end(), 200);
  std::string caption;
  CHECK_FALSE(ReadTestPatternCaption(grey, &caption));
}

TEST_CASE("the test pattern source refuses sizes it cannot draw") {
  TestPatternSource source(30);
  CHECK(source.Configure({PixelFormat::kI420, 640, 480, 30}).ok());
  CHECK(source.Configure({PixelFormat::kI420, 0, 480, 30}).category() ==
        ErrorCategory::kUnsupported);
  CHECK(source.Configure({PixelFormat::kI420, 640, 99999, 30}).category() ==
        ErrorCategory::kUnsupported);
  CHECK(source.Configure({PixelFormat::kI420, 640, 480, -1}).category() ==
        ErrorCategory::kUnsupported);
}

}  // namespace
}  // namespace mediacapture

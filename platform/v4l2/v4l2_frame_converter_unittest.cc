// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_frame_converter.h"

#include <libyuv.h>
#include <turbojpeg.h>

#include <catch2/catch.hpp>
#include <string>

#include "platform/v4l2/emulated_picture.h"
#include "platform/v4l2/v4l2_pixel_formats.h"

namespace mediacapture {
namespace {

constexpr int kWidth = 320;
constexpr int kHeight = 240;
constexpr uint32_t kCounter = 0xa5c3;

struct Tolerance {
  PixelFormat format;
  uint32_t bytes_per_line;
  int luma;    // Largest luma error allowed against the reference.
  int chroma;  // Largest chroma error.
};

// YUV formats carry the pattern losslessly; RGB rounds through a matrix
// twice; JPEG is lossy.
const Tolerance kTolerances[] = {
    {PixelFormat::kI420, kWidth, 0, 0},
    {PixelFormat::kNV12, kWidth, 0, 0},
    {PixelFormat::kYUYV, 2 * kWidth, 0, 0},
    {PixelFormat::kUYVY, 2 * kWidth, 0, 0},
    {PixelFormat::kRGB24, 3 * kWidth, 2, 3},
    {PixelFormat::kBGR24, 3 * kWidth, 2, 3},
    {PixelFormat::kMJPEG, 0, 12, 12},
};

TEST_CASE("every pixel format converts the emulated picture to I420") {
  VideoFrame reference;
  RenderEmulatedPictureI420(kWidth, kHeight, kCounter, &reference);
  for (const Tolerance& t : kTolerances) {
    DYNAMIC_SECTION(FourccToString(static_cast<uint32_t>(t.format))) {
      std::vector<uint8_t> input;
      REQUIRE(
          RenderEmulatedPicture(t.format, kWidth, kHeight, kCounter, &input));
      V4l2FrameConverter converter(t.format, kWidth, kHeight, t.bytes_per_line);
      VideoFrame frame;
      FrameDropReason reason;
      REQUIRE(converter.Convert(input.data(), input.size(), &frame, &reason));
      REQUIRE(frame.width == kWidth);
      REQUIRE(frame.height == kHeight);
      CHECK(MaxPlaneDifference(frame, reference, false) <= t.luma);
      CHECK(MaxPlaneDifference(frame, reference, true) <= t.chroma);
      CHECK(ReadEmulatedPictureCounter(frame) == kCounter);
    }
  }
}

TEST_CASE("RGB24 read as BGR24 is caught by the chroma check") {
  VideoFrame reference;
  RenderEmulatedPictureI420(kWidth, kHeight, 1, &reference);
  std::vector<uint8_t> rgb;
  REQUIRE(RenderEmulatedPicture(PixelFormat::kRGB24, kWidth, kHeight, 1, &rgb));
  V4l2FrameConverter wrong(PixelFormat::kBGR24, kWidth, kHeight, 3 * kWidth);
  VideoFrame frame;
  FrameDropReason reason;
  REQUIRE(wrong.Convert(rgb.data(), rgb.size(), &frame, &reason));
  CHECK(MaxPlaneDifference(frame, reference, true) > 10);
}

// Encodes |reference| with turbojpeg at |subsampling| (4:2:0 and 4:4:4
// cameras exist beside the usual 4:2:2).
std::vector<uint8_t> EncodeJpeg(const VideoFrame& reference, int subsampling) {
  int w = reference.width, h = reference.height;
  int pw = tjPlaneWidth(1, w, subsampling);
  int ph = tjPlaneHeight(1, h, subsampling);
  std::vector<uint8_t> u(static_cast<size_t>(pw) * ph);
  std::vector<uint8_t> v(u.size());
  for (int y = 0; y < ph; ++y) {
    for (int x = 0; x < pw; ++x) {
      int sx = x * reference.chroma_width() / pw;
      int sy = y * reference.chroma_height() / ph;
      u[y * pw + x] = reference.u()[sy * reference.chroma_width() + sx];
      v[y * pw + x] = reference.v()[sy * reference.chroma_width() + sx];
    }
  }
  const unsigned char* planes[3] = {reference.y(), u.data(), v.data()};
  int strides[3] = {w, pw, pw};
  tjhandle handle = tjInitCompress();
  unsigned char* jpeg = nullptr;
  unsigned long size = 0;
  REQUIRE(tjCompressFromYUVPlanes(handle, planes, w, strides, h, subsampling,
                                  &jpeg, &size, 95, 0) == 0);
  std::vector<uint8_t> out(jpeg, jpeg + size);
  tjFree(jpeg);
  tjDestroy(handle);
  return out;
}

TEST_CASE("MJPEG with 4:2:0 and 4:4:4 chroma decodes to the pattern") {
  VideoFrame reference;
  RenderEmulatedPictureI420(kWidth, kHeight, 777, &reference);
  for (int subsampling : {TJSAMP_420, TJSAMP_444}) {
    DYNAMIC_SECTION("subsampling " << subsampling) {
      std::vector<uint8_t> jpeg = EncodeJpeg(reference, subsampling);
      V4l2FrameConverter converter(PixelFormat::kMJPEG, kWidth, kHeight, 0);
      VideoFrame frame;
      FrameDropReason reason;
      REQUIRE(converter.Convert(jpeg.data(), jpeg.size(), &frame, &reason));
      CHECK(MaxPlaneDifference(frame, reference, false) <= 8);
      CHECK(MaxPlaneDifference(frame, reference, true) <= 8);
      CHECK(ReadEmulatedPictureCounter(frame) == 777);
    }
  }
}

TEST_CASE("an MJPEG frame larger than the negotiated size is dropped") {
  VideoFrame reference;
  RenderEmulatedPictureI420(kWidth, kHeight, 5, &reference);
  std::vector<uint8_t> jpeg = EncodeJpeg(reference, TJSAMP_420);
  VideoFrame frame;
  FrameDropReason reason = FrameDropReason::kDriverError;
  V4l2FrameConverter smaller(PixelFormat::kMJPEG, kWidth / 2, kHeight, 0);
  CHECK_FALSE(smaller.Convert(jpeg.data(), jpeg.size(), &frame, &reason));
  CHECK(reason == FrameDropReason::kCorruptMjpeg);
  CHECK(frame.data.empty());
  // A smaller JPEG is still decoded at its own size.
  V4l2FrameConverter larger(PixelFormat::kMJPEG, kWidth * 2, kHeight * 2, 0);
  REQUIRE(larger.Convert(jpeg.data(), jpeg.size(), &frame, &reason));
  CHECK(frame.width == kWidth);
  CHECK(frame.height == kHeight);
}

TEST_CASE("packed 4:2:2 converts in strips exactly as in one libyuv call") {
  // An odd height that ends in a short strip, and padded lines.
  constexpr int kW = 70, kH = 37, kStride = 2 * kW + 12;
  std::vector<uint8_t> input(static_cast<size_t>(kStride) * kH);
  for (size_t i = 0; i < input.size(); ++i)
    input[i] = static_cast<uint8_t>(i * 7 + i / 13);
  for (PixelFormat format : {PixelFormat::kYUYV, PixelFormat::kUYVY}) {
    DYNAMIC_SECTION(FourccToString(static_cast<uint32_t>(format))) {
      V4l2FrameConverter converter(format, kW, kH, kStride);
      VideoFrame frame;
      FrameDropReason reason;
      REQUIRE(converter.Convert(input.data(), input.size(), &frame, &reason));
      VideoFrame expected;
      expected.Allocate(kW, kH);
      int cw = expected.chroma_width();
      auto convert = format == PixelFormat::kYUYV ? libyuv::YUY2ToI420
                                                  : libyuv::UYVYToI420;
      REQUIRE(convert(input.data(), kStride, expected.y(), kW, expected.u(), cw,
                      expected.v(), cw, kW, kH) == 0);
      CHECK(frame.data == expected.data);
    }
  }
}

TEST_CASE("a buffer with bytesused 0 is dropped as empty") {
  V4l2FrameConverter converter(PixelFormat::kYUYV, kWidth, kHeight, 2 * kWidth);
  std::vector<uint8_t> data(kWidth * kHeight * 2);
  VideoFrame frame;
  FrameDropReason reason = FrameDropReason::kDriverError;
  CHECK_FALSE(converter.Convert(data.data(), 0, &frame, &reason));
  CHECK(reason == FrameDropReason::kEmptyBuffer);
}

TEST_CASE("a raw buffer shorter than the format needs is dropped as short") {
  for (const Tolerance& t : kTolerances) {
    if (t.format == PixelFormat::kMJPEG)
      continue;
    DYNAMIC_SECTION(FourccToString(static_cast<uint32_t>(t.format))) {
      std::vector<uint8_t> input;
      REQUIRE(RenderEmulatedPicture(t.format, kWidth, kHeight, 0, &input));
      V4l2FrameConverter converter(t.format, kWidth, kHeight, t.bytes_per_line);
      VideoFrame frame;
      FrameDropReason reason = FrameDropReason::kDriverError;
      CHECK_FALSE(
          converter.Convert(input.data(), input.size() - 1, &frame, &reason));
      CHECK(reason == FrameDropReason::kShortBuffer);
    }
  }
}

TEST_CASE("a truncated MJPEG frame is dropped as truncated") {
  std::vector<uint8_t> jpeg;
  REQUIRE(
      RenderEmulatedPicture(PixelFormat::kMJPEG, kWidth, kHeight, 3, &jpeg));
  V4l2FrameConverter converter(PixelFormat::kMJPEG, kWidth, kHeight, 0);
  for (size_t keep : {jpeg.size() / 2, jpeg.size() - 2, size_t{40}}) {
    DYNAMIC_SECTION("keeping " << keep << " of " << jpeg.size() << " bytes") {
      VideoFrame frame;
      FrameDropReason reason = FrameDropReason::kDriverError;
      CHECK_FALSE(converter.Convert(jpeg.data(), keep, &frame, &reason));
      CHECK(reason == FrameDropReason::kTruncatedMjpeg);
    }
  }
  // The converter is still good for the next whole frame.
  VideoFrame frame;
  FrameDropReason reason;
  CHECK(converter.Convert(jpeg.data(), jpeg.size(), &frame, &reason));
}

TEST_CASE("bytes that are not a JPEG are dropped as corrupt") {
  std::vector<uint8_t> garbage(5000, 0x42);
  V4l2FrameConverter converter(PixelFormat::kMJPEG, kWidth, kHeight, 0);
  VideoFrame frame;
  FrameDropReason reason = FrameDropReason::kDriverError;
  CHECK_FALSE(
      converter.Convert(garbage.data(), garbage.size(), &frame, &reason));
  CHECK(reason == FrameDropReason::kCorruptMjpeg);
  garbage[0] = 0xff;
  garbage[1] = 0xd8;  // A JPEG start, then nonsense.
  CHECK_FALSE(
      converter.Convert(garbage.data(), garbage.size(), &frame, &reason));
  CHECK((reason == FrameDropReason::kCorruptMjpeg ||
         reason == FrameDropReason::kTruncatedMjpeg));
}

}  // namespace
}  // namespace mediacapture

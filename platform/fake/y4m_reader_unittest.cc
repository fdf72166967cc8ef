// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/y4m_reader.h"

#include <random>

#include <catch2/catch.hpp>

#include "platform/fake/fake_error.h"
#include "platform/fake/fake_test_util.h"

namespace mediacapture {
namespace {

using testing::MakeY4m;
using testing::TempDir;
using testing::WriteFile;

// |count| frames of |bytes| bytes, each filled with its own random bytes.
std::vector<std::vector<uint8_t>> RandomFrames(int count,
                                               size_t bytes,
                                               uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<std::vector<uint8_t>> frames(count);
  for (auto& frame : frames) {
    frame.resize(bytes);
    for (auto& byte : frame)
      byte = static_cast<uint8_t>(random());
  }
  return frames;
}

std::unique_ptr<Y4mReader> OpenBytes(const TempDir& dir,
                                     const std::string& bytes,
                                     Status* status) {
  const std::string path = dir.Path("test.y4m");
  WriteFile(path, bytes);
  return Y4mReader::Open(path, status);
}

TEST_CASE("a Y4M file's header and frames read back exactly, looping") {
  TempDir dir;
  // 5x3: odd sizes round chroma up (3x2 per plane).
  const size_t frame_bytes = 5 * 3 + 2 * 3 * 2;
  auto frames = RandomFrames(3, frame_bytes, 1);
  auto color_space = GENERATE(as<std::string>(), "C420jpeg", "C420mpeg2",
                              "C420paldv", "C420", "");
  Status status;
  auto reader = OpenBytes(
      dir,
      MakeY4m("W5 H3 F30000:1001 Ip A1:1 " + color_space + " XYSCSS=420",
              frames),
      &status);
  REQUIRE(status.ok());
  REQUIRE(reader);
  CHECK(reader->width() == 5);
  CHECK(reader->height() == 3);
  CHECK(reader->frame_rate() == Approx(29.97).epsilon(0.001));
  CHECK(reader->frame_count() == 3);

  REQUIRE(reader->Configure({PixelFormat::kI420, 5, 3, 0}).ok());
  for (int i = 0; i < 7; ++i) {
    VideoFrame frame;
    frame.Allocate(5, 3);
    REQUIRE(reader->NextFrame(i, &frame).ok());
    CHECK(frame.data == frames[i % 3]);
  }
}

TEST_CASE("a Y4M file without F plays at 30 fps") {
  TempDir dir;
  Status status;
  auto reader =
      OpenBytes(dir, MakeY4m("W2 H2", RandomFrames(1, 6, 2)), &status);
  REQUIRE(reader);
  CHECK(reader->frame_rate() == 30);
}

TEST_CASE("a mono Y4M file gets grey chroma") {
  TempDir dir;
  auto frames = RandomFrames(2, 4 * 2, 3);
  Status status;
  auto reader = OpenBytes(dir, MakeY4m("W4 H2 F25:1 Cmono", frames), &status);
  REQUIRE(reader);
  VideoFrame frame;
  frame.Allocate(4, 2);
  REQUIRE(reader->NextFrame(0, &frame).ok());
  CHECK(std::vector<uint8_t>(frame.y(), frame.y() + 8) == frames[0]);
  for (const uint8_t* p = frame.u(); p < frame.data.data() + frame.data.size();
       ++p)
    REQUIRE(*p == 128);
}

TEST_CASE("a Y4M file plays at its own size only") {
  TempDir dir;
  Status status;
  auto reader =
      OpenBytes(dir, MakeY4m("W2 H2 F30:1", RandomFrames(1, 6, 4)), &status);
  REQUIRE(reader);
  Status wrong = reader->Configure({PixelFormat::kI420, 640, 480, 30});
  CHECK(wrong.category() == ErrorCategory::kUnsupported);
  CHECK(wrong.code() == kFakeBadParams);
}

TEST_CASE("a missing Y4M file is kNotFound") {
  TempDir dir;
  Status status;
  CHECK_FALSE(Y4mReader::Open(dir.Path("absent.y4m"), &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK(status.code() == kFakeFileOpenFailed);
  CHECK(status.message().find("absent.y4m") != std::string::npos);
}

TEST_CASE("a directory is not a Y4M file") {
  TempDir dir;
  Status status;
  CHECK_FALSE(Y4mReader::Open(dir.Path(""), &status));
  CHECK(status.code() == kFakeFileOpenFailed);
}

struct MalformedCase {
  const char* name;
  std::string bytes;
  ErrorCategory category;
  int code;
};

TEST_CASE("malformed Y4M files are refused with the right status") {
  const auto frame = RandomFrames(1, 6, 5);
  auto row = GENERATE_REF(values<MalformedCase>({
      {"empty", "", ErrorCategory::kInternal, kFakeY4mBadHeader},
      {"no newline", "YUV4MPEG2 W2 H2", ErrorCategory::kInternal,
       kFakeY4mBadHeader},
      {"wrong magic", MakeY4m("W2 H2", frame).replace(0, 4, "YUV5"),
       ErrorCategory::kInternal, kFakeY4mBadHeader},
      {"no width", MakeY4m("H2 F30:1", frame), ErrorCategory::kInternal,
       kFakeY4mBadHeader},
      {"zero height", MakeY4m("W2 H0", frame), ErrorCategory::kInternal,
       kFakeY4mBadHeader},
      {"negative width", MakeY4m("W-2 H2", frame), ErrorCategory::kInternal,
       kFakeY4mBadHeader},
      {"huge width", MakeY4m("W99999999999 H2", frame),
       ErrorCategory::kInternal, kFakeY4mBadHeader},
      {"width with junk", MakeY4m("W2x H2", frame), ErrorCategory::kInternal,
       kFakeY4mBadHeader},
      {"zero rate", MakeY4m("W2 H2 F0:1", frame), ErrorCategory::kInternal,
       kFakeY4mBadHeader},
      {"rate without colon", MakeY4m("W2 H2 F30", frame),
       ErrorCategory::kInternal, kFakeY4mBadHeader},
      {"4:4:4", MakeY4m("W2 H2 C444", frame), ErrorCategory::kUnsupported,
       kFakeY4mUnsupportedColorSpace},
      {"4:2:2", MakeY4m("W2 H2 C422", frame), ErrorCategory::kUnsupported,
       kFakeY4mUnsupportedColorSpace},
      {"10-bit", MakeY4m("W2 H2 C420p10", frame), ErrorCategory::kUnsupported,
       kFakeY4mUnsupportedColorSpace},
      {"header only", MakeY4m("W2 H2", {}), ErrorCategory::kInternal,
       kFakeY4mNoFrames},
      {"truncated only frame",
       MakeY4m("W2 H2", frame).substr(0, MakeY4m("W2 H2", frame).size() - 1),
       ErrorCategory::kInternal, kFakeY4mNoFrames},
      {"size larger than the data", MakeY4m("W640 H480", frame),
       ErrorCategory::kInternal, kFakeY4mNoFrames},
      {"garbage instead of FRAME", "YUV4MPEG2 W2 H2\nGARBAGE\n123456",
       ErrorCategory::kInternal, kFakeY4mNoFrames},
  }));
  DYNAMIC_SECTION(row.name) {
    TempDir dir;
    Status status;
    CHECK_FALSE(OpenBytes(dir, row.bytes, &status));
    CHECK(status.category() == row.category);
    CHECK(status.code() == row.code);
    CHECK_FALSE(status.message().empty());
  }
}

TEST_CASE("a truncated last Y4M frame is left out and the rest plays") {
  TempDir dir;
  auto frames = RandomFrames(3, 6, 6);
  std::string bytes = MakeY4m("W2 H2", frames);
  bytes.resize(bytes.size() - 2);
  Status status;
  auto reader = OpenBytes(dir, bytes, &status);
  REQUIRE(reader);
  CHECK(reader->frame_count() == 2);
  VideoFrame frame;
  frame.Allocate(2, 2);
  for (int i = 0; i < 4; ++i) {
    REQUIRE(reader->NextFrame(i, &frame).ok());
    CHECK(frame.data == frames[i % 2]);
  }
}

TEST_CASE("a Y4M file that shrinks while playing ends with kDeviceLost") {
  TempDir dir;
  const std::string path = dir.Path("shrinking.y4m");
  WriteFile(path, MakeY4m("W2 H2", RandomFrames(2, 6, 7)));
  Status status;
  auto reader = Y4mReader::Open(path, &status);
  REQUIRE(reader);
  WriteFile(path, "YUV4MPEG2 W2 H2\n");
  VideoFrame frame;
  frame.Allocate(2, 2);
  Status read = reader->NextFrame(0, &frame);
  CHECK(read.category() == ErrorCategory::kDeviceLost);
  CHECK(read.code() == kFakeFileReadFailed);
}

TEST_CASE("corrupted Y4M files never crash the reader") {
  TempDir dir;
  const std::string good = MakeY4m("W4 H4 F30:1", RandomFrames(3, 24, 8));
  std::mt19937 random(9);
  for (int i = 0; i < 300; ++i) {
    std::string bytes = good;
    // Flip a few bytes, mostly in the headers, and cut the end off.
    for (int flips = 0; flips < 3; ++flips) {
      size_t at = random() % (i % 2 ? 40 : bytes.size());
      bytes[at] = static_cast<char>(random());
    }
    bytes.resize(random() % (bytes.size() + 1));
    Status status;
    auto reader = OpenBytes(dir, bytes, &status);
    REQUIRE((reader != nullptr) == status.ok());
    if (reader) {
      VideoFrame frame;
      frame.Allocate(reader->width(), reader->height());
      for (int f = 0; f < 5; ++f)
        REQUIRE(reader->NextFrame(f, &frame).ok());
    }
  }
}

}  // namespace
}  // namespace mediacapture

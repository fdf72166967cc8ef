// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/wav_reader.h"

#include <cmath>
#include <limits>
#include <random>

#include <catch2/catch.hpp>

#include "platform/fake/fake_error.h"
#include "platform/fake/fake_test_util.h"
#include "platform/fake/wav_audio_source.h"

namespace mediacapture {
namespace {

using testing::GoertzelPower;
using testing::MakeWav;
using testing::TempDir;
using testing::WavSpec;
using testing::WriteFile;

std::vector<int16_t> RandomPcm(size_t count, uint32_t seed) {
  std::mt19937 random(seed);
  std::vector<int16_t> samples(count);
  for (auto& sample : samples)
    sample = static_cast<int16_t>(random());
  samples[0] = std::numeric_limits<int16_t>::min();
  samples[1] = std::numeric_limits<int16_t>::max();
  return samples;
}

std::vector<float> RandomFloats(size_t count, uint32_t seed) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<float> uniform(-1, 1);
  std::vector<float> samples(count);
  for (auto& sample : samples)
    sample = uniform(random);
  return samples;
}

std::unique_ptr<WavReader> OpenBytes(const TempDir& dir,
                                     const std::string& bytes,
                                     Status* status) {
  const std::string path = dir.Path("test.wav");
  WriteFile(path, bytes);
  return WavReader::Open(path, status);
}

std::vector<float> ReadAll(WavReader* reader, int64_t frames, bool loop) {
  std::vector<float> out(static_cast<size_t>(frames) * reader->channels());
  Status status;
  int64_t read = reader->Read(frames, loop, out.data(), &status);
  REQUIRE(status.ok());
  out.resize(static_cast<size_t>(read) * reader->channels());
  return out;
}

TEST_CASE("a 16-bit PCM WAV file reads back exactly") {
  TempDir dir;
  auto extensible = GENERATE(false, true);
  auto channels = GENERATE(1, 2, 6);
  WavSpec spec;
  spec.sample_rate = 44100;
  spec.channels = channels;
  spec.extensible = extensible;
  spec.junk_chunk = true;
  const auto pcm = RandomPcm(100 * channels, 1);
  Status status;
  auto reader = OpenBytes(dir, MakeWav(spec, pcm, {}), &status);
  REQUIRE(status.ok());
  REQUIRE(reader);
  CHECK(reader->sample_rate() == 44100);
  CHECK(reader->channels() == channels);
  CHECK(reader->sample_format() == WavReader::SampleFormat::kPcm16);
  CHECK(reader->frame_count() == 100);
  std::vector<float> samples = ReadAll(reader.get(), 100, false);
  REQUIRE(samples.size() == pcm.size());
  for (size_t i = 0; i < pcm.size(); ++i)
    REQUIRE(samples[i] == pcm[i] / 32768.0f);
  CHECK(samples[0] == -1.0f);
}

TEST_CASE("a float WAV file reads back exactly") {
  TempDir dir;
  auto extensible = GENERATE(false, true);
  WavSpec spec;
  spec.sample_rate = 96000;
  spec.channels = 2;
  spec.float32 = true;
  spec.extensible = extensible;
  const auto floats = RandomFloats(2 * 333, 2);
  Status status;
  auto reader = OpenBytes(dir, MakeWav(spec, {}, floats), &status);
  REQUIRE(reader);
  CHECK(reader->sample_format() == WavReader::SampleFormat::kFloat32);
  CHECK(ReadAll(reader.get(), 333, false) == floats);
}

TEST_CASE("a WAV file loops when asked and stops when not") {
  TempDir dir;
  const auto pcm = RandomPcm(10, 3);
  Status status;
  auto reader = OpenBytes(dir, MakeWav(WavSpec(), pcm, {}), &status);
  REQUIRE(reader);
  std::vector<float> looped = ReadAll(reader.get(), 25, true);
  REQUIRE(looped.size() == 25);
  for (size_t i = 0; i < looped.size(); ++i)
    REQUIRE(looped[i] == pcm[i % 10] / 32768.0f);
  // 5 frames left before the end, then nothing without looping.
  CHECK(ReadAll(reader.get(), 25, false).size() == 5);
  CHECK(ReadAll(reader.get(), 25, false).empty());
}

TEST_CASE("float samples out of range are clamped and NaN reads as 0") {
  TempDir dir;
  WavSpec spec;
  spec.float32 = true;
  Status status;
  auto reader = OpenBytes(
      dir,
      MakeWav(spec, {},
              {2.0f, -7.5f, std::numeric_limits<float>::quiet_NaN(), 0.25f}),
      &status);
  REQUIRE(reader);
  CHECK(ReadAll(reader.get(), 4, false) ==
        std::vector<float>{1.0f, -1.0f, 0.0f, 0.25f});
}

TEST_CASE("a WAV data size larger than the file reads what is there") {
  TempDir dir;
  WavSpec spec;
  spec.data_size_override = 0xFFFFFFFF;  // a writer that never fixed it
  const auto pcm = RandomPcm(7, 4);
  Status status;
  auto reader = OpenBytes(dir, MakeWav(spec, pcm, {}), &status);
  REQUIRE(reader);
  CHECK(reader->frame_count() == 7);
}

TEST_CASE("a trailing partial WAV frame is dropped") {
  TempDir dir;
  WavSpec spec;
  spec.channels = 2;
  std::string bytes = MakeWav(spec, RandomPcm(10, 5), {});
  bytes.resize(bytes.size() - 2);  // half of the last frame
  Status status;
  auto reader = OpenBytes(dir, bytes, &status);
  REQUIRE(reader);
  CHECK(reader->frame_count() == 4);
}

// Issue 18: files of 9 to 32 channels or 1000 to 7999 Hz were read and then
// failed every getUserMedia. The fake microphone offers the file's own rate
// and channels, so every file the reader takes must play at them.
TEST_CASE("the reader takes exactly the WAV files the player can play") {
  struct Case {
    int sample_rate;
    int channels;
    bool playable;
  };
  auto row = GENERATE(values<Case>({
      {8000, 1, true},
      {384000, 8, true},
      {44100, 2, true},
      {7999, 1, false},
      {1000, 2, false},
      {384001, 1, false},
      {48000, 9, false},
      {48000, 32, false},
  }));
  DYNAMIC_SECTION(row.sample_rate << " Hz x " << row.channels) {
    TempDir dir;
    WavSpec spec;
    spec.sample_rate = row.sample_rate;
    spec.channels = row.channels;
    Status status;
    auto reader = OpenBytes(
        dir, MakeWav(spec, RandomPcm(4 * row.channels, 8), {}), &status);
    if (!row.playable) {
      CHECK_FALSE(reader);
      CHECK(status.code() == kFakeWavUnsupportedFormat);
      CHECK(status.message() ==
            dir.Path("test.wav") + ": " + std::to_string(row.sample_rate) +
                " Hz x " + std::to_string(row.channels) +
                " channels is not supported (8000 to 384000 Hz, 1 to 8 "
                "channels)");
    } else {
      REQUIRE(reader);
      AudioCaptureParams params;
      params.sample_rate = reader->sample_rate();
      params.channel_count = reader->channels();
      WavAudioSource source(std::move(reader), true);
      CHECK(source.Configure(params).ok());
    }
  }
}

struct MalformedCase {
  const char* name;
  std::string bytes;
  ErrorCategory category;
  int code;
};

std::string Replace(std::string bytes, size_t at, const std::string& with) {
  return bytes.replace(at, with.size(), with);
}

TEST_CASE("malformed WAV files are refused with the right status") {
  const std::string good = MakeWav(WavSpec(), RandomPcm(8, 6), {});
  std::string eight = Replace(good, 34, std::string("\x08\x00", 2));
  eight = Replace(eight, 32, std::string("\x01\x00", 2));  // block align 1
  auto row = GENERATE_REF(values<MalformedCase>({
      {"empty", "", ErrorCategory::kInternal, kFakeWavBadHeader},
      {"not RIFF", Replace(good, 0, "RIFX"), ErrorCategory::kInternal,
       kFakeWavBadHeader},
      {"not WAVE", Replace(good, 8, "AVI "), ErrorCategory::kInternal,
       kFakeWavBadHeader},
      {"header only", good.substr(0, 12), ErrorCategory::kInternal,
       kFakeWavBadHeader},
      {"fmt truncated", good.substr(0, 24), ErrorCategory::kInternal,
       kFakeWavBadHeader},
      {"fmt too short", Replace(good, 16, std::string("\x08\0\0\0", 4)),
       ErrorCategory::kInternal, kFakeWavBadHeader},
      {"no channels", Replace(good, 22, std::string("\0\0", 2)),
       ErrorCategory::kInternal, kFakeWavBadHeader},
      {"zero rate", Replace(good, 24, std::string("\0\0\0\0", 4)),
       ErrorCategory::kInternal, kFakeWavBadHeader},
      {"wrong block align", Replace(good, 32, std::string("\x07\0", 2)),
       ErrorCategory::kInternal, kFakeWavBadHeader},
      {"8-bit PCM", eight, ErrorCategory::kUnsupported,
       kFakeWavUnsupportedFormat},
      {"A-law", Replace(good, 20, std::string("\x06\0", 2)),
       ErrorCategory::kUnsupported, kFakeWavUnsupportedFormat},
      {"16-bit float", Replace(good, 20, std::string("\x03\0", 2)),
       ErrorCategory::kUnsupported, kFakeWavUnsupportedFormat},
      {"100 channels",
       Replace(Replace(good, 22, std::string("\x64\0", 2)), 32,
               std::string("\xc8\0", 2)),
       ErrorCategory::kUnsupported, kFakeWavUnsupportedFormat},
      {"no data chunk", good.substr(0, 36), ErrorCategory::kInternal,
       kFakeWavNoData},
      {"empty data chunk", MakeWav(WavSpec(), {}, {}), ErrorCategory::kInternal,
       kFakeWavNoData},
      {"data before fmt", Replace(Replace(good, 12, "data"), 36, "fmt "),
       ErrorCategory::kInternal, kFakeWavBadHeader},
      {"one byte of data", good.substr(0, 45), ErrorCategory::kInternal,
       kFakeWavNoData},
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

TEST_CASE("a missing WAV file is kNotFound") {
  TempDir dir;
  Status status;
  CHECK_FALSE(WavReader::Open(dir.Path("absent.wav"), &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK(status.code() == kFakeFileOpenFailed);
}

TEST_CASE("corrupted WAV files never crash the reader") {
  TempDir dir;
  WavSpec spec;
  spec.channels = 2;
  spec.junk_chunk = true;
  const std::string good = MakeWav(spec, RandomPcm(64, 7), {});
  std::mt19937 random(8);
  for (int i = 0; i < 300; ++i) {
    std::string bytes = good;
    for (int flips = 0; flips < 3; ++flips)
      bytes[random() % 60] = static_cast<char>(random());
    bytes.resize(random() % (bytes.size() + 1));
    Status status;
    auto reader = OpenBytes(dir, bytes, &status);
    REQUIRE((reader != nullptr) == status.ok());
    if (reader) {
      std::vector<float> out(100 * reader->channels());
      CHECK(reader->Read(100, true, out.data(), &status) == 100);
      for (float sample : out)
        REQUIRE(std::fabs(sample) <= 1.0f);
    }
  }
}

TEST_CASE("a WAV source at the file's own rate passes samples through") {
  TempDir dir;
  WavSpec spec;
  spec.channels = 2;
  const auto pcm = RandomPcm(2 * 50, 9);
  Status status;
  auto reader = OpenBytes(dir, MakeWav(spec, pcm, {}), &status);
  REQUIRE(reader);
  WavAudioSource source(std::move(reader), true);
  REQUIRE(source.Configure({48000, 2, 0.01}).ok());
  std::vector<float> out(2 * 120);
  REQUIRE(source.NextBlock(120, out.data()).ok());
  for (size_t i = 0; i < out.size(); ++i)
    REQUIRE(out[i] == pcm[i % pcm.size()] / 32768.0f);
}

TEST_CASE("a WAV source maps channels: duplicates mono, averages to mono") {
  TempDir dir;
  Status status;
  {
    auto reader =
        OpenBytes(dir, MakeWav(WavSpec(), {1000, -2000}, {}), &status);
    REQUIRE(reader);
    WavAudioSource source(std::move(reader), true);
    REQUIRE(source.Configure({48000, 2, 0.01}).ok());
    std::vector<float> out(4);
    REQUIRE(source.NextBlock(2, out.data()).ok());
    CHECK(out == std::vector<float>{1000 / 32768.0f, 1000 / 32768.0f,
                                    -2000 / 32768.0f, -2000 / 32768.0f});
  }
  {
    WavSpec stereo;
    stereo.channels = 2;
    auto reader = OpenBytes(dir, MakeWav(stereo, {1000, 3000}, {}), &status);
    REQUIRE(reader);
    WavAudioSource source(std::move(reader), true);
    REQUIRE(source.Configure({48000, 1, 0.01}).ok());
    float out = 0;
    REQUIRE(source.NextBlock(1, &out).ok());
    CHECK(out == Approx(2000 / 32768.0f));
  }
}

TEST_CASE("a WAV source resamples a 440 Hz tone to 440 Hz") {
  TempDir dir;
  WavSpec spec;
  spec.sample_rate = 22050;
  spec.float32 = true;
  std::vector<float> tone(22050);
  for (size_t i = 0; i < tone.size(); ++i)
    tone[i] = 0.5f * static_cast<float>(std::sin(2 * M_PI * 440 * i / 22050));
  Status status;
  auto reader = OpenBytes(dir, MakeWav(spec, {}, tone), &status);
  REQUIRE(reader);
  WavAudioSource source(std::move(reader), true);
  REQUIRE(source.Configure({48000, 1, 0.01}).ok());
  std::vector<float> out(48000);
  REQUIRE(source.NextBlock(48000, out.data()).ok());
  const double at_440 = GoertzelPower(out, 48000, 440);
  for (double other : {220.0, 880.0, 1000.0})
    CHECK(at_440 > 100 * GoertzelPower(out, 48000, other));
}

TEST_CASE("a WAV source without looping goes silent after the file") {
  TempDir dir;
  Status status;
  auto reader = OpenBytes(dir, MakeWav(WavSpec(), {16384, 16384}, {}), &status);
  REQUIRE(reader);
  WavAudioSource source(std::move(reader), false);
  REQUIRE(source.Configure({48000, 1, 0.01}).ok());
  std::vector<float> out(5);
  REQUIRE(source.NextBlock(5, out.data()).ok());
  CHECK(out == std::vector<float>{0.5f, 0.5f, 0, 0, 0});
}

}  // namespace
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/fake_capture_device.h"

#include <time.h>

#include <chrono>
#include <thread>

#include <catch2/catch.hpp>

#include "platform/fake/beep_generator.h"
#include "platform/fake/fake_error.h"
#include "platform/fake/fake_test_util.h"
#include "platform/fake/test_pattern.h"

namespace mediacapture {
namespace {

using namespace std::chrono_literals;
using testing::GoertzelPower;
using testing::RecordingClient;

std::unique_ptr<FakeCaptureDevice> MakeCamera(
    std::shared_ptr<FakeDeviceFaults> faults =
        std::make_shared<FakeDeviceFaults>()) {
  return std::make_unique<FakeCaptureDevice>(
      faults, std::make_unique<TestPatternSource>(30), nullptr);
}

std::unique_ptr<FakeCaptureDevice> MakeMicrophone() {
  return std::make_unique<FakeCaptureDevice>(
      std::make_shared<FakeDeviceFaults>(), nullptr,
      std::make_unique<BeepGenerator>());
}

size_t FrameCount(RecordingClient& client) {
  std::lock_guard<std::mutex> lock(client.lock());
  return client.frames.size();
}

TEST_CASE("frames arrive at roughly the asked rate") {
  auto fps = GENERATE(10.0, 30.0);
  auto camera = MakeCamera();
  RecordingClient client;
  REQUIRE(
      camera->StartVideo({PixelFormat::kI420, 320, 240, fps}, &client).ok());
  std::this_thread::sleep_for(1s);
  camera->Stop();
  // Generous: the machine is shared, but a wrong rate is off by far more.
  const double count = static_cast<double>(client.frames.size());
  CHECK(count >= fps * 0.6);
  CHECK(count <= fps * 1.2 + 1);
  CHECK(client.errors.empty());
}

TEST_CASE("frames carry increasing sequence numbers drawn into the picture") {
  auto camera = MakeCamera();
  RecordingClient client;
  REQUIRE(camera->StartVideo({PixelFormat::kI420, 640, 480, 60}, &client).ok());
  REQUIRE(client.WaitFor(
      [](RecordingClient& c) { return c.frames.size() >= 5; }, 5s));
  camera->Stop();
  // The caption's clock starts at the first frame.
  std::string first_caption;
  REQUIRE(ReadTestPatternCaption(*client.frames[0], &first_caption));
  CHECK(first_caption == "00:00:00.000 #0");
  int64_t previous_timestamp = 0;
  for (size_t i = 0; i < client.frames.size(); ++i) {
    const VideoFrame& frame = *client.frames[i];
    CHECK(frame.width == 640);
    CHECK(frame.height == 480);
    CHECK(frame.sequence == i);
    uint64_t drawn = 0;
    REQUIRE(DecodeTestPatternCounter(frame, &drawn));
    CHECK(drawn == frame.sequence);
    std::string caption;
    REQUIRE(ReadTestPatternCaption(frame, &caption));
    CHECK(caption.substr(caption.find('#')) ==
          "#" + std::to_string(frame.sequence));
    CHECK(frame.timestamp_us > previous_timestamp);
    previous_timestamp = frame.timestamp_us;
  }
}

TEST_CASE("timestamps are on CLOCK_MONOTONIC") {
  auto camera = MakeCamera();
  RecordingClient client;
  struct timespec before;
  clock_gettime(CLOCK_MONOTONIC, &before);
  REQUIRE(camera->StartVideo({PixelFormat::kI420, 320, 240, 30}, &client).ok());
  REQUIRE(
      client.WaitFor([](RecordingClient& c) { return !c.frames.empty(); }, 5s));
  camera->Stop();
  struct timespec after;
  clock_gettime(CLOCK_MONOTONIC, &after);
  const int64_t before_us = before.tv_sec * 1000000LL + before.tv_nsec / 1000;
  const int64_t after_us = after.tv_sec * 1000000LL + after.tv_nsec / 1000;
  CHECK(client.frames[0]->timestamp_us >= before_us);
  CHECK(client.frames[0]->timestamp_us <= after_us);
}

TEST_CASE("the microphone delivers 10 ms blocks of a 440 Hz beep") {
  auto channels = GENERATE(1, 2);
  auto rate = GENERATE(48000, 44100);
  auto microphone = MakeMicrophone();
  RecordingClient client;
  REQUIRE(microphone->StartAudio({rate, channels, 0.01}, &client).ok());
  REQUIRE(client.WaitFor(
      [](RecordingClient& c) { return c.blocks.size() >= 30; }, 5s));
  microphone->Stop();
  std::vector<float> first_channel;
  for (const AudioBlock& block : client.blocks) {
    CHECK(block.sample_rate == rate);
    CHECK(block.channels == channels);
    // 10 ms, give or take the rounding of rates that are not 100 Hz steps.
    CHECK(std::abs(block.frames() - rate / 100) <= 1);
    for (int i = 0; i < block.frames(); ++i)
      first_channel.push_back(block.samples[i * channels]);
  }
  const double at_440 = GoertzelPower(first_channel, rate, 440);
  CHECK(at_440 > 100 * GoertzelPower(first_channel, rate, 880));
  CHECK(at_440 > 100 * GoertzelPower(first_channel, rate, 300));
}

TEST_CASE("audio blocks are paced in real time") {
  auto microphone = MakeMicrophone();
  RecordingClient client;
  REQUIRE(microphone->StartAudio({48000, 1, 0.01}, &client).ok());
  std::this_thread::sleep_for(500ms);
  microphone->Stop();
  CHECK(client.blocks.size() >= 30);
  CHECK(client.blocks.size() <= 61);
}

TEST_CASE("a silent device reports muted, delivers nothing, then resumes") {
  auto faults = std::make_shared<FakeDeviceFaults>();
  auto camera = MakeCamera(faults);
  RecordingClient client;
  REQUIRE(camera->StartVideo({PixelFormat::kI420, 320, 240, 60}, &client).ok());
  REQUIRE(
      client.WaitFor([](RecordingClient& c) { return !c.frames.empty(); }, 5s));
  {
    std::lock_guard<std::mutex> lock(faults->lock);
    faults->silent = true;
  }
  REQUIRE(client.WaitFor(
      [](RecordingClient& c) { return c.mute_events.size() == 1; }, 5s));
  const size_t frames_when_muted = FrameCount(client);
  std::this_thread::sleep_for(200ms);
  CHECK(FrameCount(client) == frames_when_muted);
  {
    std::lock_guard<std::mutex> lock(faults->lock);
    faults->silent = false;
  }
  REQUIRE(client.WaitFor(
      [&](RecordingClient& c) { return c.frames.size() > frames_when_muted; },
      5s));
  camera->Stop();
  CHECK(client.mute_events == std::vector<bool>{true, false});
  CHECK(client.errors.empty());
  // Sequence numbers count delivered frames: no gap for the silence.
  for (size_t i = 0; i < client.frames.size(); ++i)
    CHECK(client.frames[i]->sequence == i);
}

TEST_CASE("a lost device ends its capture with one kDeviceLost") {
  auto faults = std::make_shared<FakeDeviceFaults>();
  auto camera = MakeCamera(faults);
  RecordingClient client;
  REQUIRE(camera->StartVideo({PixelFormat::kI420, 320, 240, 30}, &client).ok());
  {
    std::lock_guard<std::mutex> lock(faults->lock);
    faults->lost = true;
  }
  faults->changed.notify_all();
  REQUIRE(
      client.WaitFor([](RecordingClient& c) { return !c.errors.empty(); }, 5s));
  const size_t frames = FrameCount(client);
  std::this_thread::sleep_for(100ms);
  camera->Stop();
  CHECK(client.errors.size() == 1);
  CHECK(client.errors[0].category() == ErrorCategory::kDeviceLost);
  CHECK(client.frames.size() == frames);
}

TEST_CASE("Stop() joins the capture thread and is safe twice") {
  auto camera = MakeCamera();
  RecordingClient client;
  REQUIRE(camera->StartVideo({PixelFormat::kI420, 320, 240, 60}, &client).ok());
  REQUIRE(
      client.WaitFor([](RecordingClient& c) { return !c.frames.empty(); }, 5s));
  camera->Stop();
  const size_t frames = FrameCount(client);
  std::this_thread::sleep_for(100ms);
  CHECK(FrameCount(client) == frames);
  camera->Stop();
  CHECK(FrameCount(client) == frames);
}

TEST_CASE("a device starts once: again, or after Stop(), is refused") {
  auto camera = MakeCamera();
  RecordingClient client;
  const VideoCaptureParams params{PixelFormat::kI420, 320, 240, 30};
  REQUIRE(camera->StartVideo(params, &client).ok());
  CHECK(camera->StartVideo(params, &client).code() == kFakeAlreadyStarted);
  camera->Stop();
  CHECK(camera->StartVideo(params, &client).code() == kFakeAlreadyStarted);

  auto unused = MakeCamera();
  unused->Stop();
  CHECK(unused->StartVideo(params, &client).code() == kFakeAlreadyStarted);
}

TEST_CASE("a camera refuses audio and a microphone refuses video") {
  RecordingClient client;
  CHECK(MakeCamera()->StartAudio({48000, 1, 0.01}, &client).code() ==
        kFakeWrongKind);
  CHECK(MakeMicrophone()
            ->StartVideo({PixelFormat::kI420, 320, 240, 30}, &client)
            .code() == kFakeWrongKind);
}

TEST_CASE("bad capture params are refused before any thread starts") {
  RecordingClient client;
  CHECK(MakeCamera()
            ->StartVideo({PixelFormat::kI420, -1, 240, 30}, &client)
            .category() == ErrorCategory::kUnsupported);
  CHECK(MakeMicrophone()->StartAudio({48000, 0, 0.01}, &client).category() ==
        ErrorCategory::kUnsupported);
}

TEST_CASE("a frame rate of 0 paces at the source's default rate") {
  auto camera = std::make_unique<FakeCaptureDevice>(
      std::make_shared<FakeDeviceFaults>(),
      std::make_unique<TestPatternSource>(10), nullptr);
  RecordingClient client;
  REQUIRE(camera->StartVideo({PixelFormat::kI420, 320, 240, 0}, &client).ok());
  std::this_thread::sleep_for(1s);
  camera->Stop();
  CHECK(client.frames.size() >= 6);
  CHECK(client.frames.size() <= 13);
}

}  // namespace
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/mediastream/capture_source.h"

#include <catch2/catch.hpp>

#include "tools/testing/fake_task_runner.h"

namespace mediacapture {
namespace {

// A device the test drives by hand: it remembers its client and whether it
// runs.
class ManualDevice : public CaptureDevice {
 public:
  struct State {
    CaptureDeviceClient* client = nullptr;
    bool running = false;
    int stops = 0;
    VideoCaptureParams params;
  };
  explicit ManualDevice(State* state, bool fail_start = false)
      : state_(state), fail_start_(fail_start) {}
  Status StartVideo(const VideoCaptureParams& params,
                    CaptureDeviceClient* client) override {
    if (fail_start_)
      return Status::Error(ErrorCategory::kBusy, 1, "device busy");
    state_->client = client;
    state_->running = true;
    state_->params = params;
    return Status::Ok();
  }
  void Stop() override {
    if (state_->running)
      ++state_->stops;
    state_->running = false;
  }

 private:
  State* state_;
  bool fail_start_;
};

class RecordingTrack : public CaptureSource::Observer {
 public:
  void OnSourceEnded() override { ++ended; }
  void OnSourceMuted(bool is_muted) override { muted.push_back(is_muted); }
  int ended = 0;
  std::vector<bool> muted;
};

class CountingSink : public VideoSink {
 public:
  void OnVideoFrame(const VideoFrameView& frame) override {
    ++frames;
    width = frame.width;
    height = frame.height;
    first_luma = frame.y[0];
  }
  int frames = 0;
  int width = 0;
  int height = 0;
  int first_luma = -1;
};

VideoFramePtr Frame(int width,
                    int height,
                    int64_t timestamp_us,
                    uint8_t luma = 200) {
  auto frame = std::make_shared<VideoFrame>();
  frame->Allocate(width, height);
  std::fill(frame->data.begin(), frame->data.begin() + width * height, luma);
  frame->timestamp_us = timestamp_us;
  return frame;
}

DeviceDescriptor Camera() {
  DeviceDescriptor descriptor;
  descriptor.raw_id = "cam";
  descriptor.label = "Camera";
  return descriptor;
}

VideoCaptureParams Vga30() {
  VideoCaptureParams params;
  params.width = 640;
  params.height = 480;
  params.frame_rate = 30;
  return params;
}

TEST_CASE("a started source keeps the loop alive until its last track leaves") {
  testing::FakeTaskRunner runner;
  ManualDevice::State state;
  auto source = std::make_shared<CaptureSource>(
      Camera(), std::make_unique<ManualDevice>(&state), &runner);
  REQUIRE(source->StartVideo(Vga30()).ok());
  CHECK(state.running);
  CHECK(runner.pending_activities() == 1);

  RecordingTrack a, b;
  source->AddTrack(&a, std::make_shared<TrackDelivery>());
  source->AddTrack(&b, std::make_shared<TrackDelivery>());
  source->RemoveTrack(&a);
  CHECK(state.running);
  source->RemoveTrack(&b);
  CHECK_FALSE(state.running);
  CHECK(state.stops == 1);
  CHECK(runner.pending_activities() == 0);
  CHECK(a.ended == 0);  // Stopping is not ending.
}

TEST_CASE("a failed start reports the device's error and holds nothing") {
  testing::FakeTaskRunner runner;
  ManualDevice::State state;
  auto source = std::make_shared<CaptureSource>(
      Camera(), std::make_unique<ManualDevice>(&state, true), &runner);
  Status status = source->StartVideo(Vga30());
  CHECK(status.category() == ErrorCategory::kBusy);
  CHECK_FALSE(source->started());
  CHECK(runner.pending_activities() == 0);
}

TEST_CASE("a lost device ends every track on the JS thread, once") {
  testing::FakeTaskRunner runner;
  ManualDevice::State state;
  auto source = std::make_shared<CaptureSource>(
      Camera(), std::make_unique<ManualDevice>(&state), &runner);
  REQUIRE(source->StartVideo(Vga30()).ok());
  RecordingTrack a, b;
  source->AddTrack(&a, std::make_shared<TrackDelivery>());
  source->AddTrack(&b, std::make_shared<TrackDelivery>());

  state.client->OnError(
      Status::Error(ErrorCategory::kDeviceLost, 2, "unplugged"));
  CHECK(a.ended == 0);  // Not on the capture thread.
  runner.RunUntilIdle();
  CHECK(a.ended == 1);
  CHECK(b.ended == 1);
  CHECK(source->ended());
  CHECK_FALSE(state.running);
  CHECK(runner.pending_activities() == 0);

  state.client->OnError(Status::Error(ErrorCategory::kDeviceLost, 2, "x"));
  runner.RunUntilIdle();
  CHECK(a.ended == 1);
}

TEST_CASE("mute and unmute reach tracks once per change") {
  testing::FakeTaskRunner runner;
  ManualDevice::State state;
  auto source = std::make_shared<CaptureSource>(
      Camera(), std::make_unique<ManualDevice>(&state), &runner);
  REQUIRE(source->StartVideo(Vga30()).ok());
  RecordingTrack track;
  source->AddTrack(&track, std::make_shared<TrackDelivery>());
  state.client->OnMuted(true);
  state.client->OnMuted(true);
  state.client->OnMuted(false);
  runner.RunUntilIdle();
  CHECK(track.muted == std::vector<bool>{true, false});
}

TEST_CASE("a state change posted after the source died is dropped") {
  testing::FakeTaskRunner runner;
  ManualDevice::State state;
  auto source = std::make_shared<CaptureSource>(
      Camera(), std::make_unique<ManualDevice>(&state), &runner);
  REQUIRE(source->StartVideo(Vga30()).ok());
  CaptureDeviceClient* client = state.client;
  client->OnError(Status::Error(ErrorCategory::kDeviceLost, 2, "gone"));
  source.reset();
  CHECK(runner.RunUntilIdle() == 1);
  CHECK(runner.pending_activities() == 0);
}

TEST_CASE("each track gets its own size from one shared source") {
  testing::FakeTaskRunner runner;
  ManualDevice::State state;
  auto source = std::make_shared<CaptureSource>(
      Camera(), std::make_unique<ManualDevice>(&state), &runner);
  REQUIRE(source->StartVideo(Vga30()).ok());
  RecordingTrack full_track, small_track;
  auto full = std::make_shared<TrackDelivery>();
  auto small = std::make_shared<TrackDelivery>();
  small->SetVideoSettings({320, 180, std::nullopt});
  CountingSink full_sink, small_sink;
  full->AddVideoSink(&full_sink);
  small->AddVideoSink(&small_sink);
  source->AddTrack(&full_track, full);
  source->AddTrack(&small_track, small);

  state.client->OnVideoFrame(Frame(640, 480, 1000));
  CHECK(full_sink.frames == 1);
  CHECK(full_sink.width == 640);
  CHECK(small_sink.frames == 1);
  CHECK(small_sink.width == 320);
  CHECK(small_sink.height == 180);
  CHECK(small_sink.first_luma == 200);  // Scaled, not blanked.

  source->RemoveTrack(&small_track);
  state.client->OnVideoFrame(Frame(640, 480, 34000));
  CHECK(small_sink.frames == 1);
  CHECK(full_sink.frames == 2);
}

}  // namespace
}  // namespace mediacapture

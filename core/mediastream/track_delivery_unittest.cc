// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/track_delivery.h"

#include <atomic>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <catch2/catch.hpp>

#include "core/mediastream/capture_source.h"
#include "platform/fake/fake_device_factory.h"
#include "tools/testing/fake_task_runner.h"

namespace mediacapture {
namespace {

class RecordingVideoSink : public VideoSink {
 public:
  void OnVideoFrame(const VideoFrameView& frame) override {
    timestamps.push_back(frame.timestamp_us);
    width = frame.width;
    height = frame.height;
    luma_sum = 0;
    for (int i = 0; i < frame.width * frame.height; ++i)
      luma_sum += frame.y[i];
    chroma_u = frame.u[0];
  }
  std::vector<int64_t> timestamps;
  int width = 0;
  int height = 0;
  long luma_sum = 0;
  int chroma_u = -1;
};

class RecordingAudioSink : public AudioSink {
 public:
  void OnAudioBlock(const AudioBlockView& block) override {
    ++blocks;
    frames = block.frames;
    peak = 0;
    for (int i = 0; i < block.frames * block.channels; ++i)
      peak = std::max(peak, std::fabs(block.samples[i]));
  }
  int blocks = 0;
  int frames = 0;
  float peak = 0;
};

VideoFrame Frame(int width, int height, int64_t timestamp_us) {
  VideoFrame frame;
  frame.Allocate(width, height);
  frame.timestamp_us = timestamp_us;
  // Left half dark, right half bright: cropping and scaling keep both.
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      frame.y()[y * width + x] = x < width / 2 ? 20 : 220;
  return frame;
}

TEST_CASE("frames are dropped to the track's frame rate") {
  struct Row {
    double source_fps;
    std::optional<double> track_fps;  // nullopt: every frame.
    int expected_of_60;               // Frames kept out of 60 source frames.
  };
  // 0 fps, the frameRate capability's minimum, keeps none.
  auto row = GENERATE(Row{30, 15, 30}, Row{30, 10, 20}, Row{30, 30, 60},
                      Row{30, std::nullopt, 60}, Row{30, 0, 0}, Row{60, 25, 25},
                      Row{30, 60, 60});
  DYNAMIC_SECTION(row.source_fps
                  << " fps source, "
                  << (row.track_fps ? std::to_string(*row.track_fps) : "any")
                  << " fps track") {
    TrackDelivery delivery;
    delivery.SetVideoSettings({0, 0, row.track_fps});
    RecordingVideoSink sink;
    delivery.AddVideoSink(&sink);
    // 60 source frames, with +-1 ms of jitter.
    for (int i = 0; i < 60; ++i) {
      int64_t t = static_cast<int64_t>(i * 1e6 / row.source_fps) +
                  (i % 2 ? 1000 : -1000);
      delivery.DeliverVideoFrame(Frame(64, 48, t + 10'000'000));
    }
    CHECK(static_cast<int>(sink.timestamps.size()) == row.expected_of_60);
    CHECK(delivery.frames_delivered() == sink.timestamps.size());
    CHECK(delivery.frames_dropped() == 60 - sink.timestamps.size());
  }
}

TEST_CASE("a paused source restarts pacing instead of bursting") {
  TrackDelivery delivery;
  delivery.SetVideoSettings({0, 0, 10});
  RecordingVideoSink sink;
  delivery.AddVideoSink(&sink);
  delivery.DeliverVideoFrame(Frame(64, 48, 0));
  delivery.DeliverVideoFrame(Frame(64, 48, 5'000'000));  // 5 s later.
  delivery.DeliverVideoFrame(Frame(64, 48, 5'033'333));
  CHECK(sink.timestamps == std::vector<int64_t>{0, 5'000'000});
}

TEST_CASE("a smaller track size is scaled, a different aspect is cropped") {
  TrackDelivery delivery;
  delivery.SetVideoSettings({32, 24, std::nullopt});
  RecordingVideoSink sink;
  delivery.AddVideoSink(&sink);
  delivery.DeliverVideoFrame(Frame(64, 48, 0));
  CHECK(sink.width == 32);
  CHECK(sink.height == 24);
  // Half dark (20), half bright (220): the average stays at 120.
  CHECK(std::abs(sink.luma_sum / (32 * 24) - 120) <= 2);

  // 16:9 out of 4:3 crops rows, keeping the left/right halves.
  delivery.SetVideoSettings({32, 18, std::nullopt});
  delivery.DeliverVideoFrame(Frame(64, 48, 100000));
  CHECK(sink.width == 32);
  CHECK(sink.height == 18);
  CHECK(std::abs(sink.luma_sum / (32 * 18) - 120) <= 2);
}

TEST_CASE("a disabled track delivers black frames and silence") {
  TrackDelivery delivery;
  RecordingVideoSink video;
  RecordingAudioSink audio;
  delivery.AddVideoSink(&video);
  delivery.AddAudioSink(&audio);
  delivery.SetEnabled(false);
  delivery.DeliverVideoFrame(Frame(64, 48, 0));
  CHECK(video.width == 64);
  CHECK(video.luma_sum == 0);
  CHECK(video.chroma_u == 128);

  AudioBlock block;
  block.sample_rate = 48000;
  block.channels = 2;
  block.samples.assign(960, 0.5f);
  delivery.DeliverAudioBlock(block);
  CHECK(audio.blocks == 1);
  CHECK(audio.frames == 480);
  CHECK(audio.peak == 0.0f);

  delivery.SetEnabled(true);
  delivery.DeliverAudioBlock(block);
  CHECK(audio.peak == 0.5f);
  delivery.DeliverVideoFrame(Frame(64, 48, 40000));
  CHECK(video.luma_sum > 0);
}

TEST_CASE("a removed sink receives nothing more; adding twice delivers once") {
  TrackDelivery delivery;
  RecordingVideoSink sink;
  delivery.AddVideoSink(&sink);
  delivery.AddVideoSink(&sink);
  delivery.DeliverVideoFrame(Frame(64, 48, 0));
  CHECK(sink.timestamps.size() == 1);
  delivery.RemoveVideoSink(&sink);
  delivery.DeliverVideoFrame(Frame(64, 48, 40000));
  CHECK(sink.timestamps.size() == 1);
  CHECK(delivery.frames_delivered() == 2);
}

// The threads of sinks (media_sink.h): adding and removing from inside a
// callback, and removal on another thread while frames flow.

// Called back with |self| on each frame or block, on whatever thread
// delivers; keeps counts the test thread reads and waits on.
class ThreadedSink : public VideoSink, public AudioSink {
 public:
  using Action = std::function<void(ThreadedSink* self)>;

  explicit ThreadedSink(Action action = nullptr) : action_(std::move(action)) {}

  void OnVideoFrame(const VideoFrameView& frame) override {
    (void)frame;
    Call();
  }
  void OnAudioBlock(const AudioBlockView& block) override {
    (void)block;
    Call();
  }

  // Waits until |done| holds (under the lock), at most two seconds: frames
  // come every 33 ms, audio blocks every 10 ms.
  bool WaitUntil(const std::function<bool()>& done) {
    std::unique_lock<std::mutex> lock(lock_);
    return changed_.wait_for(lock, std::chrono::seconds(2), done);
  }
  int calls() {
    std::lock_guard<std::mutex> lock(lock_);
    return calls_;
  }
  int returns() {
    std::lock_guard<std::mutex> lock(lock_);
    return returns_;
  }
  bool in_callback() {
    std::lock_guard<std::mutex> lock(lock_);
    return calls_ != returns_;
  }
  // Under the lock, for WaitUntil() predicates.
  int calls_locked() const { return calls_; }
  int returns_locked() const { return returns_; }

 private:
  void Call() {
    {
      std::lock_guard<std::mutex> lock(lock_);
      ++calls_;
    }
    changed_.notify_all();
    if (action_)
      action_(this);
    {
      std::lock_guard<std::mutex> lock(lock_);
      ++returns_;
    }
    changed_.notify_all();
  }

  const Action action_;
  std::mutex lock_;
  std::condition_variable changed_;
  int calls_ = 0;    // Under |lock_|.
  int returns_ = 0;  // Under |lock_|.
};

void AddSink(TrackDelivery* delivery, bool video, ThreadedSink* sink) {
  if (video)
    delivery->AddVideoSink(sink);
  else
    delivery->AddAudioSink(sink);
}

void RemoveSink(TrackDelivery* delivery, bool video, ThreadedSink* sink) {
  if (video)
    delivery->RemoveVideoSink(sink);
  else
    delivery->RemoveAudioSink(sink);
}

void DeliverOne(TrackDelivery* delivery, bool video, int64_t timestamp_us) {
  if (video) {
    delivery->DeliverVideoFrame(Frame(64, 48, timestamp_us));
    return;
  }
  AudioBlock block;
  block.sample_rate = 48000;
  block.channels = 1;
  block.timestamp_us = timestamp_us;
  block.samples.assign(480, 0.25f);
  delivery->DeliverAudioBlock(block);
}

// A started fake camera (320x240 at 30 fps) or the fake microphone on a
// CaptureSource with one track, |delivery|; the track leaves (stopping the
// device, joining its thread) when this goes away.
class FakeCapture {
 public:
  FakeCapture(bool video, std::shared_ptr<TrackDelivery> delivery) {
    Status status;
    std::unique_ptr<CaptureDevice> device =
        factory_.Open(video ? "fake:camera:0" : "fake:microphone:0", &status);
    REQUIRE(device);
    source_ = std::make_shared<CaptureSource>(
        video ? FakeDeviceFactory::CameraDescriptor(0, {30})
              : FakeDeviceFactory::MicrophoneDescriptor(0),
        std::move(device), &runner_);
    status = video ? source_->StartVideo({PixelFormat::kI420, 320, 240, 30})
                   : source_->StartAudio(AudioCaptureParams());
    REQUIRE(status.ok());
    source_->AddTrack(&track_, std::move(delivery));
  }
  ~FakeCapture() { source_->RemoveTrack(&track_); }

 private:
  class Track : public CaptureSource::Observer {
   public:
    void OnSourceEnded() override {}
    void OnSourceMuted(bool muted) override { (void)muted; }
  };

  testing::FakeTaskRunner runner_;
  FakeDeviceFactory factory_;
  Track track_;
  std::shared_ptr<CaptureSource> source_;
};

const char* KindName(bool video) {
  return video ? "video" : "audio";
}

TEST_CASE("a sink may remove itself and others and add one from its callback",
          "[delivery][sink-threads]") {
  const bool video = GENERATE(true, false);
  DYNAMIC_SECTION(KindName(video)) {
    TrackDelivery delivery;
    ThreadedSink added;
    ThreadedSink second;
    ThreadedSink first([&](ThreadedSink* self) {
      RemoveSink(&delivery, video, self);
      RemoveSink(&delivery, video, &second);
      AddSink(&delivery, video, &added);
    });
    AddSink(&delivery, video, &first);
    AddSink(&delivery, video, &second);
    DeliverOne(&delivery, video, 0);
    CHECK(first.calls() == 1);
    CHECK(first.returns() == 1);
    // Removed by the first sink before its turn came.
    CHECK(second.calls() == 0);
    // Added during the delivery: from the next one on.
    CHECK(added.calls() == 0);
    DeliverOne(&delivery, video, 40000);
    CHECK(first.calls() == 1);
    CHECK(second.calls() == 0);
    CHECK(added.calls() == 1);
  }
}

TEST_CASE("a sink on a fake device may remove itself on the capture thread",
          "[delivery][sink-threads]") {
  const bool video = GENERATE(true, false);
  DYNAMIC_SECTION(KindName(video)) {
    auto delivery = std::make_shared<TrackDelivery>();
    ThreadedSink added;
    ThreadedSink sink([&](ThreadedSink* self) {
      RemoveSink(delivery.get(), video, self);
      AddSink(delivery.get(), video, &added);
    });
    AddSink(delivery.get(), video, &sink);
    {
      FakeCapture capture(video, delivery);
      // Returning at all is the point: the removal did not wait for the
      // delivery it was called from.
      REQUIRE(sink.WaitUntil([&] { return sink.returns_locked() == 1; }));
      REQUIRE(added.WaitUntil([&] { return added.calls_locked() >= 3; }));
    }
    // Several frames or blocks went to the added sink, none to the removed.
    CHECK(sink.calls() == 1);
    RemoveSink(delivery.get(), video, &added);
  }
}

TEST_CASE("a sink removed on another thread mid-callback may then be deleted",
          "[delivery][sink-threads]") {
  const bool video = GENERATE(true, false);
  DYNAMIC_SECTION(KindName(video)) {
    auto delivery = std::make_shared<TrackDelivery>();
    FakeCapture capture(video, delivery);
    // Several rounds, each removing while the first sink is inside its
    // callback: it sleeps there 20 ms, longer than the test thread needs to
    // remove both sinks. The second sink, due after it in the same
    // delivery, is removed meanwhile; neither may be called once its
    // removal returned.
    for (int round = 0; round < 5; ++round) {
      INFO("round " << round);
      std::atomic<bool> removed{false};
      std::atomic<int> late_calls{0};
      auto slow = std::make_unique<ThreadedSink>([&](ThreadedSink*) {
        if (removed)
          ++late_calls;
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
      });
      auto next = std::make_unique<ThreadedSink>([&](ThreadedSink*) {
        if (removed)
          ++late_calls;
      });
      AddSink(delivery.get(), video, slow.get());
      AddSink(delivery.get(), video, next.get());
      ThreadedSink* slow_sink = slow.get();
      REQUIRE(slow->WaitUntil([&] {
        return slow_sink->calls_locked() > slow_sink->returns_locked();
      }));
      RemoveSink(delivery.get(), video, next.get());
      RemoveSink(delivery.get(), video, slow.get());
      removed = true;
      // The removal waited for the callback in progress.
      CHECK_FALSE(slow->in_callback());
      CHECK_FALSE(next->in_callback());
      // What ASan checks: nothing calls a deleted sink.
      slow.reset();
      next.reset();
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      CHECK(late_calls == 0);
    }
  }
}

}  // namespace
}  // namespace mediacapture

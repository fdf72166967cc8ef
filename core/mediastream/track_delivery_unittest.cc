// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/track_delivery.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <optional>
#include <string>

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

}  // namespace
}  // namespace mediacapture

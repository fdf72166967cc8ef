// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/pulse_capture_device.h"

#include <cmath>
#include <memory>

#include <catch2/catch.hpp>

#include "platform/pulse/pulse_device_factory.h"
#include "platform/pulse/test_capture_client.h"
#include "platform/pulse/test_pulse_daemon.h"
#include "platform/pulse/test_tone.h"

namespace mediacapture {
namespace {

// REQUIRE for a step that explains its failure in the local |error|.
#define REQUIRE_DONE(expr) \
  do {                     \
    bool done_ = (expr);   \
    INFO(error);           \
    REQUIRE(done_);        \
  } while (false)

// One second of audio arrives in about one second; the rest is slack for a
// loaded machine.
constexpr int kOneSecondTimeoutMs = 3000;
// The brief's bound for noticing a dead server.
constexpr int64_t kLossDeadlineUs = 1000000;

struct Rig {
  TestPulseDaemon daemon;
  std::unique_ptr<PulseDeviceFactory> factory;

  bool Start(std::string* error) {
    if (!daemon.Start(error))
      return false;
    PulseDeviceFactory::Options options;
    options.context.server = daemon.server();
    options.include_monitors = true;
    factory = std::make_unique<PulseDeviceFactory>(options);
    return true;
  }
  std::unique_ptr<CaptureDevice> Open(const std::string& raw_id) {
    Status status;
    std::unique_ptr<CaptureDevice> device = factory->Open(raw_id, &status);
    INFO(status.message());
    CHECK(status.ok());
    return device;
  }
  // module-sine-source runs at a fixed 2 s latency and renders up to 2 s
  // ahead of the clock, so it cannot show timing. module-null-source
  // (silence, dynamic latency, real time) can.
  bool LoadSilence(std::string* error) {
    return daemon.LoadModule("module-null-source", "source_name=silence",
                             error) >= 0;
  }
  // A 440 Hz sine played into the null sink, for its monitor.
  bool PlayToneIntoNullSink(std::string* error) {
    return daemon.LoadModule("module-sine", "sink=null frequency=440", error) >=
           0;
  }
};

AudioCaptureParams Params(int rate, int channels, double latency = 0.02) {
  AudioCaptureParams params;
  params.sample_rate = rate;
  params.channel_count = channels;
  params.latency = latency;
  return params;
}

TEST_CASE("one second of the sine source is a 440 Hz tone at the asked format",
          "[pulse][capture]") {
  struct Row {
    int rate;
    int channels;
  };
  Row row = GENERATE(Row{48000, 1}, Row{44100, 2});
  DYNAMIC_SECTION(row.rate << " Hz, " << row.channels << " channels") {
    Rig rig;
    std::string error;
    REQUIRE_DONE(rig.Start(&error));
    TestCaptureClient client;
    std::unique_ptr<CaptureDevice> device = rig.Open("sine");
    REQUIRE(device);
    Status status = device->StartAudio(Params(row.rate, row.channels), &client);
    INFO(status.message());
    REQUIRE(status.ok());
    REQUIRE(client.WaitForFrames(row.rate, kOneSecondTimeoutMs));
    device->Stop();

    for (const TestCaptureClient::Delivery& d : client.deliveries()) {
      REQUIRE(d.block.sample_rate == row.rate);
      REQUIRE(d.block.channels == row.channels);
      REQUIRE(d.block.samples.size() ==
              static_cast<size_t>(d.block.frames() * row.channels));
    }
    std::vector<float> samples = client.samples();
    // Skip the first 100 ms: the resampler's start-up.
    samples.erase(samples.begin(),
                  samples.begin() + row.rate / 10 * row.channels);
    for (int channel = 0; channel < row.channels; ++channel) {
      std::vector<float> mono = ExtractChannel(samples, row.channels, channel);
      CHECK(Rms(mono) > 0.05);
      CHECK(DominantFrequency(mono, row.rate, 100, 2000, 5) ==
            Approx(440).margin(5));
    }
  }
}

TEST_CASE("capture timestamps are monotonic, gapless and just past",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  REQUIRE_DONE(rig.LoadSilence(&error));
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("silence");
  REQUIRE(device);
  REQUIRE(device->StartAudio(Params(48000, 2), &client).ok());
  REQUIRE(client.WaitForFrames(48000 / 2, kOneSecondTimeoutMs));
  device->Stop();
  std::vector<TestCaptureClient::Delivery> deliveries = client.deliveries();
  REQUIRE(deliveries.size() >= 10);
  int64_t previous_end = -1;
  int64_t previous_start = -1;
  int discontinuities = 0;
  for (const TestCaptureClient::Delivery& d : deliveries) {
    int64_t duration_us = d.block.frames() * 1000000LL / 48000;
    // Captured before it was delivered, and not long before.
    CHECK(d.block.timestamp_us + duration_us <= d.delivered_us);
    CHECK(d.delivered_us - d.block.timestamp_us < 500000);
    if (previous_end >= 0) {
      CHECK(d.block.timestamp_us > previous_start);
      if (std::llabs(d.block.timestamp_us - previous_end) > 1)
        ++discontinuities;
    }
    previous_start = d.block.timestamp_us;
    previous_end = d.block.timestamp_us + duration_us;
  }
  // Blocks follow one another exactly; the timeline is re-anchored only
  // when it drifts from the server's timing. That is rare, but a starved
  // machine delays module-null-source's timer as well as us: stamping each
  // block from its own measurement would make nearly every block a
  // discontinuity, so a third is the bound that tells the two apart.
  CHECK(discontinuities <= static_cast<int>(deliveries.size()) / 3);
}

TEST_CASE("the latency target sets the size of the blocks",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  REQUIRE_DONE(rig.LoadSilence(&error));
  for (double latency : {0.01, 0.1}) {
    TestCaptureClient client;
    std::unique_ptr<CaptureDevice> device = rig.Open("silence");
    REQUIRE(device);
    REQUIRE(device->StartAudio(Params(48000, 1, latency), &client).ok());
    auto* pulse = static_cast<PulseCaptureDevice*>(device.get());
    CHECK(pulse->actual_latency() == Approx(latency).epsilon(0.1));
    REQUIRE(client.WaitForFrames(48000 / 2, kOneSecondTimeoutMs));
    device->Stop();
    std::vector<TestCaptureClient::Delivery> deliveries = client.deliveries();
    int largest = 0;
    for (const TestCaptureClient::Delivery& d : deliveries)
      largest = std::max(largest, d.block.frames());
    INFO("latency " << latency << " largest block " << largest);
    CHECK(largest <= static_cast<int>(48000 * latency * 1.5));
  }
}

TEST_CASE("a fixed-latency source imposes its latency on the stream",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("sine");
  REQUIRE(device);
  REQUIRE(device->StartAudio(Params(48000, 1, 0.01), &client).ok());
  auto* pulse = static_cast<PulseCaptureDevice*>(device.get());
  // What enumeration said the source's latency is.
  std::vector<DeviceDescriptor> devices = rig.factory->Enumerate();
  REQUIRE(devices[0].raw_id == "sine");
  CHECK(pulse->actual_latency() ==
        Approx(devices[0].audio_modes[0].min_latency).epsilon(0.01));
}

TEST_CASE("a tone played into a sink is captured from its monitor",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  REQUIRE_DONE(rig.PlayToneIntoNullSink(&error));
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("null.monitor");
  REQUIRE(device);
  REQUIRE(device->StartAudio(Params(48000, 2), &client).ok());
  int64_t start_us = MonotonicNowUs();
  REQUIRE(client.WaitForFrames(48000, kOneSecondTimeoutMs));
  int64_t elapsed_us = MonotonicNowUs() - start_us;
  device->Stop();
  // A real-time source: one second of audio takes about one second.
  CHECK(elapsed_us > 800000);

  std::vector<float> samples = client.samples();
  samples.erase(samples.begin(), samples.begin() + 4800 * 2);
  std::vector<float> left = ExtractChannel(samples, 2, 0);
  CHECK(Rms(left) > 0.05);
  CHECK(DominantFrequency(left, 48000, 100, 2000, 5) == Approx(440).margin(5));
}

TEST_CASE("a source unloaded mid-capture ends it with device lost",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  int module = rig.daemon.LoadModule(
      "module-sine-source", "source_name=doomed frequency=440", &error);
  REQUIRE_DONE(module >= 0);
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("doomed");
  REQUIRE(device);
  REQUIRE(device->StartAudio(Params(48000, 1), &client).ok());
  REQUIRE(client.WaitForFrames(4800, kOneSecondTimeoutMs));
  int64_t unloaded_us = MonotonicNowUs();
  REQUIRE_DONE(rig.daemon.UnloadModule(module, &error));
  REQUIRE(client.WaitForError(1000));
  CHECK(client.error().category() == ErrorCategory::kDeviceLost);
  CHECK(client.error().code() == kPulseSourceLost);
  CHECK(client.error_us() - unloaded_us < kLossDeadlineUs);
  // Nothing more after the error, and a single error.
  int64_t frames = client.frames();
  client.WaitForFrames(frames + 1, 100);
  CHECK(client.blocks_after_error() == 0);
  CHECK(client.errors() == 1);
  device->Stop();
  // The other source was not disturbed.
  TestCaptureClient sine_client;
  std::unique_ptr<CaptureDevice> sine = rig.Open("sine");
  REQUIRE(sine->StartAudio(Params(48000, 1), &sine_client).ok());
  CHECK(sine_client.WaitForFrames(4800, kOneSecondTimeoutMs));
}

TEST_CASE("a killed daemon ends every capture within a second",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  // Two streams on two sources: a second stream on module-sine-source would
  // wait up to 2 s for its first data (it renders 2 s ahead, then sleeps).
  REQUIRE_DONE(rig.LoadSilence(&error));
  TestCaptureClient first_client;
  TestCaptureClient second_client;
  std::unique_ptr<CaptureDevice> first = rig.Open("sine");
  std::unique_ptr<CaptureDevice> second = rig.Open("silence");
  REQUIRE(first);
  REQUIRE(second);
  REQUIRE(first->StartAudio(Params(48000, 1), &first_client).ok());
  REQUIRE(second->StartAudio(Params(16000, 2), &second_client).ok());
  REQUIRE(first_client.WaitForFrames(4800, kOneSecondTimeoutMs));
  REQUIRE(second_client.WaitForFrames(1600, kOneSecondTimeoutMs));
  int64_t killed_us = MonotonicNowUs();
  rig.daemon.Kill();
  REQUIRE(first_client.WaitForError(1000));
  REQUIRE(second_client.WaitForError(1000));
  for (TestCaptureClient* client : {&first_client, &second_client}) {
    CHECK(client->error().category() == ErrorCategory::kDeviceLost);
    CHECK(client->error().code() == kPulseServerLost);
    CHECK(client->error_us() - killed_us < kLossDeadlineUs);
    CHECK(client->errors() == 1);
  }
  // Opening now fails cleanly; a restarted server serves again.
  Status status;
  CHECK_FALSE(rig.factory->Open("sine", &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
  REQUIRE_DONE(rig.daemon.Start(&error));
  TestCaptureClient again_client;
  std::unique_ptr<CaptureDevice> again = rig.Open("sine");
  REQUIRE(again);
  REQUIRE(again->StartAudio(Params(48000, 1), &again_client).ok());
  CHECK(again_client.WaitForFrames(4800, kOneSecondTimeoutMs));
}

TEST_CASE("a suspended source mutes the capture until it resumes",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  REQUIRE_DONE(rig.LoadSilence(&error));
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("silence");
  REQUIRE(device);
  REQUIRE(device->StartAudio(Params(48000, 1), &client).ok());
  REQUIRE(client.WaitForFrames(4800, kOneSecondTimeoutMs));
  std::string output;
  REQUIRE(rig.daemon.RunPactl({"suspend-source", "silence", "1"}, &output));
  REQUIRE(client.WaitForMutes(1, 1000));
  // Nothing flows while suspended.
  int64_t frames = client.frames();
  CHECK_FALSE(client.WaitForFrames(frames + 4800, 300));
  REQUIRE(rig.daemon.RunPactl({"suspend-source", "silence", "0"}, &output));
  REQUIRE(client.WaitForMutes(2, 1000));
  CHECK(client.mutes() == std::vector<bool>{true, false});
  CHECK(client.WaitForFrames(client.frames() + 4800, kOneSecondTimeoutMs));
  CHECK(client.errors() == 0);
}

TEST_CASE("capture started on a suspended source starts muted",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  REQUIRE_DONE(rig.LoadSilence(&error));
  std::string output;
  REQUIRE(rig.daemon.RunPactl({"suspend-source", "silence", "1"}, &output));
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("silence");
  REQUIRE(device);
  REQUIRE(device->StartAudio(Params(48000, 1), &client).ok());
  REQUIRE(client.WaitForMutes(1, 1000));
  CHECK(client.mutes() == std::vector<bool>{true});
  REQUIRE(rig.daemon.RunPactl({"suspend-source", "silence", "0"}, &output));
  REQUIRE(client.WaitForMutes(2, 1000));
  CHECK(client.mutes() == std::vector<bool>{true, false});
  CHECK(client.WaitForFrames(4800, kOneSecondTimeoutMs));
}

// A client that stops its device from OnError(), on the PulseAudio thread.
class StoppingClient : public TestCaptureClient {
 public:
  CaptureDevice* device = nullptr;
  void OnError(const Status& status) override {
    device->Stop();
    TestCaptureClient::OnError(status);
  }
};

TEST_CASE("a client may stop its device from the error callback",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  int module = rig.daemon.LoadModule("module-null-source",
                                     "source_name=fleeting", &error);
  REQUIRE_DONE(module >= 0);
  StoppingClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("fleeting");
  REQUIRE(device);
  client.device = device.get();
  REQUIRE(device->StartAudio(Params(48000, 1), &client).ok());
  REQUIRE(client.WaitForFrames(480, kOneSecondTimeoutMs));
  REQUIRE_DONE(rig.daemon.UnloadModule(module, &error));
  REQUIRE(client.WaitForError(1000));
  CHECK(client.error().category() == ErrorCategory::kDeviceLost);
  device->Stop();
  device.reset();
  CHECK(client.errors() == 1);
}

TEST_CASE("a device keeps working after its factory is gone",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("sine");
  REQUIRE(device);
  rig.factory.reset();
  REQUIRE(device->StartAudio(Params(48000, 1), &client).ok());
  CHECK(client.WaitForFrames(4800, kOneSecondTimeoutMs));
}

TEST_CASE("stop ends delivery and the device cannot start again",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("sine");
  REQUIRE(device);
  REQUIRE(device->StartAudio(Params(48000, 1), &client).ok());
  REQUIRE(client.WaitForFrames(4800, kOneSecondTimeoutMs));
  device->Stop();
  int64_t frames = client.frames();
  CHECK_FALSE(client.WaitForFrames(frames + 1, 200));
  device->Stop();
  CHECK_FALSE(device->StartAudio(Params(48000, 1), &client).ok());
  CHECK(client.errors() == 0);
}

TEST_CASE("starting a source removed after open is not found",
          "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  int module =
      rig.daemon.LoadModule("module-sine-source", "source_name=brief", &error);
  REQUIRE_DONE(module >= 0);
  TestCaptureClient client;
  std::unique_ptr<CaptureDevice> device = rig.Open("brief");
  REQUIRE(device);
  REQUIRE_DONE(rig.daemon.UnloadModule(module, &error));
  Status status = device->StartAudio(Params(48000, 1), &client);
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK(status.code() == kPulseSourceNotFound);
}

TEST_CASE("formats the server cannot produce are refused", "[pulse][capture]") {
  Rig rig;
  std::string error;
  REQUIRE_DONE(rig.Start(&error));
  TestCaptureClient client;
  for (AudioCaptureParams params : {Params(0, 1), Params(48000, 0),
                                    Params(1000000, 1), Params(48000, 64)}) {
    std::unique_ptr<CaptureDevice> device = rig.Open("sine");
    REQUIRE(device);
    Status status = device->StartAudio(params, &client);
    CHECK(status.category() == ErrorCategory::kUnsupported);
    CHECK(status.code() == kPulseBadParams);
  }
}

}  // namespace
}  // namespace mediacapture

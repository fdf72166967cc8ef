// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/fake_device_factory.h"

#include <chrono>
#include <set>

#include <catch2/catch.hpp>

#include "platform/fake/fake_error.h"
#include "platform/fake/fake_test_util.h"
#include "platform/fake/test_pattern.h"

namespace mediacapture {
namespace {

using namespace std::chrono_literals;
using testing::CountingObserver;
using testing::MakeWav;
using testing::MakeY4m;
using testing::RecordingClient;
using testing::TempDir;
using testing::WavSpec;
using testing::WriteFile;

std::vector<DeviceDescriptor> OfKind(const std::vector<DeviceDescriptor>& all,
                                     DeviceKind kind) {
  std::vector<DeviceDescriptor> out;
  for (const auto& device : all) {
    if (device.kind == kind)
      out.push_back(device);
  }
  return out;
}

FakeDeviceOptions WithDeviceCount(int count) {
  FakeDeviceOptions options;
  options.device_count = count;
  return options;
}

TEST_CASE("the default factory has one camera and one microphone") {
  FakeDeviceFactory factory;
  auto devices = factory.Enumerate();
  auto cameras = OfKind(devices, DeviceKind::kVideoInput);
  auto microphones = OfKind(devices, DeviceKind::kAudioInput);
  REQUIRE(cameras.size() == 1);
  REQUIRE(microphones.size() == 1);
  CHECK(cameras[0].label == "fake_device_0");
  CHECK(cameras[0].facing_mode == FacingMode::kUser);
  CHECK(cameras[0].is_default);
  CHECK(microphones[0].label == "Fake Default Audio Input");
  CHECK(microphones[0].is_default);
  // One physical device, as a webcam's camera and microphone are.
  CHECK_FALSE(cameras[0].raw_group_id.empty());
  CHECK(cameras[0].raw_group_id == microphones[0].raw_group_id);
  CHECK(cameras[0].raw_id != microphones[0].raw_id);
}

TEST_CASE("device-count sets how many cameras are enumerated") {
  auto count = GENERATE(0, 1, 2, 5);
  FakeDeviceFactory factory(WithDeviceCount(count));
  auto devices = factory.Enumerate();
  auto cameras = OfKind(devices, DeviceKind::kVideoInput);
  CHECK(static_cast<int>(cameras.size()) == count);
  CHECK(OfKind(devices, DeviceKind::kAudioInput).size() == 1);
  std::set<std::string> ids;
  std::set<std::string> groups;
  for (const auto& device : devices)
    ids.insert(device.raw_id);
  for (const auto& camera : cameras)
    groups.insert(camera.raw_group_id);
  CHECK(ids.size() == devices.size());
  CHECK(groups.size() == cameras.size());
  // Default devices are listed first.
  for (size_t i = 1; i < devices.size(); ++i)
    CHECK((devices[i - 1].is_default || !devices[i].is_default));
}

TEST_CASE("the second camera faces the environment, the rest say nothing") {
  FakeDeviceFactory factory(WithDeviceCount(3));
  auto cameras = OfKind(factory.Enumerate(), DeviceKind::kVideoInput);
  REQUIRE(cameras.size() == 3);
  CHECK(cameras[0].facing_mode == FacingMode::kUser);
  CHECK(cameras[1].facing_mode == FacingMode::kEnvironment);
  CHECK(cameras[2].facing_mode == FacingMode::kUnknown);
  CHECK(cameras[1].label == "fake_device_1");
}

TEST_CASE("raw ids are stable across factories") {
  FakeDeviceFactory a(WithDeviceCount(2));
  FakeDeviceFactory b(WithDeviceCount(2));
  auto first = a.Enumerate();
  auto second = b.Enumerate();
  REQUIRE(first.size() == second.size());
  for (size_t i = 0; i < first.size(); ++i)
    CHECK(first[i].raw_id == second[i].raw_id);
}

TEST_CASE("cameras offer four sizes at each configured rate") {
  FakeDeviceOptions options;
  options.frame_rates = {15};
  FakeDeviceFactory factory(options);
  auto camera = OfKind(factory.Enumerate(), DeviceKind::kVideoInput).at(0);
  REQUIRE(camera.video_modes.size() == 4);
  CHECK(camera.video_modes[0].max_width == 320);
  CHECK(camera.video_modes[3].max_width == 1920);
  CHECK(camera.video_modes[3].max_height == 1080);
  for (const auto& mode : camera.video_modes) {
    CHECK(mode.is_discrete_size());
    CHECK(mode.pixel_format == PixelFormat::kI420);
    CHECK(mode.max_frame_rate == 15);
  }
  FakeDeviceFactory defaults;
  auto default_camera =
      OfKind(defaults.Enumerate(), DeviceKind::kVideoInput).at(0);
  std::set<double> rates;
  for (const auto& mode : default_camera.video_modes)
    rates.insert(mode.max_frame_rate);
  CHECK(rates == std::set<double>{30, 60});
}

TEST_CASE("the microphone offers 48 kHz, mono or stereo") {
  FakeDeviceFactory factory;
  auto microphone = OfKind(factory.Enumerate(), DeviceKind::kAudioInput).at(0);
  REQUIRE(microphone.audio_modes.size() == 1);
  CHECK(microphone.audio_modes[0].min_sample_rate == 48000);
  CHECK(microphone.audio_modes[0].max_sample_rate == 48000);
  CHECK(microphone.audio_modes[0].min_channel_count == 1);
  CHECK(microphone.audio_modes[0].max_channel_count == 2);
}

TEST_CASE("an opened camera delivers the test pattern") {
  FakeDeviceFactory factory;
  auto camera = OfKind(factory.Enumerate(), DeviceKind::kVideoInput).at(0);
  Status status;
  auto device = factory.Open(camera.raw_id, &status);
  REQUIRE(status.ok());
  REQUIRE(device);
  RecordingClient client;
  REQUIRE(device->StartVideo({PixelFormat::kI420, 640, 480, 30}, &client).ok());
  REQUIRE(client.WaitFor(
      [](RecordingClient& c) { return c.frames.size() >= 2; }, 5s));
  device->Stop();
  uint64_t counter = 0;
  REQUIRE(DecodeTestPatternCounter(*client.frames[1], &counter));
  CHECK(counter == 1);
}

TEST_CASE("opening an unknown raw id is kNotFound") {
  FakeDeviceFactory factory;
  Status status;
  CHECK_FALSE(factory.Open("fake:camera:99", &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK(status.code() == kFakeDeviceNotFound);
}

TEST_CASE("a busy device refuses to open with kBusy until released") {
  FakeDeviceFactory factory;
  const std::string id =
      OfKind(factory.Enumerate(), DeviceKind::kVideoInput).at(0).raw_id;
  REQUIRE(factory.SetBusyForTesting(id, true));
  Status status;
  CHECK_FALSE(factory.Open(id, &status));
  CHECK(status.category() == ErrorCategory::kBusy);
  CHECK(status.code() == kFakeDeviceBusy);
  REQUIRE(factory.SetBusyForTesting(id, false));
  CHECK(factory.Open(id, &status));
  CHECK(status.ok());
  CHECK_FALSE(factory.SetBusyForTesting("nope", true));
}

TEST_CASE("a silent microphone reports muted and stops delivering") {
  FakeDeviceFactory factory;
  const std::string id =
      OfKind(factory.Enumerate(), DeviceKind::kAudioInput).at(0).raw_id;
  Status status;
  auto device = factory.Open(id, &status);
  REQUIRE(device);
  RecordingClient client;
  REQUIRE(device->StartAudio({48000, 1, 0.01}, &client).ok());
  REQUIRE(
      client.WaitFor([](RecordingClient& c) { return !c.blocks.empty(); }, 5s));
  REQUIRE(factory.SetSilentForTesting(id, true));
  REQUIRE(client.WaitFor(
      [](RecordingClient& c) { return !c.mute_events.empty(); }, 5s));
  size_t blocks = 0;
  {
    std::lock_guard<std::mutex> lock(client.lock());
    blocks = client.blocks.size();
  }
  std::this_thread::sleep_for(100ms);
  device->Stop();
  CHECK(client.mute_events == std::vector<bool>{true});
  CHECK(client.blocks.size() == blocks);
}

TEST_CASE("hot-adding a device notifies the observer and enumerates it") {
  FakeDeviceFactory factory;
  CountingObserver observer;
  factory.SetDeviceChangeObserver(&observer);
  DeviceDescriptor usb = FakeDeviceFactory::CameraDescriptor(7, {30});
  usb.is_default = false;
  REQUIRE(factory.AddDeviceForTesting(usb));
  CHECK(observer.count == 1);
  auto cameras = OfKind(factory.Enumerate(), DeviceKind::kVideoInput);
  REQUIRE(cameras.size() == 2);
  CHECK(cameras[1].raw_id == usb.raw_id);
  // The same id twice is refused, without a notification.
  CHECK_FALSE(factory.AddDeviceForTesting(usb));
  CHECK(observer.count == 1);
  // A bare descriptor gets the fake modes.
  DeviceDescriptor bare;
  bare.kind = DeviceKind::kAudioInput;
  bare.raw_id = "test:headset";
  REQUIRE(factory.AddDeviceForTesting(bare));
  CHECK(observer.count == 2);
  auto microphones = OfKind(factory.Enumerate(), DeviceKind::kAudioInput);
  REQUIRE(microphones.size() == 2);
  CHECK_FALSE(microphones[1].audio_modes.empty());
  Status status;
  CHECK(factory.Open("test:headset", &status));
  factory.SetDeviceChangeObserver(nullptr);
}

TEST_CASE("hot-removing an open device notifies and ends its capture") {
  FakeDeviceFactory factory;
  CountingObserver observer;
  factory.SetDeviceChangeObserver(&observer);
  const std::string id =
      OfKind(factory.Enumerate(), DeviceKind::kVideoInput).at(0).raw_id;
  Status status;
  auto device = factory.Open(id, &status);
  REQUIRE(device);
  RecordingClient client;
  REQUIRE(device->StartVideo({PixelFormat::kI420, 320, 240, 30}, &client).ok());
  REQUIRE(factory.RemoveDeviceForTesting(id));
  CHECK(observer.count == 1);
  REQUIRE(
      client.WaitFor([](RecordingClient& c) { return !c.errors.empty(); }, 2s));
  device->Stop();
  CHECK(client.errors.size() == 1);
  CHECK(client.errors[0].category() == ErrorCategory::kDeviceLost);
  CHECK(OfKind(factory.Enumerate(), DeviceKind::kVideoInput).empty());
  CHECK_FALSE(factory.Open(id, &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK_FALSE(factory.RemoveDeviceForTesting(id));
  CHECK(observer.count == 1);
  factory.SetDeviceChangeObserver(nullptr);
}

TEST_CASE("a device opened before removal cannot start after it") {
  FakeDeviceFactory factory;
  const std::string id =
      OfKind(factory.Enumerate(), DeviceKind::kAudioInput).at(0).raw_id;
  Status status;
  auto device = factory.Open(id, &status);
  REQUIRE(device);
  REQUIRE(factory.RemoveDeviceForTesting(id));
  RecordingClient client;
  CHECK(device->StartAudio({48000, 1, 0.01}, &client).category() ==
        ErrorCategory::kDeviceLost);
}

TEST_CASE("a device re-added after removal opens and captures again") {
  FakeDeviceFactory factory;
  auto camera = OfKind(factory.Enumerate(), DeviceKind::kVideoInput).at(0);
  REQUIRE(factory.RemoveDeviceForTesting(camera.raw_id));
  REQUIRE(factory.AddDeviceForTesting(camera));
  Status status;
  auto device = factory.Open(camera.raw_id, &status);
  REQUIRE(device);
  RecordingClient client;
  REQUIRE(device->StartVideo({PixelFormat::kI420, 320, 240, 30}, &client).ok());
  REQUIRE(
      client.WaitFor([](RecordingClient& c) { return !c.frames.empty(); }, 5s));
  device->Stop();
  CHECK(client.errors.empty());
}

TEST_CASE("a Y4M file replaces camera 0 and plays its frames exactly") {
  TempDir dir;
  std::vector<std::vector<uint8_t>> frames = {std::vector<uint8_t>(6, 10),
                                              std::vector<uint8_t>(6, 20),
                                              std::vector<uint8_t>(6, 30)};
  const std::string path = dir.Path("clip.y4m");
  WriteFile(path, MakeY4m("W2 H2 F50:1", frames));
  FakeDeviceOptions options;
  options.device_count = 2;
  options.video_file = path;
  Status status;
  auto factory = FakeDeviceFactory::Create(options, &status);
  REQUIRE(status.ok());
  REQUIRE(factory);
  auto cameras = OfKind(factory->Enumerate(), DeviceKind::kVideoInput);
  REQUIRE(cameras.size() == 2);
  REQUIRE(cameras[0].video_modes.size() == 1);
  CHECK(cameras[0].video_modes[0].max_width == 2);
  CHECK(cameras[0].video_modes[0].max_frame_rate == 50);
  CHECK(cameras[0].is_default);
  CHECK(cameras[1].label == "fake_device_1");

  auto device = factory->Open(cameras[0].raw_id, &status);
  REQUIRE(device);
  RecordingClient client;
  REQUIRE(device->StartVideo({PixelFormat::kI420, 2, 2, 0}, &client).ok());
  REQUIRE(client.WaitFor(
      [](RecordingClient& c) { return c.frames.size() >= 4; }, 5s));
  device->Stop();
  for (size_t i = 0; i < 4; ++i)
    CHECK(client.frames[i]->data == frames[i % 3]);
}

TEST_CASE("a WAV file replaces the microphone and plays its samples") {
  TempDir dir;
  const std::string path = dir.Path("voice.wav");
  WavSpec spec;
  spec.sample_rate = 16000;
  spec.channels = 2;
  std::vector<int16_t> pcm(2 * 1600);
  for (size_t i = 0; i < pcm.size(); ++i)
    pcm[i] = static_cast<int16_t>(i);
  WriteFile(path, MakeWav(spec, pcm, {}));
  FakeDeviceOptions options;
  options.audio_file = path;
  Status status;
  auto factory = FakeDeviceFactory::Create(options, &status);
  REQUIRE(factory);
  auto microphone = OfKind(factory->Enumerate(), DeviceKind::kAudioInput).at(0);
  REQUIRE(microphone.audio_modes.size() == 1);
  CHECK(microphone.audio_modes[0].max_sample_rate == 16000);
  CHECK(microphone.audio_modes[0].max_channel_count == 2);
  auto device = factory->Open(microphone.raw_id, &status);
  REQUIRE(device);
  RecordingClient client;
  REQUIRE(device->StartAudio({16000, 2, 0.01}, &client).ok());
  REQUIRE(client.WaitFor(
      [](RecordingClient& c) { return c.blocks.size() >= 2; }, 5s));
  device->Stop();
  std::vector<float> samples;
  for (const auto& block : client.blocks)
    samples.insert(samples.end(), block.samples.begin(), block.samples.end());
  REQUIRE(samples.size() >= 640);
  for (size_t i = 0; i < 640; ++i)
    REQUIRE(samples[i] == pcm[i] / 32768.0f);
}

TEST_CASE("bad fake capture files fail the factory with their status") {
  TempDir dir;
  WriteFile(dir.Path("444.y4m"),
            MakeY4m("W2 H2 C444", {std::vector<uint8_t>(12, 0)}));
  WriteFile(dir.Path("bad.wav"), "RIFF....WAVEjunk");
  struct Row {
    std::string video;
    std::string audio;
    ErrorCategory category;
    int code;
  };
  // Names, not paths: each generated run has its own directory.
  auto row = GENERATE(values<Row>({
      {"missing.y4m", "", ErrorCategory::kNotFound, kFakeFileOpenFailed},
      {"444.y4m", "", ErrorCategory::kUnsupported,
       kFakeY4mUnsupportedColorSpace},
      {"", "missing.wav", ErrorCategory::kNotFound, kFakeFileOpenFailed},
      {"", "bad.wav", ErrorCategory::kInternal, kFakeWavBadHeader},
  }));
  FakeDeviceOptions options;
  if (!row.video.empty())
    options.video_file = dir.Path(row.video);
  if (!row.audio.empty())
    options.audio_file = dir.Path(row.audio);
  Status status;
  CHECK_FALSE(FakeDeviceFactory::Create(options, &status));
  CHECK(status.category() == row.category);
  CHECK(status.code() == row.code);
}

TEST_CASE("a capture file deleted after start-up fails Open, not the shell") {
  TempDir dir;
  const std::string path = dir.Path("gone.y4m");
  WriteFile(path, MakeY4m("W2 H2", {std::vector<uint8_t>(6, 0)}));
  FakeDeviceOptions options;
  options.video_file = path;
  Status status;
  auto factory = FakeDeviceFactory::Create(options, &status);
  REQUIRE(factory);
  std::remove(path.c_str());
  auto id = OfKind(factory->Enumerate(), DeviceKind::kVideoInput).at(0).raw_id;
  CHECK_FALSE(factory->Open(id, &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
}

}  // namespace
}  // namespace mediacapture

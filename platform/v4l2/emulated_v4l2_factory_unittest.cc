// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/emulated_v4l2_factory.h"

#include <atomic>
#include <catch2/catch.hpp>

#include "platform/v4l2/v4l2_test_client.h"

namespace mediacapture {
namespace {

class CountingObserver : public DeviceChangeObserver {
 public:
  void OnDevicesChanged() override { ++changes; }
  std::atomic<int> changes{0};
};

TEST_CASE("the emulated factory plugs the cameras its spec names") {
  std::string error;
  auto factory =
      EmulatedV4l2Factory::Create("webcam,metadata,stepwise", &error);
  REQUIRE(factory);
  std::vector<DeviceDescriptor> devices = factory->Enumerate();
  REQUIRE(devices.size() == 2);
  CHECK(devices[0].label == "Emulated Webcam");
  CHECK(devices[0].raw_id == "usb-0000:00:14.0-1");
  CHECK(devices[1].label == "Emulated Stepwise Camera");
  CHECK(devices[1].raw_id == "platform:isp-2");
}

TEST_CASE("an unknown emulated camera name is refused") {
  std::string error;
  CHECK(EmulatedV4l2Factory::Create("webcam,tv-tuner", &error) == nullptr);
  CHECK(error.find("tv-tuner") != std::string::npos);
}

TEST_CASE(
    "unplugging a streaming emulated camera ends it and fires the "
    "observer") {
  std::string error;
  auto factory = EmulatedV4l2Factory::Create("webcam", &error);
  REQUIRE(factory);
  CountingObserver observer;
  factory->SetDeviceChangeObserver(&observer);
  Status status;
  V4l2TestClient client;
  std::unique_ptr<CaptureDevice> device =
      factory->Open("usb-0000:00:14.0-1", &status);
  REQUIRE(device);
  VideoCaptureParams params;
  params.width = 320;
  params.height = 240;
  params.frame_rate = 30;
  REQUIRE(device->StartVideo(params, &client).ok());
  REQUIRE(client.WaitForFrames(1));
  factory->Unplug("/dev/video0");
  REQUIRE(client.WaitForError());
  CHECK(client.errors()[0].category() == ErrorCategory::kDeviceLost);
  CHECK(observer.changes == 1);
  CHECK(factory->Enumerate().empty());
  device->Stop();
  factory->SetDeviceChangeObserver(nullptr);
}

}  // namespace
}  // namespace mediacapture

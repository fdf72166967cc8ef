// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_device_factory.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/videodev2.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <memory>

#include "platform/v4l2/emulated_picture.h"
#include "platform/v4l2/emulated_v4l2_driver.h"
#include "platform/v4l2/fake_v4l2_device_provider.h"
#include "platform/v4l2/lib_v4l2_device.h"
#include "platform/v4l2/v4l2_test_client.h"

namespace mediacapture {
namespace {

constexpr char kWebcamPort[] = "usb-0000:00:14.0-1";
constexpr char kIspBus[] = "platform:isp";

// Cameras by role: a USB webcam with its metadata node, and a stepwise
// ISP camera on the board.
struct Rig {
  Rig() {
    auto owned_driver = std::make_shared<EmulatedV4l2Driver>();
    driver = owned_driver.get();
    auto owned_provider = std::make_unique<FakeV4l2DeviceProvider>();
    provider = owned_provider.get();
    factory = std::make_unique<V4l2DeviceFactory>(std::move(owned_driver),
                                                  std::move(owned_provider));
  }
  void Plug(const EmulatedCameraConfig& config) {
    driver->AddCamera(config);
    provider->AddDevicePath(config.path);
  }
  void Unplug(const std::string& path) {
    driver->Unplug(path);
    provider->RemoveDevicePath(path);
  }
  void PlugWebcamAndIsp() {
    Plug(EmulatedCameraConfig::Webcam("/dev/video0", kWebcamPort));
    Plug(EmulatedCameraConfig::MetadataNode("/dev/video1", kWebcamPort));
    EmulatedCameraConfig isp =
        EmulatedCameraConfig::Stepwise("/dev/video2", kIspBus);
    isp.orientation = V4L2_CAMERA_ORIENTATION_BACK;
    Plug(isp);
  }

  EmulatedV4l2Driver* driver;
  FakeV4l2DeviceProvider* provider;
  std::unique_ptr<V4l2DeviceFactory> factory;
};

class CountingObserver : public DeviceChangeObserver {
 public:
  void OnDevicesChanged() override { ++changes; }
  std::atomic<int> changes{0};
};

TEST_CASE("enumeration lists capture nodes and skips metadata nodes") {
  Rig rig;
  rig.PlugWebcamAndIsp();
  std::vector<DeviceDescriptor> devices = rig.factory->Enumerate();
  REQUIRE(devices.size() == 2);
  CHECK(devices[0].kind == DeviceKind::kVideoInput);
  CHECK(devices[0].label == "Emulated Webcam");
  CHECK(devices[0].raw_id == kWebcamPort);
  CHECK(devices[0].raw_group_id == kWebcamPort);
  CHECK(devices[0].is_default);
  CHECK(devices[0].video_modes.size() == 11);
  CHECK(devices[1].label == "Emulated Stepwise Camera");
  CHECK(devices[1].raw_id == kIspBus);
  CHECK_FALSE(devices[1].is_default);
  REQUIRE(devices[1].video_modes.size() == 1);
  CHECK_FALSE(devices[1].video_modes[0].is_discrete_size());
  CHECK(rig.driver->open_fd_count() == 0);
}

TEST_CASE("facing mode is unknown unless the driver says") {
  Rig rig;
  rig.PlugWebcamAndIsp();
  EmulatedCameraConfig front =
      EmulatedCameraConfig::Webcam("/dev/video3", "platform:front");
  front.orientation = V4L2_CAMERA_ORIENTATION_FRONT;
  rig.Plug(front);
  EmulatedCameraConfig external =
      EmulatedCameraConfig::Webcam("/dev/video4", "usb-2");
  external.orientation = V4L2_CAMERA_ORIENTATION_EXTERNAL;
  rig.Plug(external);
  std::vector<DeviceDescriptor> devices = rig.factory->Enumerate();
  REQUIRE(devices.size() == 4);
  CHECK(devices[0].facing_mode == FacingMode::kUnknown);
  CHECK(devices[1].facing_mode == FacingMode::kEnvironment);
  CHECK(devices[2].facing_mode == FacingMode::kUser);
  CHECK(devices[3].facing_mode == FacingMode::kUnknown);
}

TEST_CASE("the raw id survives replugging into the same port") {
  Rig rig;
  rig.Plug(EmulatedCameraConfig::Webcam("/dev/video0", kWebcamPort));
  std::string before = rig.factory->Enumerate()[0].raw_id;
  rig.Unplug("/dev/video0");
  CHECK(rig.factory->Enumerate().empty());
  // The kernel gives the replugged camera a new node number.
  rig.Plug(EmulatedCameraConfig::Webcam("/dev/video2", kWebcamPort));
  std::vector<DeviceDescriptor> devices = rig.factory->Enumerate();
  REQUIRE(devices.size() == 1);
  CHECK(devices[0].raw_id == before);
}

TEST_CASE(
    "two capture nodes of one device get distinct raw ids in one "
    "group") {
  Rig rig;
  rig.Plug(EmulatedCameraConfig::Webcam("/dev/video0", kWebcamPort));
  EmulatedCameraConfig infrared = EmulatedCameraConfig::Single(
      "/dev/video2", PixelFormat::kYUYV, 640, 400, 30);
  infrared.bus_info = kWebcamPort;
  rig.Plug(infrared);
  std::vector<DeviceDescriptor> devices = rig.factory->Enumerate();
  REQUIRE(devices.size() == 2);
  CHECK(devices[0].raw_id == kWebcamPort);
  CHECK(devices[1].raw_id == std::string(kWebcamPort) + "#2");
  CHECK(devices[0].raw_group_id == devices[1].raw_group_id);
}

TEST_CASE("a camera without bus_info is named by its node") {
  Rig rig;
  EmulatedCameraConfig config = EmulatedCameraConfig::Webcam("/dev/video5", "");
  rig.Plug(config);
  std::vector<DeviceDescriptor> devices = rig.factory->Enumerate();
  REQUIRE(devices.size() == 1);
  CHECK(devices[0].raw_id == "/dev/video5");
  Status status;
  CHECK(rig.factory->Open("/dev/video5", &status) != nullptr);
  CHECK(status.ok());
}

TEST_CASE("a camera opened by raw id streams the pattern") {
  Rig rig;
  rig.PlugWebcamAndIsp();
  rig.factory->Enumerate();
  Status status;
  std::unique_ptr<CaptureDevice> device = rig.factory->Open(kIspBus, &status);
  REQUIRE(status.ok());
  REQUIRE(device);
  V4l2TestClient client;
  VideoCaptureParams params;
  params.width = 320;
  params.height = 240;
  params.frame_rate = 60;
  REQUIRE(device->StartVideo(params, &client).ok());
  REQUIRE(client.WaitForFrames(3));
  device->Stop();
  VideoFramePtr frame = client.frames()[2];
  CHECK(frame->width == 320);
  CHECK(frame->height == 240);
  VideoFrame reference;
  RenderEmulatedPictureI420(
      320, 240, static_cast<uint32_t>(ReadEmulatedPictureCounter(*frame)),
      &reference);
  CHECK(MaxPlaneDifference(*frame, reference, false) == 0);
}

TEST_CASE("opening a camera that is gone fails with kNotFound") {
  Rig rig;
  rig.PlugWebcamAndIsp();
  rig.factory->Enumerate();
  rig.Unplug("/dev/video2");
  Status status;
  CHECK(rig.factory->Open(kIspBus, &status) == nullptr);
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK(rig.factory->Open("usb-no-such-port", &status) == nullptr);
  CHECK(status.category() == ErrorCategory::kNotFound);
}

TEST_CASE("a camera busy elsewhere stays listed and fails open with kBusy") {
  Rig rig;
  rig.PlugWebcamAndIsp();
  REQUIRE(rig.factory->Enumerate().size() == 2);
  rig.driver->SetBusy("/dev/video0", true);
  std::vector<DeviceDescriptor> devices = rig.factory->Enumerate();
  REQUIRE(devices.size() == 2);
  CHECK(devices[0].raw_id == kWebcamPort);
  CHECK(devices[0].video_modes.size() == 11);
  Status status;
  CHECK(rig.factory->Open(kWebcamPort, &status) == nullptr);
  CHECK(status.category() == ErrorCategory::kBusy);
}

TEST_CASE("a camera opened before enumeration is found by enumerating") {
  Rig rig;
  rig.PlugWebcamAndIsp();
  Status status;
  CHECK(rig.factory->Open(kWebcamPort, &status) != nullptr);
  CHECK(status.ok());
}

TEST_CASE("hotplug through the discovery fires the observer") {
  Rig rig;
  CountingObserver observer;
  rig.factory->SetDeviceChangeObserver(&observer);
  CHECK(rig.provider->watching());
  rig.Plug(EmulatedCameraConfig::Webcam("/dev/video0", kWebcamPort));
  CHECK(observer.changes == 1);
  CHECK(rig.factory->Enumerate().size() == 1);
  rig.Unplug("/dev/video0");
  CHECK(observer.changes == 2);
  CHECK(rig.factory->Enumerate().empty());
  rig.factory->SetDeviceChangeObserver(nullptr);
  CHECK_FALSE(rig.provider->watching());
  rig.Plug(EmulatedCameraConfig::Webcam("/dev/video0", kWebcamPort));
  CHECK(observer.changes == 2);
}

}  // namespace
}  // namespace mediacapture

namespace mediacapture {
namespace {

TEST_CASE("the system factory lists only usable cameras, whatever exist") {
  std::unique_ptr<V4l2DeviceFactory> factory =
      V4l2DeviceFactory::CreateForSystem();
  // This machine may have no camera at all; each one listed must be
  // complete.
  for (const DeviceDescriptor& device : factory->Enumerate()) {
    CHECK_FALSE(device.raw_id.empty());
    CHECK_FALSE(device.video_modes.empty());
    CHECK(device.kind == DeviceKind::kVideoInput);
  }
  Status status;
  CHECK(factory->Open("no-such-camera", &status) == nullptr);
  CHECK(status.category() == ErrorCategory::kNotFound);
}

TEST_CASE("libv4l2 reports a missing node with ENOENT") {
  LibV4l2Device device;
  errno = 0;
  CHECK(device.Open("/nonexistent/video0", O_RDWR) == -1);
  CHECK(errno == ENOENT);
}

}  // namespace
}  // namespace mediacapture

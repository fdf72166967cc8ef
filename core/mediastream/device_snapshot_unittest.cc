// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/device_snapshot.h"

#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <vector>

namespace mediacapture {
namespace {

class NullDevice : public CaptureDevice {
 public:
  Status StartVideo(const VideoCaptureParams&, CaptureDeviceClient*) override {
    return Status::Ok();
  }
  Status StartAudio(const AudioCaptureParams&, CaptureDeviceClient*) override {
    return Status::Ok();
  }
  void Stop() override {}
};

// Lists |devices| and records what it was asked to open.
class RecordingFactory : public DeviceFactory {
 public:
  std::vector<DeviceDescriptor> Enumerate() override {
    ++enumerations;
    return devices;
  }
  std::unique_ptr<CaptureDevice> Open(const std::string& raw_id,
                                      Status* status) override {
    opened.push_back(raw_id);
    if (busy.count(raw_id)) {
      *status = Status::Error(ErrorCategory::kBusy, 1, "device busy");
      return nullptr;
    }
    return std::make_unique<NullDevice>();
  }
  std::vector<DeviceDescriptor> devices;
  std::set<std::string> busy;
  std::vector<std::string> opened;
  int enumerations = 0;
};

DeviceDescriptor Device(DeviceKind kind, const char* raw_id) {
  DeviceDescriptor device;
  device.kind = kind;
  device.raw_id = raw_id;
  return device;
}

TEST_CASE("a snapshot enumerates each factory once, in factory order") {
  RecordingFactory cameras, microphones;
  cameras.devices = {Device(DeviceKind::kVideoInput, "cam1"),
                     Device(DeviceKind::kVideoInput, "cam2")};
  microphones.devices = {Device(DeviceKind::kAudioInput, "mic")};
  DeviceSnapshot snapshot = DeviceSnapshot::Take({&microphones, &cameras});
  CHECK(cameras.enumerations == 1);
  CHECK(microphones.enumerations == 1);
  REQUIRE(snapshot.devices().size() == 3);
  CHECK(snapshot.devices()[0].descriptor.raw_id == "mic");
  CHECK(snapshot.devices()[0].factory == &microphones);
  CHECK(snapshot.devices()[1].descriptor.raw_id == "cam1");
  CHECK(snapshot.devices()[2].factory == &cameras);
  std::vector<DeviceDescriptor> descriptors = snapshot.Descriptors();
  REQUIRE(descriptors.size() == 3);
  CHECK(descriptors[2].raw_id == "cam2");
}

TEST_CASE(
    "a device opens through the factory that listed it, enumerating "
    "nothing again") {
  RecordingFactory first, second;
  first.devices = {Device(DeviceKind::kVideoInput, "cam")};
  second.devices = {Device(DeviceKind::kAudioInput, "mic")};
  DeviceSnapshot snapshot = DeviceSnapshot::Take({&first, &second});
  Status status;
  CHECK(snapshot.Open(Device(DeviceKind::kAudioInput, "mic"), &status));
  CHECK(status.ok());
  CHECK(first.opened.empty());
  CHECK(second.opened == std::vector<std::string>{"mic"});
  CHECK(first.enumerations == 1);
  CHECK(second.enumerations == 1);
}

TEST_CASE("a device is found by raw id and kind together") {
  RecordingFactory factory;
  factory.devices = {Device(DeviceKind::kVideoInput, "usb-1"),
                     Device(DeviceKind::kAudioInput, "usb-1")};
  DeviceSnapshot snapshot = DeviceSnapshot::Take({&factory});
  const DeviceSnapshot::Device* audio =
      snapshot.Find("usb-1", DeviceKind::kAudioInput);
  REQUIRE(audio);
  CHECK(audio == &snapshot.devices()[1]);
  CHECK_FALSE(snapshot.Find("usb-2", DeviceKind::kAudioInput));
}

TEST_CASE(
    "a device the snapshot lacks opens nothing and leaves the status "
    "ok") {
  RecordingFactory factory;
  factory.devices = {Device(DeviceKind::kVideoInput, "cam")};
  DeviceSnapshot snapshot = DeviceSnapshot::Take({&factory});
  // Plugged in after the snapshot: not openable from it.
  factory.devices.push_back(Device(DeviceKind::kVideoInput, "late"));
  Status status;
  CHECK_FALSE(snapshot.Open(Device(DeviceKind::kVideoInput, "late"), &status));
  CHECK(status.ok());
  // The same raw id of the other kind is another device.
  CHECK_FALSE(snapshot.Open(Device(DeviceKind::kAudioInput, "cam"), &status));
  CHECK(status.ok());
  CHECK(factory.opened.empty());
}

TEST_CASE("a busy device fails to open with its factory's status") {
  RecordingFactory factory;
  factory.devices = {Device(DeviceKind::kVideoInput, "cam")};
  factory.busy.insert("cam");
  DeviceSnapshot snapshot = DeviceSnapshot::Take({&factory});
  Status status;
  CHECK_FALSE(snapshot.Open(Device(DeviceKind::kVideoInput, "cam"), &status));
  CHECK(status.category() == ErrorCategory::kBusy);
  CHECK(status.message() == "device busy");
}

}  // namespace
}  // namespace mediacapture

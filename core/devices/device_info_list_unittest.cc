// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/devices/device_info_list.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

constexpr char kOrigin[] = "https://a.example";

DeviceDescriptor Device(DeviceKind kind,
                        const char* raw_id,
                        const char* label,
                        bool is_default = false,
                        const char* group = "") {
  DeviceDescriptor device;
  device.kind = kind;
  device.raw_id = raw_id;
  device.label = label;
  device.is_default = is_default;
  device.raw_group_id = group;
  return device;
}

std::vector<DeviceDescriptor> TwoCamerasTwoMicrophones() {
  return {
      Device(DeviceKind::kVideoInput, "cam-a", "Camera A", false, "usb-3"),
      Device(DeviceKind::kAudioInput, "mic-a", "Mic A"),
      Device(DeviceKind::kVideoInput, "cam-b", "Camera B", true),
      Device(DeviceKind::kAudioInput, "mic-b", "Mic B (webcam)", true, "usb-3"),
  };
}

DeviceIdGenerator Ids() {
  return DeviceIdGenerator(std::vector<unsigned char>(32, 7));
}

TEST_CASE("before permission each kind is one entry with empty fields") {
  auto devices = TwoCamerasTwoMicrophones();
  auto list = CreateDeviceInfoList(devices, kOrigin, Ids(), DeviceExposure());
  REQUIRE(list.size() == 2);
  CHECK(list[0].kind == DeviceKind::kAudioInput);
  CHECK(list[1].kind == DeviceKind::kVideoInput);
  for (const DeviceInfo& info : list) {
    CHECK(info.device_id.empty());
    CHECK(info.group_id.empty());
    CHECK(info.label.empty());
    CHECK(info.descriptor == nullptr);
  }
}

TEST_CASE("after permission the full list, microphones first, default first") {
  auto devices = TwoCamerasTwoMicrophones();
  DeviceExposure exposure;
  exposure.camera = exposure.microphone = true;
  auto list = CreateDeviceInfoList(devices, kOrigin, Ids(), exposure);
  REQUIRE(list.size() == 4);
  CHECK(list[0].label == "Mic B (webcam)");
  CHECK(list[1].label == "Mic A");
  CHECK(list[2].label == "Camera B");
  CHECK(list[3].label == "Camera A");
  for (const DeviceInfo& info : list) {
    CHECK(info.device_id.size() == 64);
    CHECK(info.group_id.size() == 64);
    CHECK(info.descriptor != nullptr);
  }
}

TEST_CASE("one kind can be exposed while the other is not") {
  auto devices = TwoCamerasTwoMicrophones();
  DeviceExposure exposure;
  exposure.camera = true;
  auto list = CreateDeviceInfoList(devices, kOrigin, Ids(), exposure);
  REQUIRE(list.size() == 3);
  CHECK(list[0].kind == DeviceKind::kAudioInput);
  CHECK(list[0].label.empty());
  CHECK(list[1].label == "Camera B");
}

TEST_CASE("a kind with no device has no entry, even unexposed") {
  std::vector<DeviceDescriptor> devices = {
      Device(DeviceKind::kVideoInput, "cam", "Cam")};
  auto list = CreateDeviceInfoList(devices, kOrigin, Ids(), DeviceExposure());
  REQUIRE(list.size() == 1);
  CHECK(list[0].kind == DeviceKind::kVideoInput);
}

TEST_CASE("a webcam's camera and microphone share a groupId, others do not") {
  auto devices = TwoCamerasTwoMicrophones();
  DeviceExposure exposure;
  exposure.camera = exposure.microphone = true;
  auto list = CreateDeviceInfoList(devices, kOrigin, Ids(), exposure);
  // Mic B and Camera A are both on usb-3.
  CHECK(list[0].group_id == list[3].group_id);
  CHECK(list[1].group_id != list[2].group_id);
  CHECK(list[1].group_id != list[0].group_id);
  // deviceIds are all distinct.
  CHECK(list[0].device_id != list[1].device_id);
  CHECK(list[2].device_id != list[3].device_id);
}

TEST_CASE("ids differ per origin and match DeviceIdFor") {
  auto devices = TwoCamerasTwoMicrophones();
  DeviceExposure exposure;
  exposure.camera = exposure.microphone = true;
  // One generator is one document.
  DeviceIdGenerator ids = Ids();
  auto a = CreateDeviceInfoList(devices, kOrigin, ids, exposure);
  auto b = CreateDeviceInfoList(devices, "https://b.example", ids, exposure);
  CHECK(a[2].device_id != b[2].device_id);
  CHECK(a[2].group_id != b[2].group_id);
  CHECK(a[2].device_id == DeviceIdFor(devices[2], kOrigin, ids));
  CHECK(a[2].group_id == GroupIdFor(devices[2], kOrigin, ids));
}

TEST_CASE("another document gets the same deviceIds and other groupIds") {
  auto devices = TwoCamerasTwoMicrophones();
  DeviceExposure exposure;
  exposure.camera = exposure.microphone = true;
  auto first = CreateDeviceInfoList(devices, kOrigin, Ids(), exposure);
  auto second = CreateDeviceInfoList(devices, kOrigin, Ids(), exposure);
  REQUIRE(first.size() == second.size());
  for (size_t i = 0; i < first.size(); ++i) {
    CHECK(first[i].device_id == second[i].device_id);
    CHECK(first[i].group_id != second[i].group_id);
  }
  // Inside each document the webcam's camera and microphone share a group.
  CHECK(first[0].group_id == first[3].group_id);
  CHECK(second[0].group_id == second[3].group_id);
}

}  // namespace
}  // namespace mediacapture

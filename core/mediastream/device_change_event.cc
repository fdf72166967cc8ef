// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/device_change_event.h"

#include <utility>

namespace mediacapture {

// static
scoped_refptr<DeviceChangeEvent> DeviceChangeEvent::Create(
    const std::string& type,
    const DeviceChangeEventInit& init) {
  // userInsertedDevices is empty for an event script makes: the IDL's
  // dictionary has no such member.
  return scoped_refptr<DeviceChangeEvent>(
      new DeviceChangeEvent(type, init, /*trusted=*/false, init.devices, {}));
}

// static
scoped_refptr<DeviceChangeEvent> DeviceChangeEvent::CreateTrusted(
    std::vector<scoped_refptr<MediaDeviceInfo>> devices,
    std::vector<scoped_refptr<MediaDeviceInfo>> user_inserted_devices) {
  return scoped_refptr<DeviceChangeEvent>(new DeviceChangeEvent(
      "devicechange", EventInit(), /*trusted=*/true, std::move(devices),
      std::move(user_inserted_devices)));
}

DeviceChangeEvent::DeviceChangeEvent(
    const std::string& type,
    const EventInit& init,
    bool trusted,
    std::vector<scoped_refptr<MediaDeviceInfo>> devices,
    std::vector<scoped_refptr<MediaDeviceInfo>> inserted)
    : Event(type, init, trusted),
      devices_(std::move(devices)),
      user_inserted_devices_(std::move(inserted)) {}

}  // namespace mediacapture

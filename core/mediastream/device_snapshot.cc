// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/device_snapshot.h"

#include <utility>

namespace mediacapture {

// static
DeviceSnapshot DeviceSnapshot::Take(
    const std::vector<DeviceFactory*>& factories) {
  DeviceSnapshot snapshot;
  for (DeviceFactory* factory : factories) {
    for (DeviceDescriptor& descriptor : factory->Enumerate())
      snapshot.devices_.push_back(Device{std::move(descriptor), factory});
  }
  return snapshot;
}

DeviceSnapshot::DeviceSnapshot() = default;
DeviceSnapshot::DeviceSnapshot(const DeviceSnapshot&) = default;
DeviceSnapshot::DeviceSnapshot(DeviceSnapshot&&) = default;
DeviceSnapshot& DeviceSnapshot::operator=(const DeviceSnapshot&) = default;
DeviceSnapshot& DeviceSnapshot::operator=(DeviceSnapshot&&) = default;
DeviceSnapshot::~DeviceSnapshot() = default;

std::vector<DeviceDescriptor> DeviceSnapshot::Descriptors() const {
  std::vector<DeviceDescriptor> descriptors;
  descriptors.reserve(devices_.size());
  for (const Device& device : devices_)
    descriptors.push_back(device.descriptor);
  return descriptors;
}

const DeviceSnapshot::Device* DeviceSnapshot::Find(const std::string& raw_id,
                                                   DeviceKind kind) const {
  for (const Device& device : devices_) {
    if (device.descriptor.raw_id == raw_id && device.descriptor.kind == kind)
      return &device;
  }
  return nullptr;
}

std::unique_ptr<CaptureDevice> DeviceSnapshot::Open(
    const DeviceDescriptor& device,
    Status* status) const {
  const Device* listed = Find(device.raw_id, device.kind);
  if (!listed)
    return nullptr;
  return listed->factory->Open(listed->descriptor.raw_id, status);
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_MEDIASTREAM_DEVICE_SNAPSHOT_H_
#define CORE_MEDIASTREAM_DEVICE_SNAPSHOT_H_

#include <memory>
#include <string>
#include <vector>

#include "platform/capture/capture_device.h"
#include "platform/capture/device_descriptor.h"
#include "platform/capture/device_factory.h"
#include "platform/capture/status.h"

namespace mediacapture {

// The devices of every factory at one moment, each with the factory that
// listed it. A getUserMedia() or applyConstraints() request selects from
// one snapshot and opens from the same one, so that each step sees the same
// devices and the factories are enumerated once per step of the spec's
// algorithm rather than once per helper (enumerating a V4L2 camera opens its
// node and walks its formats). Open() is the only place in core that finds a
// device's factory and opens it.
//
// A value; JS thread (the factories' Enumerate() and Open() run on the
// caller's thread). The factories must outlive it.
class DeviceSnapshot {
 public:
  struct Device {
    DeviceDescriptor descriptor;
    DeviceFactory* factory = nullptr;
  };

  // Enumerates every factory once, in order.
  static DeviceSnapshot Take(const std::vector<DeviceFactory*>& factories);

  DeviceSnapshot();
  DeviceSnapshot(const DeviceSnapshot&);
  DeviceSnapshot(DeviceSnapshot&&);
  DeviceSnapshot& operator=(const DeviceSnapshot&);
  DeviceSnapshot& operator=(DeviceSnapshot&&);
  ~DeviceSnapshot();

  const std::vector<Device>& devices() const { return devices_; }
  // Every descriptor, in the factories' order.
  std::vector<DeviceDescriptor> Descriptors() const;

  // The device of |kind| with |raw_id|, or null when the snapshot has none.
  const Device* Find(const std::string& raw_id, DeviceKind kind) const;

  // Opens |device| (matched by raw id and kind) through the factory that
  // listed it. Null with |*status| untouched when the snapshot does not
  // have the device; null with the factory's error (kBusy, kNotFound...)
  // when it could not open it.
  std::unique_ptr<CaptureDevice> Open(const DeviceDescriptor& device,
                                      Status* status) const;

 private:
  std::vector<Device> devices_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_DEVICE_SNAPSHOT_H_

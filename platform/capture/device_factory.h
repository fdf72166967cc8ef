// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_CAPTURE_DEVICE_FACTORY_H_
#define PLATFORM_CAPTURE_DEVICE_FACTORY_H_

#include <memory>
#include <string>
#include <vector>

#include "platform/capture/capture_device.h"
#include "platform/capture/device_descriptor.h"
#include "platform/capture/status.h"

namespace mediacapture {

// Told when the set of devices may have changed (hotplug, a Pulse source
// loaded). Called on the factory's watcher thread: post to the JS thread.
class DeviceChangeObserver {
 public:
  virtual ~DeviceChangeObserver() = default;
  virtual void OnDevicesChanged() = 0;
};

// Enumerates and opens the devices of one backend (V4L2, PulseAudio, fake).
// Enumerate() and Open() run on the caller's thread and may block briefly.
class DeviceFactory {
 public:
  virtual ~DeviceFactory() = default;

  // Every device the backend has now, each with its modes; the default of
  // each kind first.
  virtual std::vector<DeviceDescriptor> Enumerate() = 0;

  // Opens the device with |raw_id|. kNotFound when it is gone, kBusy when
  // another process holds it.
  virtual std::unique_ptr<CaptureDevice> Open(const std::string& raw_id,
                                              Status* status) = 0;

  // Starts (non-null) or stops (null) watching for device changes.
  virtual void SetDeviceChangeObserver(DeviceChangeObserver* observer) {
    (void)observer;
  }
};

}  // namespace mediacapture

#endif  // PLATFORM_CAPTURE_DEVICE_FACTORY_H_

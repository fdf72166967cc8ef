// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_DEVICES_DEVICE_INFO_LIST_H_
#define CORE_DEVICES_DEVICE_INFO_LIST_H_

#include <string>
#include <vector>

#include "core/devices/device_id_generator.h"
#include "platform/capture/device_descriptor.h"

namespace mediacapture {

// What one MediaDeviceInfo (or InputDeviceInfo) shows script.
struct DeviceInfo {
  DeviceKind kind = DeviceKind::kVideoInput;
  std::string device_id;  // Empty when the kind is not exposed.
  std::string group_id;   // Empty when the kind is not exposed.
  std::string label;      // Empty when the kind is not exposed.
  // The device behind it, for InputDeviceInfo.getCapabilities(); null when
  // the kind is not exposed (getCapabilities() then returns {}).
  const DeviceDescriptor* descriptor = nullptr;
};

// Per kind: may script see the devices' ids and labels? "Camera (or
// microphone) information can be exposed": the page holds a live track of
// that kind, or getUserMedia() for the kind succeeded in this document and
// nothing set the exposure back to false since
// (https://w3c.github.io/mediacapture-main/#device-information-exposure;
// MediaContext keeps the state).
struct DeviceExposure {
  bool microphone = false;
  bool camera = false;

  // "Device information can be exposed": either kind can.
  bool any() const { return microphone || camera; }
};

// "Creating a list of device info objects"
// (https://w3c.github.io/mediacapture-main/#dfn-creating-a-list-of-device-info-objects):
// microphones first, then cameras (the order Chromium reports, too), each
// kind's system default first. A kind that is not exposed is shown as one
// entry with empty deviceId, groupId and label when at least one device of
// that kind exists, and none otherwise.
//
// |devices| must outlive the result (descriptor pointers point into it).
std::vector<DeviceInfo> CreateDeviceInfoList(
    const std::vector<DeviceDescriptor>& devices,
    const std::string& origin,
    const DeviceIdGenerator& ids,
    const DeviceExposure& exposure);

// The ids of one device, the same values the list above shows: its
// per-origin deviceId, and its groupId in the document |ids| serves.
std::string DeviceIdFor(const DeviceDescriptor& device,
                        const std::string& origin,
                        const DeviceIdGenerator& ids);
std::string GroupIdFor(const DeviceDescriptor& device,
                       const std::string& origin,
                       const DeviceIdGenerator& ids);

}  // namespace mediacapture

#endif  // CORE_DEVICES_DEVICE_INFO_LIST_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/devices/device_info_list.h"

namespace mediacapture {

namespace {

const char* KindName(DeviceKind kind) {
  return kind == DeviceKind::kVideoInput ? "videoinput" : "audioinput";
}

// Appends the devices of |kind|, default first, or the one placeholder.
void AppendKind(DeviceKind kind,
                bool exposed,
                const std::vector<DeviceDescriptor>& devices,
                const std::string& origin,
                const DeviceIdGenerator& ids,
                std::vector<DeviceInfo>* list) {
  std::vector<const DeviceDescriptor*> of_kind;
  for (const DeviceDescriptor& device : devices) {
    if (device.kind != kind)
      continue;
    if (device.is_default)
      of_kind.insert(of_kind.begin(), &device);
    else
      of_kind.push_back(&device);
  }
  if (of_kind.empty())
    return;
  if (!exposed) {
    DeviceInfo placeholder;
    placeholder.kind = kind;
    list->push_back(placeholder);
    return;
  }
  for (const DeviceDescriptor* device : of_kind) {
    DeviceInfo info;
    info.kind = kind;
    info.device_id = DeviceIdFor(*device, origin, ids);
    info.group_id = GroupIdFor(*device, origin, ids);
    info.label = device->label;
    info.descriptor = device;
    list->push_back(info);
  }
}

}  // namespace

std::vector<DeviceInfo> CreateDeviceInfoList(
    const std::vector<DeviceDescriptor>& devices,
    const std::string& origin,
    const DeviceIdGenerator& ids,
    const DeviceExposure& exposure) {
  std::vector<DeviceInfo> list;
  AppendKind(DeviceKind::kAudioInput, exposure.microphone, devices, origin, ids,
             &list);
  AppendKind(DeviceKind::kVideoInput, exposure.camera, devices, origin, ids,
             &list);
  return list;
}

std::string DeviceIdFor(const DeviceDescriptor& device,
                        const std::string& origin,
                        const DeviceIdGenerator& ids) {
  return ids.Generate(KindName(device.kind), origin, device.raw_id);
}

std::string GroupIdFor(const DeviceDescriptor& device,
                       const std::string& origin,
                       const DeviceIdGenerator& ids) {
  // A device without a physical group is a group of its own.
  const std::string& group =
      device.raw_group_id.empty()
          ? KindName(device.kind) + std::string(":") + device.raw_id
          : device.raw_group_id;
  return ids.GenerateGroupId(origin, group);
}

}  // namespace mediacapture

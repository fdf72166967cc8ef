// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/media_device_info.h"

#include "core/constraints/media_track_capabilities.h"
#include "core/mediastream/constraints_conversion.h"

namespace mediacapture {

// static
scoped_refptr<MediaDeviceInfo> MediaDeviceInfo::Create(
    const DeviceInfo& info,
    const std::string& origin) {
  return scoped_refptr<MediaDeviceInfo>(new InputDeviceInfo(info, origin));
}

MediaDeviceInfo::MediaDeviceInfo(const DeviceInfo& info,
                                 const std::string& origin)
    : device_id_(info.device_id),
      kind_(info.kind == DeviceKind::kVideoInput
                ? MediaDeviceKind::kVideoinput
                : MediaDeviceKind::kAudioinput),
      label_(info.label),
      group_id_(info.group_id),
      raw_id_(info.descriptor && !info.device_id.empty()
                  ? info.descriptor->raw_id
                  : std::string()) {
  (void)origin;
  if (info.descriptor && !info.device_id.empty())
    descriptor_ = *info.descriptor;
}

MediaTrackCapabilities InputDeviceInfo::GetCapabilities() const {
  if (!descriptor_)
    return MediaTrackCapabilities();
  constraint_model::CandidateDevice device;
  device.descriptor = *descriptor_;
  device.device_id = device_id_;
  device.group_id = group_id_;
  return ToMediaTrackCapabilities(constraint_model::GetCapabilities(device));
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/mediacapture-main/#device-info and
// https://w3c.github.io/mediacapture-main/#input-device-info: what
// enumerateDevices() and `devicechange` show of one device. JS thread.

#ifndef CORE_MEDIASTREAM_MEDIA_DEVICE_INFO_H_
#define CORE_MEDIASTREAM_MEDIA_DEVICE_INFO_H_

#include <optional>
#include <string>

#include "core/devices/device_info_list.h"
#include "idl/media_device_kind.h"
#include "idl/media_track_capabilities.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

class MediaDeviceInfo : public ScriptWrappable {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // An InputDeviceInfo for input kinds (all that core lists).
  static scoped_refptr<MediaDeviceInfo> Create(const DeviceInfo& info,
                                               const std::string& origin);

  const std::string& device_id() const { return device_id_; }
  MediaDeviceKind kind() const { return kind_; }
  const std::string& label() const { return label_; }
  const std::string& group_id() const { return group_id_; }
  // The device's raw id; empty when not exposed.
  const std::string& raw_id() const { return raw_id_; }

 protected:
  MediaDeviceInfo(const DeviceInfo& info, const std::string& origin);

  const std::string device_id_;
  const MediaDeviceKind kind_;
  const std::string label_;
  const std::string group_id_;
  const std::string raw_id_;
  // The device, when exposed (for InputDeviceInfo.getCapabilities()).
  std::optional<DeviceDescriptor> descriptor_;
};

class InputDeviceInfo : public MediaDeviceInfo {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // https://w3c.github.io/mediacapture-main/#dom-inputdeviceinfo-getcapabilities:
  // {} unless device information can be exposed.
  MediaTrackCapabilities GetCapabilities() const;

 private:
  friend class MediaDeviceInfo;
  using MediaDeviceInfo::MediaDeviceInfo;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_MEDIA_DEVICE_INFO_H_

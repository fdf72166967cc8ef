// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/mediacapture-main/#devicechangeevent: the event of
// `devicechange`, with the new device list. JS thread.

#ifndef CORE_MEDIASTREAM_DEVICE_CHANGE_EVENT_H_
#define CORE_MEDIASTREAM_DEVICE_CHANGE_EVENT_H_

#include <string>
#include <vector>

#include "core/dom/event.h"
#include "core/mediastream/media_device_info.h"
#include "idl/device_change_event_init.h"

namespace mediacapture {

class DeviceChangeEvent : public Event {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // https://w3c.github.io/mediacapture-main/#dom-devicechangeevent-constructor
  static scoped_refptr<DeviceChangeEvent> Create(
      const std::string& type,
      const DeviceChangeEventInit& init);
  // The one the User Agent fires.
  static scoped_refptr<DeviceChangeEvent> CreateTrusted(
      std::vector<scoped_refptr<MediaDeviceInfo>> devices,
      std::vector<scoped_refptr<MediaDeviceInfo>> user_inserted_devices);

  const std::vector<scoped_refptr<MediaDeviceInfo>>& devices() const {
    return devices_;
  }
  // https://w3c.github.io/mediacapture-main/#dom-devicechangeevent-userinserteddevices
  const std::vector<scoped_refptr<MediaDeviceInfo>>& user_inserted_devices()
      const {
    return user_inserted_devices_;
  }

 private:
  DeviceChangeEvent(const std::string& type,
                    const EventInit& init,
                    bool trusted,
                    std::vector<scoped_refptr<MediaDeviceInfo>> devices,
                    std::vector<scoped_refptr<MediaDeviceInfo>> inserted);

  std::vector<scoped_refptr<MediaDeviceInfo>> devices_;
  std::vector<scoped_refptr<MediaDeviceInfo>> user_inserted_devices_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_DEVICE_CHANGE_EVENT_H_

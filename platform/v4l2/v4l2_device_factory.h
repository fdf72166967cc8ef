// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_DEVICE_FACTORY_H_
#define PLATFORM_V4L2_V4L2_DEVICE_FACTORY_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "platform/capture/device_factory.h"
#include "platform/v4l2/v4l2_device.h"
#include "platform/v4l2/v4l2_device_provider.h"

namespace mediacapture {

// The cameras of one V4l2Device (libv4l2 in production, the emulated driver
// in tests) at the nodes one V4l2DeviceProvider lists.
//
// Enumerate() opens each node and keeps those whose device_caps say
// VIDEO_CAPTURE (UVC metadata nodes do not) and that have at least one mode
// we can capture:
//  - label: the card name from VIDIOC_QUERYCAP;
//  - raw_id: bus_info, which names the port ("usb-0000:00:14.0-1") and so
//    survives replugging into the same port, unlike the node number; the
//    node path when a driver leaves bus_info empty; a second capture node
//    with the same bus_info (an IR sensor beside the colour one) gets
//    "#2", "#3" in node order;
//  - raw_group_id: bus_info, so the nodes of one physical camera group;
//  - facing_mode: from V4L2_CID_CAMERA_ORIENTATION (front → user, back →
//    environment) when the driver has the control, otherwise unknown;
//  - the first camera listed is the default.
// A node that is busy (EBUSY on open) keeps the descriptor it had at the
// previous enumeration, since a camera in use elsewhere still exists.
//
// Enumerate and Open run on the caller's thread; the observer is called on
// the provider's watcher thread. Thread-safe (|mutex_|).
class V4l2DeviceFactory : public DeviceFactory {
 public:
  V4l2DeviceFactory(std::shared_ptr<V4l2Device> device,
                    std::unique_ptr<V4l2DeviceProvider> provider);
  V4l2DeviceFactory(const V4l2DeviceFactory&) = delete;
  V4l2DeviceFactory& operator=(const V4l2DeviceFactory&) = delete;
  ~V4l2DeviceFactory() override;

  // libv4l2 over /dev.
  static std::unique_ptr<V4l2DeviceFactory> CreateForSystem();

  std::vector<DeviceDescriptor> Enumerate() override;
  std::unique_ptr<CaptureDevice> Open(const std::string& raw_id,
                                      Status* status) override;
  void SetDeviceChangeObserver(DeviceChangeObserver* observer) override;

 private:
  // Reads one node into |descriptor|; false to skip it.
  bool Describe(const std::string& path, DeviceDescriptor* descriptor);
  void OnProviderChange();  // Watcher thread.

  const std::shared_ptr<V4l2Device> device_;
  const std::unique_ptr<V4l2DeviceProvider> provider_;

  std::mutex mutex_;
  // From the last Enumerate(), under |mutex_|.
  std::map<std::string, std::string> path_by_raw_id_;
  std::map<std::string, DeviceDescriptor> descriptor_by_path_;
  std::map<std::string, std::string> bus_info_by_path_;
  DeviceChangeObserver* observer_ = nullptr;  // Under |mutex_|.
  bool watching_ = false;                     // Owner thread.
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_DEVICE_FACTORY_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_EMULATED_V4L2_FACTORY_H_
#define PLATFORM_V4L2_EMULATED_V4L2_FACTORY_H_

#include <memory>
#include <string>
#include <vector>

#include "platform/capture/device_factory.h"
#include "platform/v4l2/emulated_camera_config.h"

namespace mediacapture {

class EmulatedV4l2Driver;
class FakeV4l2DeviceProvider;
class V4l2DeviceFactory;

// The production V4l2DeviceFactory over the emulated driver and the fake
// discovery, in one DeviceFactory an embedder can install for web tests (a
// shell flag selects it). Plug() and Unplug() keep the driver and the
// discovery in step, so that an unplug both ends a running capture with
// kDeviceLost and fires the DeviceChangeObserver (devicechange).
//
// Enumerate and Open on the caller's thread; Plug, Unplug and SetStalled
// on any thread; the observer is called on the thread that plugs.
class EmulatedV4l2Factory : public DeviceFactory {
 public:
  EmulatedV4l2Factory();
  EmulatedV4l2Factory(const EmulatedV4l2Factory&) = delete;
  EmulatedV4l2Factory& operator=(const EmulatedV4l2Factory&) = delete;
  ~EmulatedV4l2Factory() override;

  // Cameras from a comma-separated list of fixture names, each plugged at
  // the next /dev/videoN: "webcam" (EmulatedCameraConfig::Webcam, at USB
  // port N), "stepwise" (EmulatedCameraConfig::Stepwise), "metadata" (a
  // metadata node, as a UVC webcam's second node). Null, with |error| set,
  // for an unknown name.
  static std::unique_ptr<EmulatedV4l2Factory> Create(const std::string& spec,
                                                     std::string* error);

  void Plug(const EmulatedCameraConfig& config);
  void Unplug(const std::string& path);
  void SetStalled(const std::string& path, bool stalled);
  EmulatedV4l2Driver* driver() { return driver_.get(); }

  // DeviceFactory:
  std::vector<DeviceDescriptor> Enumerate() override;
  std::unique_ptr<CaptureDevice> Open(const std::string& raw_id,
                                      Status* status) override;
  void SetDeviceChangeObserver(DeviceChangeObserver* observer) override;

 private:
  std::shared_ptr<EmulatedV4l2Driver> driver_;
  FakeV4l2DeviceProvider* provider_;  // Owned by |factory_|.
  std::unique_ptr<V4l2DeviceFactory> factory_;
  int next_node_ = 0;  // The next /dev/videoN Create() plugs.
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_EMULATED_V4L2_FACTORY_H_

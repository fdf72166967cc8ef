// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/emulated_v4l2_factory.h"

#include <sstream>
#include <utility>

#include "platform/v4l2/emulated_v4l2_driver.h"
#include "platform/v4l2/fake_v4l2_device_provider.h"
#include "platform/v4l2/v4l2_device_factory.h"

namespace mediacapture {

EmulatedV4l2Factory::EmulatedV4l2Factory()
    : driver_(std::make_shared<EmulatedV4l2Driver>()) {
  auto provider = std::make_unique<FakeV4l2DeviceProvider>();
  provider_ = provider.get();
  factory_ = std::make_unique<V4l2DeviceFactory>(driver_, std::move(provider));
}

EmulatedV4l2Factory::~EmulatedV4l2Factory() = default;

// static
std::unique_ptr<EmulatedV4l2Factory> EmulatedV4l2Factory::Create(
    const std::string& spec,
    std::string* error) {
  auto factory = std::make_unique<EmulatedV4l2Factory>();
  std::stringstream names(spec);
  std::string name;
  while (std::getline(names, name, ',')) {
    if (name.empty())
      continue;
    int node = factory->next_node_++;
    std::string path = "/dev/video" + std::to_string(node);
    std::string port = "usb-0000:00:14.0-" + std::to_string(node + 1);
    if (name == "webcam") {
      factory->Plug(EmulatedCameraConfig::Webcam(path, port));
    } else if (name == "stepwise") {
      factory->Plug(EmulatedCameraConfig::Stepwise(
          path, "platform:isp-" + std::to_string(node)));
    } else if (name == "metadata") {
      factory->Plug(EmulatedCameraConfig::MetadataNode(path, port));
    } else {
      *error = "unknown emulated camera '" + name +
               "' (webcam, stepwise or metadata)";
      return nullptr;
    }
  }
  return factory;
}

void EmulatedV4l2Factory::Plug(const EmulatedCameraConfig& config) {
  driver_->AddCamera(config);
  provider_->AddDevicePath(config.path);
}

void EmulatedV4l2Factory::Unplug(const std::string& path) {
  driver_->Unplug(path);
  provider_->RemoveDevicePath(path);
}

void EmulatedV4l2Factory::SetStalled(const std::string& path, bool stalled) {
  driver_->SetStalled(path, stalled);
}

std::vector<DeviceDescriptor> EmulatedV4l2Factory::Enumerate() {
  return factory_->Enumerate();
}

std::unique_ptr<CaptureDevice> EmulatedV4l2Factory::Open(
    const std::string& raw_id,
    Status* status) {
  return factory_->Open(raw_id, status);
}

void EmulatedV4l2Factory::SetDeviceChangeObserver(
    DeviceChangeObserver* observer) {
  factory_->SetDeviceChangeObserver(observer);
}

}  // namespace mediacapture

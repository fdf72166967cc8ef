// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_device_factory.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/videodev2.h>

#include <cstring>
#include <utility>

#include "platform/v4l2/lib_v4l2_device.h"
#include "platform/v4l2/scoped_v4l2_fd.h"
#include "platform/v4l2/sys_v4l2_device_provider.h"
#include "platform/v4l2/v4l2_capture_device.h"
#include "platform/v4l2/v4l2_errors.h"
#include "platform/v4l2/v4l2_mode_enumerator.h"

namespace mediacapture {

namespace {

std::string FixedString(const uint8_t* bytes, size_t size) {
  const char* text = reinterpret_cast<const char*>(bytes);
  return std::string(text, strnlen(text, size));
}

FacingMode ReadFacingMode(V4l2Device* device, int fd) {
  v4l2_control control;
  std::memset(&control, 0, sizeof(control));
  control.id = V4L2_CID_CAMERA_ORIENTATION;
  if (Xioctl(device, fd, VIDIOC_G_CTRL, &control) < 0)
    return FacingMode::kUnknown;
  switch (control.value) {
    case V4L2_CAMERA_ORIENTATION_FRONT:
      return FacingMode::kUser;
    case V4L2_CAMERA_ORIENTATION_BACK:
      return FacingMode::kEnvironment;
    default:
      return FacingMode::kUnknown;  // EXTERNAL: a USB camera faces anywhere.
  }
}

}  // namespace

V4l2DeviceFactory::V4l2DeviceFactory(
    std::shared_ptr<V4l2Device> device,
    std::unique_ptr<V4l2DeviceProvider> provider)
    : device_(std::move(device)), provider_(std::move(provider)) {}

V4l2DeviceFactory::~V4l2DeviceFactory() {
  SetDeviceChangeObserver(nullptr);
}

// static
std::unique_ptr<V4l2DeviceFactory> V4l2DeviceFactory::CreateForSystem() {
  return std::make_unique<V4l2DeviceFactory>(
      std::make_shared<LibV4l2Device>(),
      std::make_unique<SysV4l2DeviceProvider>());
}

bool V4l2DeviceFactory::Describe(const std::string& path,
                                 DeviceDescriptor* descriptor) {
  ScopedV4l2Fd fd(device_.get(),
                  device_->Open(path.c_str(), O_RDWR | O_NONBLOCK));
  if (!fd.is_valid()) {
    if (errno != EBUSY)
      return false;
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = descriptor_by_path_.find(path);
    if (it == descriptor_by_path_.end())
      return false;
    *descriptor = it->second;
    return true;
  }
  v4l2_capability cap;
  std::memset(&cap, 0, sizeof(cap));
  if (Xioctl(device_.get(), fd.get(), VIDIOC_QUERYCAP, &cap) < 0)
    return false;
  // |capabilities| covers the whole physical device; |device_caps| this node.
  uint32_t caps = (cap.capabilities & V4L2_CAP_DEVICE_CAPS) ? cap.device_caps
                                                            : cap.capabilities;
  if (!(caps & V4L2_CAP_VIDEO_CAPTURE) || !(caps & V4L2_CAP_STREAMING))
    return false;
  descriptor->kind = DeviceKind::kVideoInput;
  descriptor->label = FixedString(cap.card, sizeof(cap.card));
  std::string bus_info = FixedString(cap.bus_info, sizeof(cap.bus_info));
  descriptor->raw_id = bus_info.empty() ? path : bus_info;
  descriptor->raw_group_id = descriptor->raw_id;
  descriptor->facing_mode = ReadFacingMode(device_.get(), fd.get());
  if (!EnumerateVideoModes(device_.get(), fd.get(), &descriptor->video_modes)
           .ok() ||
      descriptor->video_modes.empty())
    return false;
  return true;
}

std::vector<DeviceDescriptor> V4l2DeviceFactory::Enumerate() {
  std::vector<DeviceDescriptor> devices;
  std::map<std::string, std::string> path_by_raw_id;
  std::map<std::string, std::string> bus_info_by_path;
  std::map<std::string, DeviceDescriptor> descriptor_by_path;
  std::map<std::string, int> nodes_per_id;
  for (const std::string& path : provider_->ListDevicePaths()) {
    DeviceDescriptor descriptor;
    if (!Describe(path, &descriptor))
      continue;
    // A busy node's cached descriptor already has its final id.
    std::string bus_info = descriptor.raw_group_id;
    int count = ++nodes_per_id[bus_info];
    if (count > 1 && descriptor.raw_id == bus_info)
      descriptor.raw_id = bus_info + "#" + std::to_string(count);
    descriptor.is_default = devices.empty();
    path_by_raw_id[descriptor.raw_id] = path;
    bus_info_by_path[path] = bus_info == path ? "" : bus_info;
    descriptor_by_path[path] = descriptor;
    devices.push_back(std::move(descriptor));
  }
  std::lock_guard<std::mutex> lock(mutex_);
  path_by_raw_id_ = std::move(path_by_raw_id);
  bus_info_by_path_ = std::move(bus_info_by_path);
  descriptor_by_path_ = std::move(descriptor_by_path);
  return devices;
}

std::unique_ptr<CaptureDevice> V4l2DeviceFactory::Open(
    const std::string& raw_id,
    Status* status) {
  for (int attempt = 0; attempt < 2; ++attempt) {
    std::string path, bus_info;
    std::vector<VideoCaptureMode> modes;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      auto it = path_by_raw_id_.find(raw_id);
      if (it != path_by_raw_id_.end()) {
        path = it->second;
        bus_info = bus_info_by_path_[path];
        modes = descriptor_by_path_[path].video_modes;
      }
    }
    if (path.empty()) {
      // Not seen yet, or gone: look again once.
      if (attempt == 0) {
        Enumerate();
        continue;
      }
      *status = Status::Error(ErrorCategory::kNotFound, kV4l2OpenFailed,
                              "no camera " + raw_id);
      return nullptr;
    }
    std::unique_ptr<V4l2CaptureDevice> device = V4l2CaptureDevice::Open(
        device_, path, bus_info, std::move(modes), status);
    if (device)
      return device;
    // The node now holds another camera: enumerate again and retry.
    if (status->code() != kV4l2DeviceReplaced || attempt == 1)
      return nullptr;
    Enumerate();
  }
  return nullptr;
}

void V4l2DeviceFactory::SetDeviceChangeObserver(
    DeviceChangeObserver* observer) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    observer_ = observer;
  }
  if (observer && !watching_) {
    watching_ = provider_->StartWatching([this] { OnProviderChange(); });
  } else if (!observer && watching_) {
    // Outside |mutex_|: the watcher thread may be waiting for it.
    provider_->StopWatching();
    watching_ = false;
  }
}

void V4l2DeviceFactory::OnProviderChange() {
  std::lock_guard<std::mutex> lock(mutex_);
  if (observer_)
    observer_->OnDevicesChanged();
}

}  // namespace mediacapture

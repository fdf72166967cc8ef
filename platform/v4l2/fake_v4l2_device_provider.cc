// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/fake_v4l2_device_provider.h"

#include <algorithm>
#include <utility>

namespace mediacapture {

FakeV4l2DeviceProvider::FakeV4l2DeviceProvider(std::vector<std::string> paths)
    : paths_(std::move(paths)) {}

void FakeV4l2DeviceProvider::AddDevicePath(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    paths_.push_back(path);
  }
  NotifyChange();
}

void FakeV4l2DeviceProvider::RemoveDevicePath(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    paths_.erase(std::remove(paths_.begin(), paths_.end(), path), paths_.end());
  }
  NotifyChange();
}

bool FakeV4l2DeviceProvider::watching() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return static_cast<bool>(on_change_);
}

std::vector<std::string> FakeV4l2DeviceProvider::ListDevicePaths() {
  std::lock_guard<std::mutex> lock(mutex_);
  return paths_;
}

bool FakeV4l2DeviceProvider::StartWatching(std::function<void()> on_change) {
  std::lock_guard<std::mutex> lock(mutex_);
  on_change_ = std::move(on_change);
  return true;
}

void FakeV4l2DeviceProvider::StopWatching() {
  std::lock_guard<std::mutex> lock(mutex_);
  on_change_ = nullptr;
}

void FakeV4l2DeviceProvider::NotifyChange() {
  std::function<void()> on_change;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    on_change = on_change_;
  }
  if (on_change)
    on_change();
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_FAKE_V4L2_DEVICE_PROVIDER_H_
#define PLATFORM_V4L2_FAKE_V4L2_DEVICE_PROVIDER_H_

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "platform/v4l2/v4l2_device_provider.h"

namespace mediacapture {

// A V4l2DeviceProvider whose nodes a test adds and removes, usually beside
// EmulatedV4l2Driver::AddCamera() and Unplug(). The change callback runs
// synchronously on the thread that calls AddDevicePath/RemoveDevicePath:
// that is its "watcher thread". Thread-safe.
class FakeV4l2DeviceProvider : public V4l2DeviceProvider {
 public:
  FakeV4l2DeviceProvider() = default;
  explicit FakeV4l2DeviceProvider(std::vector<std::string> paths);
  FakeV4l2DeviceProvider(const FakeV4l2DeviceProvider&) = delete;
  FakeV4l2DeviceProvider& operator=(const FakeV4l2DeviceProvider&) = delete;
  ~FakeV4l2DeviceProvider() override = default;

  void AddDevicePath(const std::string& path);
  void RemoveDevicePath(const std::string& path);
  bool watching() const;

  std::vector<std::string> ListDevicePaths() override;
  bool StartWatching(std::function<void()> on_change) override;
  void StopWatching() override;

 private:
  void NotifyChange();

  mutable std::mutex mutex_;
  std::vector<std::string> paths_;
  std::function<void()> on_change_;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_FAKE_V4L2_DEVICE_PROVIDER_H_

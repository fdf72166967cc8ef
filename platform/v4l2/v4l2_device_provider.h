// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_DEVICE_PROVIDER_H_
#define PLATFORM_V4L2_V4L2_DEVICE_PROVIDER_H_

#include <functional>
#include <string>
#include <vector>

namespace mediacapture {

// Discovery of V4L2 device nodes, apart from talking to them (Chromium's
// VideoCaptureDeviceFactoryV4L2::DeviceProvider): the system's /dev in
// production (SysV4l2DeviceProvider), a list a test edits in tests
// (FakeV4l2DeviceProvider).
class V4l2DeviceProvider {
 public:
  virtual ~V4l2DeviceProvider() = default;

  // The paths of the video nodes present now ("/dev/video0", ...), in
  // node-number order. Any node, capture or not: the factory asks each.
  virtual std::vector<std::string> ListDevicePaths() = 0;

  // Calls |on_change| whenever a node may have appeared, gone or become
  // accessible, on the provider's watcher thread. False when watching is
  // impossible (the factory then works without hotplug).
  virtual bool StartWatching(std::function<void()> on_change) = 0;
  // Stops watching; |on_change| is not called after it returns. Safe when
  // not watching. Must not be called from |on_change|.
  virtual void StopWatching() = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_DEVICE_PROVIDER_H_

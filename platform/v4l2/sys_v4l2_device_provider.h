// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_SYS_V4L2_DEVICE_PROVIDER_H_
#define PLATFORM_V4L2_SYS_V4L2_DEVICE_PROVIDER_H_

#include <functional>
#include <string>
#include <thread>
#include <vector>

#include "platform/v4l2/v4l2_device_provider.h"

namespace mediacapture {

// Lists the videoN entries of a directory (/dev) and watches it with
// inotify. udev creates a node and then sets its owner and mode, so
// attribute changes count as changes too: a camera becomes usable only
// then. We do not read sysfs: VIDIOC_QUERYCAP on the node says all the
// factory needs (card, bus_info, capabilities).
//
// ListDevicePaths() runs on the caller's thread; the callback on the
// watcher thread this starts; StartWatching/StopWatching on one owner
// thread.
class SysV4l2DeviceProvider : public V4l2DeviceProvider {
 public:
  explicit SysV4l2DeviceProvider(std::string directory = "/dev");
  SysV4l2DeviceProvider(const SysV4l2DeviceProvider&) = delete;
  SysV4l2DeviceProvider& operator=(const SysV4l2DeviceProvider&) = delete;
  ~SysV4l2DeviceProvider() override;

  std::vector<std::string> ListDevicePaths() override;
  bool StartWatching(std::function<void()> on_change) override;
  void StopWatching() override;

  // "video12" → 12; -1 for a name that is not a video node.
  static int VideoNodeNumber(const char* name);

 private:
  void Watch();  // Watcher thread.

  const std::string directory_;
  std::function<void()> on_change_;
  int inotify_fd_ = -1;
  int stop_event_ = -1;
  std::thread thread_;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_SYS_V4L2_DEVICE_PROVIDER_H_

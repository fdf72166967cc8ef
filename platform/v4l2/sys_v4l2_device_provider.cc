// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/sys_v4l2_device_provider.h"

#include <dirent.h>
#include <errno.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/inotify.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>

namespace mediacapture {

namespace {

constexpr char kVideoPrefix[] = "video";
// Room for a burst of events: each is a header and a NUL-padded name.
constexpr size_t kEventBufferSize = 64 * (sizeof(inotify_event) + NAME_MAX + 1);

}  // namespace

SysV4l2DeviceProvider::SysV4l2DeviceProvider(std::string directory)
    : directory_(std::move(directory)) {}

SysV4l2DeviceProvider::~SysV4l2DeviceProvider() {
  StopWatching();
}

// static
int SysV4l2DeviceProvider::VideoNodeNumber(const char* name) {
  size_t prefix = sizeof(kVideoPrefix) - 1;
  if (std::strncmp(name, kVideoPrefix, prefix) != 0 || !name[prefix])
    return -1;
  int number = 0;
  for (const char* p = name + prefix; *p; ++p) {
    if (!std::isdigit(static_cast<unsigned char>(*p)) || number > 100000)
      return -1;
    number = number * 10 + (*p - '0');
  }
  return number;
}

std::vector<std::string> SysV4l2DeviceProvider::ListDevicePaths() {
  std::vector<std::pair<int, std::string>> nodes;
  DIR* dir = opendir(directory_.c_str());
  if (!dir)
    return {};
  while (dirent* entry = readdir(dir)) {
    int number = VideoNodeNumber(entry->d_name);
    if (number >= 0)
      nodes.emplace_back(number, directory_ + "/" + entry->d_name);
  }
  closedir(dir);
  std::sort(nodes.begin(), nodes.end());
  std::vector<std::string> paths;
  for (auto& node : nodes)
    paths.push_back(std::move(node.second));
  return paths;
}

bool SysV4l2DeviceProvider::StartWatching(std::function<void()> on_change) {
  if (thread_.joinable())
    return true;
  inotify_fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
  if (inotify_fd_ < 0)
    return false;
  if (inotify_add_watch(inotify_fd_, directory_.c_str(),
                        IN_CREATE | IN_DELETE | IN_ATTRIB | IN_MOVED_FROM |
                            IN_MOVED_TO) < 0) {
    close(inotify_fd_);
    inotify_fd_ = -1;
    return false;
  }
  stop_event_ = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
  if (stop_event_ < 0) {
    close(inotify_fd_);
    inotify_fd_ = -1;
    return false;
  }
  on_change_ = std::move(on_change);
  thread_ = std::thread(&SysV4l2DeviceProvider::Watch, this);
  return true;
}

void SysV4l2DeviceProvider::StopWatching() {
  if (!thread_.joinable())
    return;
  uint64_t one = 1;
  ssize_t written = write(stop_event_, &one, sizeof(one));
  (void)written;  // A fresh eventfd does not overflow.
  thread_.join();
  close(inotify_fd_);
  close(stop_event_);
  inotify_fd_ = stop_event_ = -1;
  on_change_ = nullptr;
}

void SysV4l2DeviceProvider::Watch() {
  alignas(inotify_event) char buffer[kEventBufferSize];
  for (;;) {
    struct pollfd fds[2] = {{inotify_fd_, POLLIN, 0}, {stop_event_, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    if (fds[1].revents)
      return;
    // One callback per burst that touched a video node: udev's create and
    // chmod of one camera arrive together.
    bool changed = false;
    for (;;) {
      ssize_t length = read(inotify_fd_, buffer, sizeof(buffer));
      if (length <= 0)
        break;
      for (char* p = buffer; p < buffer + length;) {
        auto* event = reinterpret_cast<inotify_event*>(p);
        if (event->len && VideoNodeNumber(event->name) >= 0)
          changed = true;
        p += sizeof(inotify_event) + event->len;
      }
    }
    if (changed)
      on_change_();
  }
}

}  // namespace mediacapture

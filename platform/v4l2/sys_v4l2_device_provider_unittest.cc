// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/sys_v4l2_device_provider.h"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <string>
#include <thread>

namespace mediacapture {
namespace {

// A scratch directory standing in for /dev.
class TempDir {
 public:
  TempDir() {
    char name[] = "/tmp/v4l2_provider_XXXXXX";
    path_ = mkdtemp(name);
  }
  ~TempDir() {
    for (const std::string& file : files_)
      unlink((path_ + "/" + file).c_str());
    rmdir(path_.c_str());
  }
  void Create(const std::string& name) {
    int fd = open((path_ + "/" + name).c_str(), O_CREAT | O_WRONLY, 0600);
    REQUIRE(fd >= 0);
    close(fd);
    files_.push_back(name);
  }
  void Remove(const std::string& name) {
    REQUIRE(unlink((path_ + "/" + name).c_str()) == 0);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::vector<std::string> files_;
};

bool WaitFor(const std::atomic<int>& value, int at_least) {
  for (int i = 0; i < 500 && value < at_least; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  return value >= at_least;
}

TEST_CASE("video nodes are listed in node-number order, other names not") {
  TempDir dev;
  for (const char* name :
       {"video10", "video2", "video0", "videoX", "vbi0", "video", "media0"})
    dev.Create(name);
  SysV4l2DeviceProvider provider(dev.path());
  std::vector<std::string> paths = provider.ListDevicePaths();
  REQUIRE(paths.size() == 3);
  CHECK(paths[0] == dev.path() + "/video0");
  CHECK(paths[1] == dev.path() + "/video2");
  CHECK(paths[2] == dev.path() + "/video10");
}

TEST_CASE("a missing directory lists nothing and cannot be watched") {
  SysV4l2DeviceProvider provider("/nonexistent/dev");
  CHECK(provider.ListDevicePaths().empty());
  CHECK_FALSE(provider.StartWatching([] {}));
  provider.StopWatching();
}

TEST_CASE("inotify reports a video node created or removed") {
  TempDir dev;
  std::atomic<int> changes{0};  // Outlives the provider's watcher thread.
  SysV4l2DeviceProvider provider(dev.path());
  REQUIRE(provider.StartWatching([&changes] { ++changes; }));
  dev.Create("video3");
  CHECK(WaitFor(changes, 1));
  int after_create = changes;
  dev.Remove("video3");
  CHECK(WaitFor(changes, after_create + 1));
  provider.StopWatching();
  int after_stop = changes;
  dev.Create("video4");
  std::this_thread::sleep_for(std::chrono::milliseconds(50));
  CHECK(changes == after_stop);
}

TEST_CASE("files that are not video nodes do not count as changes") {
  TempDir dev;
  std::atomic<int> changes{0};  // Outlives the provider's watcher thread.
  SysV4l2DeviceProvider provider(dev.path());
  REQUIRE(provider.StartWatching([&changes] { ++changes; }));
  dev.Create("media0");
  dev.Create("video7");  // Events arrive in order: this one comes last.
  REQUIRE(WaitFor(changes, 1));
  provider.StopWatching();
  CHECK(changes == 1);
}

TEST_CASE("node numbers are read from names") {
  CHECK(SysV4l2DeviceProvider::VideoNodeNumber("video0") == 0);
  CHECK(SysV4l2DeviceProvider::VideoNodeNumber("video42") == 42);
  CHECK(SysV4l2DeviceProvider::VideoNodeNumber("video") == -1);
  CHECK(SysV4l2DeviceProvider::VideoNodeNumber("video1a") == -1);
  CHECK(SysV4l2DeviceProvider::VideoNodeNumber("v4l-subdev0") == -1);
}

}  // namespace
}  // namespace mediacapture

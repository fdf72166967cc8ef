// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/emulated_v4l2_driver.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/videodev2.h>
#include <sys/mman.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <cstring>

#include "platform/v4l2/scoped_v4l2_fd.h"
#include "platform/v4l2/scoped_v4l2_mapping.h"

namespace mediacapture {
namespace {

constexpr char kPath[] = "/dev/video0";

ScopedV4l2Fd OpenNode(EmulatedV4l2Driver* driver, const char* path = kPath) {
  return ScopedV4l2Fd(driver, driver->Open(path, O_RDWR | O_NONBLOCK));
}

v4l2_format Format(uint32_t fourcc, uint32_t width, uint32_t height) {
  v4l2_format format;
  std::memset(&format, 0, sizeof(format));
  format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  format.fmt.pix.pixelformat = fourcc;
  format.fmt.pix.width = width;
  format.fmt.pix.height = height;
  return format;
}

v4l2_requestbuffers Request(uint32_t count) {
  v4l2_requestbuffers request;
  std::memset(&request, 0, sizeof(request));
  request.count = count;
  request.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  request.memory = V4L2_MEMORY_MMAP;
  return request;
}

v4l2_buffer Buffer(uint32_t index) {
  v4l2_buffer buffer;
  std::memset(&buffer, 0, sizeof(buffer));
  buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  buffer.memory = V4L2_MEMORY_MMAP;
  buffer.index = index;
  return buffer;
}

TEST_CASE("a metadata node says so in device_caps, not in capabilities") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(EmulatedCameraConfig::MetadataNode(kPath, "usb-1"));
  ScopedV4l2Fd fd = OpenNode(&driver);
  v4l2_capability cap;
  REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_QUERYCAP, &cap) == 0);
  CHECK((cap.capabilities & V4L2_CAP_VIDEO_CAPTURE) != 0);
  CHECK((cap.device_caps & V4L2_CAP_VIDEO_CAPTURE) == 0);
  CHECK((cap.device_caps & V4L2_CAP_META_CAPTURE) != 0);
  v4l2_fmtdesc desc{};
  desc.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  CHECK(Xioctl(&driver, fd.get(), VIDIOC_ENUM_FMT, &desc) == -1);
  CHECK(errno == EINVAL);
}

TEST_CASE("enumerating past the last format fails with EINVAL") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  ScopedV4l2Fd fd = OpenNode(&driver);
  v4l2_fmtdesc desc{};
  desc.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  desc.index = 1;
  REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_ENUM_FMT, &desc) == 0);
  CHECK(desc.pixelformat == V4L2_PIX_FMT_MJPEG);
  CHECK((desc.flags & V4L2_FMT_FLAG_COMPRESSED) != 0);
  desc.index = 2;
  CHECK(Xioctl(&driver, fd.get(), VIDIOC_ENUM_FMT, &desc) == -1);
  CHECK(errno == EINVAL);
}

TEST_CASE("S_FMT adjusts an unsupported size to the nearest one offered") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  ScopedV4l2Fd fd = OpenNode(&driver);
  v4l2_format format = Format(V4L2_PIX_FMT_YUYV, 650, 470);
  REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_S_FMT, &format) == 0);
  CHECK(format.fmt.pix.width == 640);
  CHECK(format.fmt.pix.height == 480);
  CHECK(format.fmt.pix.bytesperline == 1280);
  CHECK(format.fmt.pix.sizeimage == 640u * 480 * 2);
}

TEST_CASE("S_PARM picks the nearest interval the size offers") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  ScopedV4l2Fd fd = OpenNode(&driver);
  v4l2_format format = Format(V4L2_PIX_FMT_YUYV, 640, 480);
  REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_S_FMT, &format) == 0);
  v4l2_streamparm parm{};
  parm.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  parm.parm.capture.timeperframe = {1, 14};
  REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_S_PARM, &parm) == 0);
  CHECK(parm.parm.capture.timeperframe.numerator == 1);
  CHECK(parm.parm.capture.timeperframe.denominator == 15);
  CHECK((parm.parm.capture.capability & V4L2_CAP_TIMEPERFRAME) != 0);
}

TEST_CASE("a second descriptor cannot take the buffers another one owns") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  ScopedV4l2Fd first = OpenNode(&driver);
  ScopedV4l2Fd second = OpenNode(&driver);
  v4l2_requestbuffers request = Request(4);
  REQUIRE(Xioctl(&driver, first.get(), VIDIOC_REQBUFS, &request) == 0);
  CHECK(request.count == 4);
  request = Request(4);
  CHECK(Xioctl(&driver, second.get(), VIDIOC_REQBUFS, &request) == -1);
  CHECK(errno == EBUSY);
  v4l2_format format = Format(V4L2_PIX_FMT_MJPEG, 640, 480);
  CHECK(Xioctl(&driver, second.get(), VIDIOC_S_FMT, &format) == -1);
  CHECK(errno == EBUSY);
  first.Reset();  // Closing the owner frees the queue.
  request = Request(4);
  CHECK(Xioctl(&driver, second.get(), VIDIOC_REQBUFS, &request) == 0);
}

TEST_CASE(
    "streaming fills buffers at the frame interval and DQBUF says "
    "EAGAIN before") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(
      EmulatedCameraConfig::Single(kPath, PixelFormat::kYUYV, 160, 120, 30));
  ScopedV4l2Fd fd = OpenNode(&driver);
  v4l2_requestbuffers request = Request(2);
  REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_REQBUFS, &request) == 0);
  std::vector<ScopedV4l2Mapping> mappings;
  for (uint32_t i = 0; i < request.count; ++i) {
    v4l2_buffer buffer = Buffer(i);
    REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_QUERYBUF, &buffer) == 0);
    void* address = driver.Mmap(nullptr, buffer.length, PROT_READ, MAP_SHARED,
                                fd.get(), buffer.m.offset);
    REQUIRE(address != MAP_FAILED);
    mappings.emplace_back(&driver, address, buffer.length);
    REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_QBUF, &buffer) == 0);
  }
  CHECK(driver.mapping_count() == 2);
  int type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
  auto start = std::chrono::steady_clock::now();
  REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_STREAMON, &type) == 0);
  v4l2_buffer buffer = Buffer(0);
  CHECK(Xioctl(&driver, fd.get(), VIDIOC_DQBUF, &buffer) == -1);
  CHECK(errno == EAGAIN);

  constexpr int kFrames = 6;
  for (int i = 0; i < kFrames; ++i) {
    struct pollfd pfd = {fd.get(), POLLIN, 0};
    REQUIRE(driver.Poll(&pfd, 1, 2000) == 1);
    REQUIRE((pfd.revents & POLLIN) != 0);
    buffer = Buffer(0);
    REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_DQBUF, &buffer) == 0);
    CHECK(buffer.sequence == static_cast<uint32_t>(i));
    CHECK(buffer.bytesused == 160u * 120 * 2);
    CHECK((buffer.flags & V4L2_BUF_FLAG_TIMESTAMP_MONOTONIC) != 0);
    REQUIRE(Xioctl(&driver, fd.get(), VIDIOC_QBUF, &buffer) == 0);
  }
  // Six frames at 30 fps cannot arrive in less than six intervals (200 ms).
  auto elapsed = std::chrono::steady_clock::now() - start;
  CHECK(elapsed >= std::chrono::milliseconds(190));
  mappings.clear();
  CHECK(driver.mapping_count() == 0);
}

TEST_CASE(
    "an unplugged camera fails ioctls with ENODEV, poll with POLLERR "
    "and open with ENOENT") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  ScopedV4l2Fd fd = OpenNode(&driver);
  driver.Unplug(kPath);
  v4l2_capability cap;
  CHECK(Xioctl(&driver, fd.get(), VIDIOC_QUERYCAP, &cap) == -1);
  CHECK(errno == ENODEV);
  struct pollfd pfd = {fd.get(), POLLIN, 0};
  CHECK(driver.Poll(&pfd, 1, 0) == 1);
  CHECK((pfd.revents & POLLERR) != 0);
  CHECK(driver.Open(kPath, O_RDWR) == -1);
  CHECK(errno == ENOENT);
}

TEST_CASE("an interrupted ioctl is retried by Xioctl") {
  EmulatedV4l2Driver driver;
  EmulatedCameraConfig config = EmulatedCameraConfig::Webcam(kPath, "usb-1");
  config.faults.interrupt_ioctls = true;
  driver.AddCamera(config);
  ScopedV4l2Fd fd = OpenNode(&driver);
  v4l2_capability cap;
  CHECK(driver.Ioctl(fd.get(), VIDIOC_QUERYCAP, &cap) == -1);
  CHECK(errno == EINTR);
  // The next call runs (its turn after an interruption); the one after is
  // interrupted once more, and Xioctl retries it.
  CHECK(Xioctl(&driver, fd.get(), VIDIOC_QUERYCAP, &cap) == 0);
  CHECK(Xioctl(&driver, fd.get(), VIDIOC_QUERYCAP, &cap) == 0);
  CHECK(driver.interrupted_ioctls() == 2);
}

TEST_CASE("descriptors are released through the device that opened them") {
  EmulatedV4l2Driver driver;
  driver.AddCamera(EmulatedCameraConfig::Webcam(kPath, "usb-1"));
  {
    ScopedV4l2Fd fd = OpenNode(&driver);
    REQUIRE(fd.is_valid());
    ScopedV4l2Fd moved = std::move(fd);
    CHECK_FALSE(fd.is_valid());
    CHECK(driver.open_fd_count() == 1);
  }
  CHECK(driver.open_fd_count() == 0);
}

TEST_CASE("a busy camera refuses open with EBUSY") {
  EmulatedV4l2Driver driver;
  EmulatedCameraConfig config = EmulatedCameraConfig::Webcam(kPath, "usb-1");
  config.faults.busy_on_open = true;
  driver.AddCamera(config);
  CHECK(driver.Open(kPath, O_RDWR) == -1);
  CHECK(errno == EBUSY);
  driver.SetBusy(kPath, false);
  ScopedV4l2Fd fd = OpenNode(&driver);
  CHECK(fd.is_valid());
}

}  // namespace
}  // namespace mediacapture

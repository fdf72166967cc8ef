// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_LIB_V4L2_DEVICE_H_
#define PLATFORM_V4L2_LIB_V4L2_DEVICE_H_

#include "platform/v4l2/v4l2_device.h"

namespace mediacapture {

// The production V4l2Device: libv4l2's v4l2_open(), v4l2_ioctl(),
// v4l2_mmap()... over the kernel's device nodes. libv4l2 works around
// driver quirks; the formats it would emulate in software (flagged
// V4L2_FMT_FLAG_EMULATED) are skipped by enumeration, because we convert
// ourselves with libyuv and libjpeg-turbo. Stateless: any thread.
class LibV4l2Device : public V4l2Device {
 public:
  LibV4l2Device() = default;
  LibV4l2Device(const LibV4l2Device&) = delete;
  LibV4l2Device& operator=(const LibV4l2Device&) = delete;
  ~LibV4l2Device() override = default;

  int Open(const char* path, int flags) override;
  int Close(int fd) override;
  int Ioctl(int fd, unsigned long request, void* arg) override;
  void* Mmap(void* addr,
             size_t length,
             int prot,
             int flags,
             int fd,
             off_t offset) override;
  int Munmap(void* addr, size_t length) override;
  int Poll(struct pollfd* fds, nfds_t nfds, int timeout_ms) override;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_LIB_V4L2_DEVICE_H_

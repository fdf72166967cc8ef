// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/lib_v4l2_device.h"

#include <fcntl.h>
#include <libv4l2.h>
#include <poll.h>

namespace mediacapture {

int LibV4l2Device::Open(const char* path, int flags) {
  return v4l2_open(path, flags | O_CLOEXEC);
}

int LibV4l2Device::Close(int fd) {
  return v4l2_close(fd);
}

int LibV4l2Device::Ioctl(int fd, unsigned long request, void* arg) {
  return v4l2_ioctl(fd, request, arg);
}

void* LibV4l2Device::Mmap(void* addr,
                          size_t length,
                          int prot,
                          int flags,
                          int fd,
                          off_t offset) {
  return v4l2_mmap(addr, length, prot, flags, fd, offset);
}

int LibV4l2Device::Munmap(void* addr, size_t length) {
  return v4l2_munmap(addr, length);
}

int LibV4l2Device::Poll(struct pollfd* fds, nfds_t nfds, int timeout_ms) {
  // libv4l2 descriptors are the kernel's own: poll(2) works on them.
  return poll(fds, nfds, timeout_ms);
}

}  // namespace mediacapture

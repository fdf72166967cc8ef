// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_DEVICE_H_
#define PLATFORM_V4L2_V4L2_DEVICE_H_

#include <poll.h>
#include <sys/types.h>

#include <cstddef>
#include <memory>

namespace mediacapture {

// All access to a V4L2 device node goes through this interface, so that the
// same code runs against libv4l2 (LibV4l2Device) and against the emulated
// driver in tests (EmulatedV4l2Driver). Each method keeps the name and the
// convention of its syscall: it returns -1 (MAP_FAILED for Mmap) and sets
// errno on failure, so call sites read like the kernel's V4L2 documentation.
//
// Implementations are thread-safe: enumeration runs on the caller's thread,
// streaming on a capture thread, and Poll() may block on one while the other
// calls Ioctl() on another descriptor.
class V4l2Device {
 public:
  virtual ~V4l2Device() = default;

  virtual int Open(const char* path, int flags) = 0;
  virtual int Close(int fd) = 0;
  // Callers use Xioctl(), which retries EINTR.
  virtual int Ioctl(int fd, unsigned long request, void* arg) = 0;
  virtual void* Mmap(void* addr,
                     size_t length,
                     int prot,
                     int flags,
                     int fd,
                     off_t offset) = 0;
  virtual int Munmap(void* addr, size_t length) = 0;
  // As poll(2). |fds| may mix device descriptors with ordinary ones (the
  // capture thread's stop event), which must behave as with poll(2).
  virtual int Poll(struct pollfd* fds, nfds_t nfds, int timeout_ms) = 0;
};

// The one ioctl wrapper: retries while the call is interrupted by a signal
// (EINTR), as the kernel documentation's xioctl() does. Every ioctl in
// platform/v4l2 goes through it.
int Xioctl(V4l2Device* device, int fd, unsigned long request, void* arg);

// A non-owning shared_ptr for a device whose owner outlives every user (a
// test's driver on the stack).
inline std::shared_ptr<V4l2Device> UnownedV4l2Device(V4l2Device* device) {
  return std::shared_ptr<V4l2Device>(std::shared_ptr<V4l2Device>(), device);
}

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_DEVICE_H_

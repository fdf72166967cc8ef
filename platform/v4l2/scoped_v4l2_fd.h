// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_SCOPED_V4L2_FD_H_
#define PLATFORM_V4L2_SCOPED_V4L2_FD_H_

namespace mediacapture {

class V4l2Device;

// Owns a descriptor opened through a V4l2Device and closes it through the
// same device (never with close(2): a libv4l2 or emulated descriptor must be
// released by whoever opened it). Move-only. The thread that owns it.
class ScopedV4l2Fd {
 public:
  ScopedV4l2Fd() = default;
  ScopedV4l2Fd(V4l2Device* device, int fd);
  ScopedV4l2Fd(ScopedV4l2Fd&& other);
  ScopedV4l2Fd& operator=(ScopedV4l2Fd&& other);
  ScopedV4l2Fd(const ScopedV4l2Fd&) = delete;
  ScopedV4l2Fd& operator=(const ScopedV4l2Fd&) = delete;
  ~ScopedV4l2Fd();

  bool is_valid() const { return fd_ >= 0; }
  int get() const { return fd_; }
  V4l2Device* device() const { return device_; }
  // Closes the descriptor now (no-op when invalid).
  void Reset();

 private:
  V4l2Device* device_ = nullptr;
  int fd_ = -1;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_SCOPED_V4L2_FD_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/scoped_v4l2_fd.h"

#include <utility>

#include "platform/v4l2/v4l2_device.h"

namespace mediacapture {

ScopedV4l2Fd::ScopedV4l2Fd(V4l2Device* device, int fd)
    : device_(device), fd_(fd) {}

ScopedV4l2Fd::ScopedV4l2Fd(ScopedV4l2Fd&& other)
    : device_(other.device_), fd_(std::exchange(other.fd_, -1)) {}

ScopedV4l2Fd& ScopedV4l2Fd::operator=(ScopedV4l2Fd&& other) {
  if (this != &other) {
    Reset();
    device_ = other.device_;
    fd_ = std::exchange(other.fd_, -1);
  }
  return *this;
}

ScopedV4l2Fd::~ScopedV4l2Fd() {
  Reset();
}

void ScopedV4l2Fd::Reset() {
  if (fd_ >= 0)
    device_->Close(fd_);
  fd_ = -1;
}

}  // namespace mediacapture

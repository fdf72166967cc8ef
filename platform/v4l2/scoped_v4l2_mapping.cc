// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/scoped_v4l2_mapping.h"

#include <utility>

#include "platform/v4l2/v4l2_device.h"

namespace mediacapture {

ScopedV4l2Mapping::ScopedV4l2Mapping(V4l2Device* device,
                                     void* address,
                                     size_t length)
    : device_(device), address_(address), length_(length) {}

ScopedV4l2Mapping::ScopedV4l2Mapping(ScopedV4l2Mapping&& other)
    : device_(other.device_),
      address_(std::exchange(other.address_, nullptr)),
      length_(std::exchange(other.length_, 0)) {}

ScopedV4l2Mapping& ScopedV4l2Mapping::operator=(ScopedV4l2Mapping&& other) {
  if (this != &other) {
    Reset();
    device_ = other.device_;
    address_ = std::exchange(other.address_, nullptr);
    length_ = std::exchange(other.length_, 0);
  }
  return *this;
}

ScopedV4l2Mapping::~ScopedV4l2Mapping() {
  Reset();
}

void ScopedV4l2Mapping::Reset() {
  if (address_)
    device_->Munmap(address_, length_);
  address_ = nullptr;
  length_ = 0;
}

}  // namespace mediacapture

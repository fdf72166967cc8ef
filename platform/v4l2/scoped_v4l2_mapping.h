// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_SCOPED_V4L2_MAPPING_H_
#define PLATFORM_V4L2_SCOPED_V4L2_MAPPING_H_

#include <cstddef>
#include <cstdint>

namespace mediacapture {

class V4l2Device;

// One mmap'ed V4L2 buffer, unmapped through the V4l2Device that mapped it.
// Move-only. The thread that owns it (the capture device's owner; the
// capture thread only reads the bytes while streaming).
class ScopedV4l2Mapping {
 public:
  ScopedV4l2Mapping() = default;
  ScopedV4l2Mapping(V4l2Device* device, void* address, size_t length);
  ScopedV4l2Mapping(ScopedV4l2Mapping&& other);
  ScopedV4l2Mapping& operator=(ScopedV4l2Mapping&& other);
  ScopedV4l2Mapping(const ScopedV4l2Mapping&) = delete;
  ScopedV4l2Mapping& operator=(const ScopedV4l2Mapping&) = delete;
  ~ScopedV4l2Mapping();

  bool is_valid() const { return address_ != nullptr; }
  const uint8_t* data() const { return static_cast<const uint8_t*>(address_); }
  size_t length() const { return length_; }
  void Reset();

 private:
  V4l2Device* device_ = nullptr;
  void* address_ = nullptr;
  size_t length_ = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_SCOPED_V4L2_MAPPING_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_device.h"

#include <errno.h>

namespace mediacapture {

int Xioctl(V4l2Device* device, int fd, unsigned long request, void* arg) {
  int result;
  do {
    result = device->Ioctl(fd, request, arg);
  } while (result == -1 && errno == EINTR);
  return result;
}

}  // namespace mediacapture

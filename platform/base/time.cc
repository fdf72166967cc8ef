// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/base/time.h"

#include <time.h>

namespace mediacapture {

int64_t MonotonicNowUs() {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  return int64_t{now.tv_sec} * kMicrosecondsPerSecond + now.tv_nsec / 1000;
}

}  // namespace mediacapture

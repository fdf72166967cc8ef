// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The one clock of capture: CLOCK_MONOTONIC, which frames' and audio
// blocks' timestamps are on (platform/media/), and which V4L2 and
// PulseAudio report their own times on. Any thread.

#ifndef PLATFORM_BASE_TIME_H_
#define PLATFORM_BASE_TIME_H_

#include <cstdint>

namespace mediacapture {

inline constexpr int64_t kMicrosecondsPerSecond = 1000000;
inline constexpr int64_t kMicrosecondsPerMillisecond = 1000;

// Now on CLOCK_MONOTONIC, in microseconds.
int64_t MonotonicNowUs();

// Now on CLOCK_MONOTONIC, in milliseconds.
inline int64_t MonotonicNowMs() {
  return MonotonicNowUs() / kMicrosecondsPerMillisecond;
}

}  // namespace mediacapture

#endif  // PLATFORM_BASE_TIME_H_

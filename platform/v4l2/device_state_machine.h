// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_DEVICE_STATE_MACHINE_H_
#define PLATFORM_V4L2_DEVICE_STATE_MACHINE_H_

#include <utility>

#include "platform/capture/status.h"

namespace mediacapture {

// A capture device's lifecycle (pion/mediadevices' pkg/driver/state.go):
//
//   kClosed ──Open──► kOpen ──Start──► kStarted ──Stop──► kStopped
//                       └───────────Stop (never started)─────┘
//
// kStopped is final: a stopped device is not started again (core opens a
// new one). Stop from kStopped is not a transition but a no-op, which is
// what makes CaptureDevice::Stop() safe twice.
enum class DeviceState { kClosed, kOpen, kStarted, kStopped };

const char* DeviceStateName(DeviceState state);

// Checks each transition and commits it only when the operation that
// performs it succeeded, so a failed Start leaves the device kOpen. The
// thread that owns the device.
class DeviceStateMachine {
 public:
  DeviceState state() const { return state_; }

  static bool IsAllowed(DeviceState from, DeviceState to);

  // Runs |operation| (returning Status) if |to| may follow the current
  // state, and moves to |to| only if it succeeded. An illegal transition
  // returns kInternal with code |invalid_state_code| without running it.
  template <typename Operation>
  Status Transition(DeviceState to,
                    int invalid_state_code,
                    Operation&& operation) {
    if (!IsAllowed(state_, to)) {
      return Status::Error(ErrorCategory::kInternal, invalid_state_code,
                           std::string("cannot go from ") +
                               DeviceStateName(state_) + " to " +
                               DeviceStateName(to));
    }
    Status status = std::forward<Operation>(operation)();
    if (status.ok())
      state_ = to;
    return status;
  }

 private:
  DeviceState state_ = DeviceState::kClosed;
};

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_DEVICE_STATE_MACHINE_H_

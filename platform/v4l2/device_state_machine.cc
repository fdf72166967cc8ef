// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/device_state_machine.h"

namespace mediacapture {

const char* DeviceStateName(DeviceState state) {
  switch (state) {
    case DeviceState::kClosed:
      return "closed";
    case DeviceState::kOpen:
      return "open";
    case DeviceState::kStarted:
      return "started";
    case DeviceState::kStopped:
      return "stopped";
  }
  return "unknown";
}

// static
bool DeviceStateMachine::IsAllowed(DeviceState from, DeviceState to) {
  switch (from) {
    case DeviceState::kClosed:
      return to == DeviceState::kOpen;
    case DeviceState::kOpen:
      return to == DeviceState::kStarted || to == DeviceState::kStopped;
    case DeviceState::kStarted:
      return to == DeviceState::kStopped;
    case DeviceState::kStopped:
      return false;
  }
  return false;
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/device_state_machine.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

TEST_CASE("a device goes closed, open, started, stopped in that order") {
  DeviceStateMachine machine;
  REQUIRE(machine.state() == DeviceState::kClosed);
  for (DeviceState next :
       {DeviceState::kOpen, DeviceState::kStarted, DeviceState::kStopped}) {
    REQUIRE(machine.Transition(next, 1, [] { return Status::Ok(); }).ok());
    CHECK(machine.state() == next);
  }
}

TEST_CASE("a failed operation leaves the state where it was") {
  DeviceStateMachine machine;
  machine.Transition(DeviceState::kOpen, 1, [] { return Status::Ok(); });
  Status status = machine.Transition(DeviceState::kStarted, 1, [] {
    return Status::Error(ErrorCategory::kBusy, 7, "busy");
  });
  CHECK(status.category() == ErrorCategory::kBusy);
  CHECK(status.code() == 7);
  CHECK(machine.state() == DeviceState::kOpen);
}

TEST_CASE("an illegal transition is refused without running the operation") {
  DeviceStateMachine machine;
  bool ran = false;
  Status status = machine.Transition(DeviceState::kStarted, 42, [&] {
    ran = true;
    return Status::Ok();
  });
  CHECK_FALSE(ran);
  CHECK(status.code() == 42);
  CHECK(status.message() == "cannot go from closed to started");
  CHECK(machine.state() == DeviceState::kClosed);
}

TEST_CASE("a stopped device never starts again") {
  CHECK_FALSE(
      DeviceStateMachine::IsAllowed(DeviceState::kStopped, DeviceState::kOpen));
  CHECK_FALSE(DeviceStateMachine::IsAllowed(DeviceState::kStopped,
                                            DeviceState::kStarted));
  CHECK(
      DeviceStateMachine::IsAllowed(DeviceState::kOpen, DeviceState::kStopped));
  CHECK_FALSE(DeviceStateMachine::IsAllowed(DeviceState::kClosed,
                                            DeviceState::kStarted));
}

}  // namespace
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/permissions/permission_controller.h"

#include <stdlib.h>

#include <catch2/catch.hpp>
#include <thread>

#include "tools/testing/fake_task_runner.h"

namespace mediacapture {
namespace {

constexpr char kOrigin[] = "https://a.example";
constexpr char kOtherOrigin[] = "https://b.example";

// Records prompts; the test answers them when it wants.
class RecordingDelegate : public PermissionDelegate {
 public:
  void RequestPermission(const PermissionRequest& request,
                         DecisionCallback done) override {
    requests.push_back(request);
    callbacks.push_back(std::move(done));
  }
  void Answer(size_t index, PermissionDecision decision) {
    callbacks.at(index)(decision);
  }
  std::vector<PermissionRequest> requests;
  std::vector<DecisionCallback> callbacks;
};

class RecordingObserver : public PermissionController::Observer {
 public:
  void OnPermissionChanged(const std::string& origin,
                           MediaPermission name,
                           PermissionState state) override {
    changes.push_back(origin + " " + MediaPermissionToString(name) + "=" +
                      PermissionStateToString(state));
  }
  std::vector<std::string> changes;
};

PermissionRequest Ask(const char* origin, bool camera, bool microphone) {
  PermissionRequest request;
  request.origin = origin;
  request.camera = camera;
  request.microphone = microphone;
  return request;
}

// Collects request outcomes: -1 while pending, then 0 or 1.
struct Outcome {
  int value = -1;
  PermissionController::RequestCallback Callback() {
    return [this](bool granted) { value = granted ? 1 : 0; };
  }
};

TEST_CASE("audio and video together are one prompt, and the answer is kept") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  PermissionController controller(&delegate, &runner, nullptr);
  Outcome outcome;
  controller.Request(Ask(kOrigin, true, true), outcome.Callback());
  REQUIRE(delegate.requests.size() == 1);
  CHECK(delegate.requests[0].camera);
  CHECK(delegate.requests[0].microphone);
  CHECK(outcome.value == -1);

  delegate.Answer(0, PermissionDecision::kGranted);
  CHECK(outcome.value == -1);  // The answer comes back as a task.
  runner.RunUntilIdle();
  CHECK(outcome.value == 1);
  CHECK(controller.GetState(kOrigin, MediaPermission::kCamera) ==
        PermissionState::kGranted);

  Outcome again;
  controller.Request(Ask(kOrigin, true, false), again.Callback());
  CHECK(again.value == 1);
  CHECK(delegate.requests.size() == 1);
}

TEST_CASE("a denied feature refuses without a prompt") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  PermissionController controller(&delegate, &runner, nullptr);
  controller.SetState(kOrigin, MediaPermission::kMicrophone,
                      PermissionState::kDenied);
  Outcome outcome;
  controller.Request(Ask(kOrigin, true, true), outcome.Callback());
  CHECK(outcome.value == 0);
  CHECK(delegate.requests.empty());
}

TEST_CASE("only the features still at prompt are asked for") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  PermissionController controller(&delegate, &runner, nullptr);
  controller.SetState(kOrigin, MediaPermission::kCamera,
                      PermissionState::kGranted);
  Outcome outcome;
  controller.Request(Ask(kOrigin, true, true), outcome.Callback());
  REQUIRE(delegate.requests.size() == 1);
  CHECK_FALSE(delegate.requests[0].camera);
  CHECK(delegate.requests[0].microphone);
  delegate.Answer(0, PermissionDecision::kDenied);
  runner.RunUntilIdle();
  CHECK(outcome.value == 0);
  CHECK(controller.GetState(kOrigin, MediaPermission::kCamera) ==
        PermissionState::kGranted);
  CHECK(controller.GetState(kOrigin, MediaPermission::kMicrophone) ==
        PermissionState::kDenied);
}

TEST_CASE("a second request while a prompt is open is queued, not lost") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  PermissionController controller(&delegate, &runner, nullptr);
  Outcome first, second, other_origin;
  controller.Request(Ask(kOrigin, true, false), first.Callback());
  controller.Request(Ask(kOrigin, true, false), second.Callback());
  controller.Request(Ask(kOtherOrigin, true, false), other_origin.Callback());
  // One prompt per origin; the other origin is not held up.
  REQUIRE(delegate.requests.size() == 2);
  CHECK(delegate.requests[0].origin == kOrigin);
  CHECK(delegate.requests[1].origin == kOtherOrigin);

  delegate.Answer(0, PermissionDecision::kGranted);
  runner.RunUntilIdle();
  CHECK(first.value == 1);
  CHECK(second.value == 1);  // Decided by the stored answer, no new prompt.
  CHECK(delegate.requests.size() == 2);
  CHECK(other_origin.value == -1);
}

TEST_CASE("a queued request for another feature gets its own prompt after") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  PermissionController controller(&delegate, &runner, nullptr);
  Outcome camera, microphone;
  controller.Request(Ask(kOrigin, true, false), camera.Callback());
  controller.Request(Ask(kOrigin, false, true), microphone.Callback());
  REQUIRE(delegate.requests.size() == 1);
  delegate.Answer(0, PermissionDecision::kDenied);
  runner.RunUntilIdle();
  CHECK(camera.value == 0);
  REQUIRE(delegate.requests.size() == 2);
  CHECK(delegate.requests[1].microphone);
  delegate.Answer(1, PermissionDecision::kGranted);
  runner.RunUntilIdle();
  CHECK(microphone.value == 1);
}

TEST_CASE("an answer from another thread is handled on the runner's thread") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  PermissionController controller(&delegate, &runner, nullptr);
  Outcome outcome;
  controller.Request(Ask(kOrigin, false, true), outcome.Callback());
  std::thread([&] { delegate.Answer(0, PermissionDecision::kGranted); }).join();
  CHECK(outcome.value == -1);
  CHECK(runner.RunUntilIdle() == 1);
  CHECK(outcome.value == 1);
}

TEST_CASE("a delegate answering twice is heard once") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  PermissionController controller(&delegate, &runner, nullptr);
  Outcome outcome;
  controller.Request(Ask(kOrigin, true, false), outcome.Callback());
  delegate.Answer(0, PermissionDecision::kGranted);
  delegate.Answer(0, PermissionDecision::kDenied);
  runner.RunUntilIdle();
  CHECK(outcome.value == 1);
  CHECK(controller.GetState(kOrigin, MediaPermission::kCamera) ==
        PermissionState::kGranted);
}

TEST_CASE("an answer after the controller is gone is dropped safely") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  Outcome outcome;
  {
    PermissionController controller(&delegate, &runner, nullptr);
    controller.Request(Ask(kOrigin, true, false), outcome.Callback());
  }
  delegate.Answer(0, PermissionDecision::kGranted);
  runner.RunUntilIdle();
  CHECK(outcome.value == -1);
}

TEST_CASE("no delegate denies every prompt") {
  testing::FakeTaskRunner runner;
  PermissionController controller(nullptr, &runner, nullptr);
  Outcome outcome;
  controller.Request(Ask(kOrigin, true, true), outcome.Callback());
  CHECK(outcome.value == 0);
  CHECK(controller.GetState(kOrigin, MediaPermission::kCamera) ==
        PermissionState::kDenied);
}

TEST_CASE("observers hear each change once, revocation included") {
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  PermissionController controller(&delegate, &runner, nullptr);
  RecordingObserver observer;
  controller.AddObserver(&observer);
  controller.SetState(kOrigin, MediaPermission::kCamera,
                      PermissionState::kGranted);
  controller.SetState(kOrigin, MediaPermission::kCamera,
                      PermissionState::kGranted);  // No change, no event.
  controller.SetState(kOrigin, MediaPermission::kCamera,
                      PermissionState::kDenied);
  controller.RemoveObserver(&observer);
  controller.SetState(kOrigin, MediaPermission::kCamera,
                      PermissionState::kPrompt);
  CHECK(observer.changes ==
        std::vector<std::string>{"https://a.example camera=granted",
                                 "https://a.example camera=denied"});
}

TEST_CASE("grants persist across controllers sharing a profile file") {
  char dir[] = "/tmp/permission_controller_XXXXXX";
  REQUIRE(mkdtemp(dir) != nullptr);
  std::string path = std::string(dir) + "/permissions";
  testing::FakeTaskRunner runner;
  RecordingDelegate delegate;
  {
    PermissionController controller(&delegate, &runner,
                                    std::make_unique<PermissionStore>(path));
    Outcome outcome;
    controller.Request(Ask(kOrigin, true, true), outcome.Callback());
    delegate.Answer(0, PermissionDecision::kGranted);
    runner.RunUntilIdle();
    REQUIRE(outcome.value == 1);
    CHECK(controller.last_save_error().empty());
  }
  PermissionController reopened(&delegate, &runner,
                                std::make_unique<PermissionStore>(path));
  CHECK(reopened.load_warnings().empty());
  CHECK(reopened.GetState(kOrigin, MediaPermission::kMicrophone) ==
        PermissionState::kGranted);
  CHECK(reopened.GetState(kOtherOrigin, MediaPermission::kMicrophone) ==
        PermissionState::kPrompt);
  std::system((std::string("rm -rf '") + dir + "'").c_str());
}

}  // namespace
}  // namespace mediacapture

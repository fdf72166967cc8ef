// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/permission_prompt.h"

#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "tools/testing/fake_task_runner.h"

namespace mediacapture {
namespace shell {
namespace {

PermissionRequest Both() {
  PermissionRequest request;
  request.origin = "https://a.example";
  request.camera = request.microphone = true;
  return request;
}

// Waits for one decision from any thread.
class Decision {
 public:
  PermissionDelegate::DecisionCallback Callback() {
    return [this](PermissionDecision decision) {
      std::lock_guard<std::mutex> lock(lock_);
      value_ = decision;
      changed_.notify_all();
    };
  }
  std::optional<PermissionDecision> Wait() {
    std::unique_lock<std::mutex> lock(lock_);
    changed_.wait_for(lock, std::chrono::seconds(5),
                      [this] { return value_.has_value(); });
    return value_;
  }

 private:
  std::mutex lock_;
  std::condition_variable changed_;
  std::optional<PermissionDecision> value_;
};

// A pipe whose read end is a FILE* the prompt reads, and a memory FILE* it
// writes its question to.
struct Terminal {
  Terminal() {
    REQUIRE(pipe(fds) == 0);
    input = fdopen(fds[0], "r");
    output = open_memstream(&written, &written_size);
  }
  ~Terminal() {
    fclose(input);
    if (fds[1] >= 0)
      close(fds[1]);
    fclose(output);
    free(written);
  }
  void Type(const char* text) {
    REQUIRE(write(fds[1], text, strlen(text)) ==
            static_cast<ssize_t>(strlen(text)));
  }
  std::string Written() {
    fflush(output);
    return std::string(written, written_size);
  }
  int fds[2] = {-1, -1};
  FILE* input = nullptr;
  FILE* output = nullptr;
  char* written = nullptr;
  size_t written_size = 0;
};

TEST_CASE("the fake UI flag grants, and =deny denies, without asking") {
  Terminal terminal;
  Decision granted, denied;
  PermissionPrompt(PermissionPrompt::Mode::kGrant, terminal.input,
                   terminal.output, true)
      .RequestPermission(Both(), granted.Callback());
  PermissionPrompt(PermissionPrompt::Mode::kDeny, terminal.input,
                   terminal.output, true)
      .RequestPermission(Both(), denied.Callback());
  CHECK(granted.Wait() == PermissionDecision::kGranted);
  CHECK(denied.Wait() == PermissionDecision::kDenied);
  CHECK(terminal.Written().empty());
}

TEST_CASE("on a terminal the question names origin and devices; y grants") {
  Terminal terminal;
  Decision decision;
  PermissionPrompt prompt(PermissionPrompt::Mode::kAsk, terminal.input,
                          terminal.output, true);
  prompt.RequestPermission(Both(), decision.Callback());
  CHECK(terminal.Written() ==
        "Allow https://a.example to use your camera and microphone? [y/N] ");
  terminal.Type("  Yes\n");
  CHECK(decision.Wait() == PermissionDecision::kGranted);
}

TEST_CASE("anything but y, or the end of input, denies") {
  for (const char* answer : {"n\n", "\n", "maybe\n", ""}) {
    Terminal terminal;
    Decision decision;
    PermissionPrompt prompt(PermissionPrompt::Mode::kAsk, terminal.input,
                            terminal.output, true);
    PermissionRequest request = Both();
    request.microphone = false;
    prompt.RequestPermission(request, decision.Callback());
    CHECK(terminal.Written().find("your camera?") != std::string::npos);
    terminal.Type(answer);
    close(terminal.fds[1]);
    terminal.fds[1] = -1;
    CHECK(decision.Wait() == PermissionDecision::kDenied);
  }
}

TEST_CASE("with no terminal the prompt denies and says why") {
  Terminal terminal;
  Decision decision;
  PermissionPrompt prompt(PermissionPrompt::Mode::kAsk, terminal.input,
                          terminal.output, false);
  PermissionRequest request = Both();
  request.camera = false;
  prompt.RequestPermission(request, decision.Callback());
  CHECK(decision.Wait() == PermissionDecision::kDenied);
  std::string said = terminal.Written();
  CHECK(said.find("denied microphone for https://a.example") !=
        std::string::npos);
  CHECK(said.find("--use-fake-ui-for-media-stream") != std::string::npos);
}

// Issue 18: the answer came just after the TIMEOUT line, when the shell had
// freed its event loop, and the detached reader thread posted to it.
TEST_CASE("an answer typed after the prompt is gone is dropped") {
  Terminal terminal;
  auto calls = std::make_shared<std::atomic<int>>(0);
  auto runner = std::make_unique<testing::FakeTaskRunner>();
  {
    PermissionPrompt prompt(PermissionPrompt::Mode::kAsk, terminal.input,
                            terminal.output, true, runner.get());
    prompt.RequestPermission(Both(), [calls](PermissionDecision) { ++*calls; });
    CHECK(runner->pending_activities() == 1);
  }
  // The loop goes away with the prompt, as in the shell's teardown.
  runner.reset();
  terminal.Type("y\n");
  std::this_thread::sleep_for(std::chrono::milliseconds(200));
  CHECK(*calls == 0);
}

TEST_CASE("Shutdown stops a waiting reader; later requests are denied") {
  Terminal terminal;
  testing::FakeTaskRunner runner;
  Decision first, second;
  PermissionPrompt prompt(PermissionPrompt::Mode::kAsk, terminal.input,
                          terminal.output, true, &runner);
  prompt.RequestPermission(Both(), first.Callback());
  auto start = std::chrono::steady_clock::now();
  prompt.Shutdown();
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(1));
  terminal.Type("y\n");
  prompt.RequestPermission(Both(), second.Callback());
  CHECK(second.Wait() == PermissionDecision::kDenied);
  // The first question was never answered; nothing posted for it.
  CHECK(runner.RunUntilIdle() == 0);
  prompt.Shutdown();  // Twice is fine.
}

// Issue 18: a question waiting for its answer keeps the event loop alive.
TEST_CASE("a waiting question holds a pending activity until answered") {
  Terminal terminal;
  testing::FakeTaskRunner runner;
  Decision decision;
  PermissionPrompt prompt(PermissionPrompt::Mode::kAsk, terminal.input,
                          terminal.output, true, &runner);
  prompt.RequestPermission(Both(), decision.Callback());
  CHECK(runner.pending_activities() == 1);
  terminal.Type("y\n");
  CHECK(decision.Wait() == PermissionDecision::kGranted);
  // Released right after the answer is handed over.
  for (int i = 0; i < 100 && runner.pending_activities() != 0; ++i)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  CHECK(runner.pending_activities() == 0);
}

TEST_CASE(
    "a long answer line is read to its end, and a second question "
    "reads the next line") {
  Terminal terminal;
  Decision first, second;
  PermissionPrompt prompt(PermissionPrompt::Mode::kAsk, terminal.input,
                          terminal.output, true);
  prompt.RequestPermission(Both(), first.Callback());
  terminal.Type(("no" + std::string(500, 'o') + "\ny\n").c_str());
  CHECK(first.Wait() == PermissionDecision::kDenied);
  prompt.RequestPermission(Both(), second.Callback());
  CHECK(second.Wait() == PermissionDecision::kGranted);
}

}  // namespace
}  // namespace shell
}  // namespace mediacapture

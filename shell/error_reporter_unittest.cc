// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/error_reporter.h"

#include <catch2/catch.hpp>

#include "shell/event_loop.h"
#include "shell/timers.h"
#include "tools/testing/v8_test_environment.h"

namespace mediacapture {
namespace shell {
namespace {

// A loop, a reporter wired to its checkpoints, and the timer globals.
struct Harness {
  explicit Harness(testing::V8TestScope& scope)
      : loop(scope.isolate()),
        reporter(scope.isolate(), &loop),
        timers(scope.isolate(), &loop, &reporter) {
    loop.SetCheckpointObserver(
        [this] { reporter.NotifyAboutRejectedPromises(); });
    REQUIRE(timers.Install(scope.context()));
  }
  EventLoop loop;
  ErrorReporter reporter;
  Timers timers;
};

// Makes fire(type, init) record each event in `events` and cancel those
// whose init says so.
void InstallRecordingFirer(testing::V8TestScope& scope, Harness& harness) {
  v8::Local<v8::Value> fire;
  REQUIRE(scope
              .Run("var events = [];"
                   "(function(type, init) {"
                   "  events.push(type + ':' + (init.reason !== undefined ?"
                   "      init.reason : init.message));"
                   "  return !globalThis.cancel;"
                   "})")
              .ToLocal(&fire));
  harness.reporter.SetEventFirer(scope.context(), fire.As<v8::Function>());
}

std::string Eval(testing::V8TestScope& scope, const char* source) {
  v8::Local<v8::Value> value;
  REQUIRE(scope.Run(source).ToLocal(&value));
  v8::String::Utf8Value text(scope.isolate(), value);
  return std::string(*text, text.length());
}

TEST_CASE("a rejection still unhandled after the checkpoint is reported") {
  testing::V8TestScope scope;
  Harness harness(scope);
  InstallRecordingFirer(scope, harness);
  REQUIRE(!scope
               .Run("Promise.reject('lost');"
                    "Promise.reject('caught').catch(() => {});"
                    "const late = Promise.reject('caught late');"
                    "Promise.resolve().then(() => late.catch(() => {}));")
               .IsEmpty());
  harness.loop.PerformMicrotaskCheckpoint();
  CHECK(harness.loop.Run(0) == EventLoop::RunResult::kIdle);
  CHECK(Eval(scope, "events.join()") == "unhandledrejection:lost");
  CHECK(harness.reporter.had_uncaught_error());
}

TEST_CASE("a cancelled error event keeps the error from counting") {
  testing::V8TestScope scope;
  Harness harness(scope);
  InstallRecordingFirer(scope, harness);
  REQUIRE(!scope
               .Run("globalThis.cancel = true;"
                    "setTimeout(() => { throw new Error('handled'); }, 0);")
               .IsEmpty());
  CHECK(harness.loop.Run(0) == EventLoop::RunResult::kIdle);
  CHECK(Eval(scope, "events.join()") == "error:Uncaught Error: handled");
  CHECK_FALSE(harness.reporter.had_uncaught_error());
}

TEST_CASE("timers pass their arguments and clearTimeout cancels") {
  testing::V8TestScope scope;
  Harness harness(scope);
  REQUIRE(!scope
               .Run("var log = [];"
                    "setTimeout((a, b) => log.push(a + b), 5, 'x', 'y');"
                    "const id = setTimeout(() => log.push('cleared'), 0);"
                    "clearTimeout(id);"
                    "setTimeout(() => log.push('first'), 0);")
               .IsEmpty());
  CHECK(harness.loop.Run(0) == EventLoop::RunResult::kIdle);
  CHECK(Eval(scope, "log.join()") == "first,xy");
  CHECK_FALSE(harness.reporter.had_uncaught_error());
}

}  // namespace
}  // namespace shell
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/event_loop.h"

#include <atomic>
#include <chrono>
#include <string>
#include <thread>
#include <vector>

#include <catch2/catch.hpp>

#include "tools/testing/v8_test_environment.h"

namespace mediacapture {
namespace shell {
namespace {

// The JS array `log`, joined with spaces.
std::string LogOf(testing::V8TestScope& scope) {
  v8::Local<v8::Value> value;
  REQUIRE(scope.Run("log.join(' ')").ToLocal(&value));
  v8::String::Utf8Value text(scope.isolate(), value);
  return std::string(*text, text.length());
}

TEST_CASE("a task's microtasks run before the next task") {
  testing::V8TestScope scope;
  EventLoop loop(scope.isolate());
  REQUIRE(!scope.Run("var log = [];").IsEmpty());
  loop.PostTask([&scope] {
    scope.Run(
        "log.push('task1');"
        "Promise.resolve().then(() => {"
        "  log.push('micro1');"
        "  Promise.resolve().then(() => log.push('micro1b'));"
        "});");
  });
  loop.PostTask([&scope] { scope.Run("log.push('task2');"); });
  CHECK(loop.Run(0) == EventLoop::RunResult::kIdle);
  CHECK(LogOf(scope) == "task1 micro1 micro1b task2");
}

TEST_CASE("microtasks wait for the explicit checkpoint, not script exit") {
  testing::V8TestScope scope;
  EventLoop loop(scope.isolate());
  REQUIRE(!scope
               .Run("var log = []; Promise.resolve().then(() => "
                    "log.push('micro'));")
               .IsEmpty());
  CHECK(LogOf(scope).empty());
  loop.PerformMicrotaskCheckpoint();
  CHECK(LogOf(scope) == "micro");
}

TEST_CASE("timers fire by due time, ties in the order they were started") {
  EventLoop loop(nullptr);
  std::vector<std::string> log;
  loop.StartTimer([&] { log.push_back("30"); }, 30, false);
  loop.StartTimer([&] { log.push_back("0a"); }, 0, false);
  loop.StartTimer([&] { log.push_back("10"); }, 10, false);
  loop.StartTimer([&] { log.push_back("0b"); }, 0, false);
  CHECK(loop.Run(0) == EventLoop::RunResult::kIdle);
  CHECK(log == std::vector<std::string>{"0a", "0b", "10", "30"});
}

TEST_CASE("a repeating timer runs until cancelled, a cancelled one never") {
  EventLoop loop(nullptr);
  int ticks = 0;
  bool cancelled_ran = false;
  EventLoop::TimerId never =
      loop.StartTimer([&] { cancelled_ran = true; }, 5, false);
  EventLoop::TimerId interval = 0;
  interval = loop.StartTimer(
      [&] {
        if (++ticks == 3)
          loop.CancelTimer(interval);
      },
      1, true);
  CHECK(interval > never);
  loop.CancelTimer(never);
  CHECK(loop.Run(0) == EventLoop::RunResult::kIdle);
  CHECK(ticks == 3);
  CHECK_FALSE(cancelled_ran);
  CHECK(loop.active_timer_count() == 0);
}

TEST_CASE("tasks posted from other threads all run, on the loop's thread") {
  EventLoop loop(nullptr);
  constexpr int kThreads = 4;
  constexpr int kTasksPerThread = 250;
  std::thread::id loop_thread = std::this_thread::get_id();
  std::vector<std::vector<int>> seen(kThreads);
  std::atomic<int> wrong_thread{0};
  // Holds the loop open until every poster is done.
  loop.AddPendingActivity();
  std::vector<std::thread> posters;
  std::atomic<int> finished{0};
  for (int t = 0; t < kThreads; ++t) {
    posters.emplace_back([&, t] {
      for (int i = 0; i < kTasksPerThread; ++i) {
        loop.PostTask([&, t, i] {
          if (std::this_thread::get_id() != loop_thread)
            ++wrong_thread;
          seen[t].push_back(i);
        });
      }
      if (++finished == kThreads)
        loop.RemovePendingActivity();
    });
  }
  CHECK(loop.Run(0) == EventLoop::RunResult::kIdle);
  for (std::thread& poster : posters)
    poster.join();
  CHECK(wrong_thread == 0);
  for (int t = 0; t < kThreads; ++t) {
    REQUIRE(seen[t].size() == static_cast<size_t>(kTasksPerThread));
    // Each thread's tasks run in the order it posted them.
    for (int i = 0; i < kTasksPerThread; ++i)
      CHECK(seen[t][i] == i);
  }
}

TEST_CASE("a pending activity keeps the loop alive until it is removed") {
  EventLoop loop(nullptr);
  bool ran = false;
  loop.AddPendingActivity();
  std::thread capture([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    loop.PostTask([&] { ran = true; });
    loop.RemovePendingActivity();
  });
  auto start = std::chrono::steady_clock::now();
  CHECK(loop.Run(0) == EventLoop::RunResult::kIdle);
  capture.join();
  CHECK(ran);
  CHECK(std::chrono::steady_clock::now() - start >=
        std::chrono::milliseconds(50));
}

TEST_CASE("a delayed task from another thread waits at least its delay") {
  EventLoop loop(nullptr);
  std::chrono::steady_clock::time_point ran_at;
  auto posted_at = std::chrono::steady_clock::now();
  std::thread poster([&] {
    loop.PostDelayedTask([&] { ran_at = std::chrono::steady_clock::now(); },
                         40);
  });
  poster.join();
  CHECK(loop.Run(0) == EventLoop::RunResult::kIdle);
  CHECK(ran_at - posted_at >= std::chrono::milliseconds(40));
}

TEST_CASE("a keep-alive with nothing to run ends at the deadline") {
  EventLoop loop(nullptr);
  loop.AddKeepAlive();
  CHECK(loop.Run(30) == EventLoop::RunResult::kTimedOut);
  loop.RemoveKeepAlive();
  CHECK(loop.Run(30) == EventLoop::RunResult::kIdle);
}

TEST_CASE("Quit stops the loop after the current task, timers left behind") {
  EventLoop loop(nullptr);
  bool later_ran = false;
  loop.StartTimer([&] { later_ran = true; }, 1000, false);
  loop.PostTask([&] { loop.Quit(); });
  loop.PostTask([&] { later_ran = true; });
  CHECK(loop.Run(0) == EventLoop::RunResult::kQuit);
  CHECK_FALSE(later_ran);
  CHECK(loop.active_timer_count() == 1);
}

}  // namespace
}  // namespace shell
}  // namespace mediacapture

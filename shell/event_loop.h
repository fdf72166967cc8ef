// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_EVENT_LOOP_H_
#define SHELL_EVENT_LOOP_H_

#include <atomic>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>

#include <uv.h>
#include <v8.h>

#include "mediacapture/task_runner.h"

namespace mediacapture {
namespace shell {

// capture_shell's event loop, on libuv: one task queue that any thread may
// post to (woken through a uv_async_t), timers, and a microtask checkpoint
// after every task (https://html.spec.whatwg.org/#event-loop-processing-model).
//
// The loop keeps running while anything is pending: a queued task, a live
// timer, a pending activity (a live capture, a permission prompt), or a
// keep-alive such as an unfinished test harness. It stops early on Quit() or
// when the Run() deadline passes.
//
// Lives on the JS thread, which created it; the TaskRunner methods are safe
// from any thread. Tasks always run on the JS thread.
class EventLoop : public TaskRunner {
 public:
  // |isolate| may be null (then there is no microtask checkpoint); otherwise
  // its microtask policy is set to explicit, since this loop decides when
  // checkpoints happen.
  explicit EventLoop(v8::Isolate* isolate);
  EventLoop(const EventLoop&) = delete;
  EventLoop& operator=(const EventLoop&) = delete;
  ~EventLoop() override;

  // TaskRunner. Any thread.
  void PostTask(Task task) override;
  void PostDelayedTask(Task task, int64_t delay_ms) override;
  void AddPendingActivity() override;
  void RemovePendingActivity() override;

  // JS thread. Timers for setTimeout()/setInterval(): |task| runs after
  // |delay_ms| (then every |delay_ms| when |repeating|) until cancelled.
  // Timers whose delays end at the same time run in the order they were
  // started. Returns an id > 0, never reused.
  using TimerId = uint64_t;
  TimerId StartTimer(Task task, int64_t delay_ms, bool repeating);
  // JS thread. Cancelling an unknown or finished timer does nothing.
  void CancelTimer(TimerId id);

  // JS thread. Like a pending activity, for things on the JS thread (a test
  // harness that has not completed).
  void AddKeepAlive() { ++keep_alives_; }
  void RemoveKeepAlive();

  // JS thread. Called after each microtask checkpoint (the shell reports
  // unhandled promise rejections there).
  void SetCheckpointObserver(std::function<void()> observer) {
    checkpoint_observer_ = std::move(observer);
  }

  // JS thread. Called after each task and checkpoint, with no Local handles
  // on the stack (the shell pumps V8's own platform tasks there).
  void SetIdleHook(std::function<void()> hook) { idle_hook_ = std::move(hook); }

  // JS thread. HTML's "perform a microtask checkpoint", then the observer.
  void PerformMicrotaskCheckpoint();

  enum class RunResult {
    kIdle,      // Nothing was left to do.
    kQuit,      // Quit() was called.
    kTimedOut,  // The deadline passed first.
  };
  // JS thread. Runs tasks and timers until one of RunResult happens.
  // |timeout_ms| <= 0 means no deadline. Call with no Local handles on the
  // stack.
  RunResult Run(int64_t timeout_ms);

  // JS thread. Stops Run() after the current task; before Run(), makes the
  // next Run() return at once.
  void Quit();

  // JS thread. Counts, for tests and the exit decision.
  size_t active_timer_count() const { return timers_.size(); }

 private:
  struct Timer;

  static void OnAsync(uv_async_t* handle);
  static void OnTimer(uv_timer_t* handle);
  static void OnDeadline(uv_timer_t* handle);

  // Runs one task and the checkpoint after it.
  void RunTask(const Task& task);
  // Runs the tasks queued when it started, one by one.
  void RunQueuedTasks();
  bool HasPendingWork();
  void StopTimer(std::map<TimerId, std::unique_ptr<Timer>>::iterator it);

  v8::Isolate* const isolate_;
  uv_loop_t loop_;
  uv_async_t wake_;      // Any thread may send it.
  uv_timer_t deadline_;  // Run()'s deadline; never keeps the loop alive.

  std::mutex lock_;
  std::deque<Task> queue_;                  // Any thread, under |lock_|.
  std::atomic<int> pending_activities_{0};  // Any thread.

  // JS thread only below.
  std::map<TimerId, std::unique_ptr<Timer>> timers_;
  TimerId next_timer_id_ = 1;
  int keep_alives_ = 0;
  bool quit_ = false;
  bool timed_out_ = false;
  std::function<void()> checkpoint_observer_;
  std::function<void()> idle_hook_;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_EVENT_LOOP_H_

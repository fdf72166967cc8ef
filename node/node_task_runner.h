// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef NODE_NODE_TASK_RUNNER_H_
#define NODE_NODE_TASK_RUNNER_H_

#include <atomic>
#include <cstdint>
#include <deque>
#include <mutex>
#include <set>
#include <thread>

#include <uv.h>
#include <v8.h>

#include "mediacapture/task_runner.h"

namespace mediacapture {
namespace nodejs {

// mediacapture's TaskRunner on a Node.js environment's own libuv loop
// (node::GetCurrentEventLoop()): one queue that any thread may post to,
// woken through a uv_async_t; delayed tasks on uv timers. Each task runs in
// a v8::HandleScope and a node::CallbackScope, whose end runs
// process.nextTick callbacks and the microtask checkpoint, as the
// TaskRunner contract asks.
//
// What keeps Node alive: the async handle is ref'd while the count of
// pending activities (a live capture) is above zero or a task is queued,
// and unref'd otherwise, so that Node exits by itself once every track has
// stopped. uv_ref()/uv_unref() are not thread-safe: they happen on the loop
// thread only; the other threads wake the loop, which recomputes. Delayed
// tasks are housekeeping (the device relinquish delay, the devicechange
// coalescing delay): their timers are unref'd, so they never keep Node
// alive by themselves.
//
// Lives on the environment's JS thread (the loop thread), which creates it;
// the TaskRunner methods are safe from any thread. Close() ends it.
class NodeTaskRunner : public TaskRunner {
 public:
  // |context| is the environment's main context: a node::CallbackScope
  // needs a Node.js context entered, and tasks enter their own contexts.
  NodeTaskRunner(v8::Isolate* isolate,
                 v8::Local<v8::Context> context,
                 uv_loop_t* loop);
  NodeTaskRunner(const NodeTaskRunner&) = delete;
  NodeTaskRunner& operator=(const NodeTaskRunner&) = delete;

  // TaskRunner. Any thread.
  void PostTask(Task task) override;
  void PostDelayedTask(Task task, int64_t delay_ms) override;
  void AddPendingActivity() override;
  void RemovePendingActivity() override;

  // JS thread, at environment teardown, after every context that uses it
  // was uninstalled: drops the tasks not run yet, closes the uv handles and
  // deletes |this| once libuv has closed them (no V8 is touched then).
  // Posts after it are dropped.
  void Close();

 private:
  struct Timer;

  ~NodeTaskRunner() override;

  static void OnAsync(uv_async_t* handle);
  static void OnTimer(uv_timer_t* handle);

  bool OnLoopThread() const {
    return std::this_thread::get_id() == loop_thread_;
  }
  // Any thread: makes the loop run OnAsync() soon.
  void Wake();
  // Loop thread: ref or unref |async_| for what is pending now.
  void UpdateRef();
  // Loop thread: the tasks queued when it started, one by one.
  void RunQueuedTasks();
  void RunTask(const Task& task);
  void StartTimer(Task task, int64_t delay_ms);
  void CloseTimer(Timer* timer);

  v8::Isolate* const isolate_;
  uv_loop_t* const loop_;
  const std::thread::id loop_thread_;
  v8::Global<v8::Context> context_;  // JS thread only.
  v8::Global<v8::Object> resource_;  // The CallbackScope's resource.
  uv_async_t async_;                 // Any thread may send it.

  std::mutex lock_;
  std::deque<Task> queue_;                  // Any thread, under |lock_|.
  bool closed_ = false;                     // Any thread, under |lock_|.
  std::atomic<int> pending_activities_{0};  // Any thread.

  std::set<Timer*> timers_;  // JS thread only.
};

}  // namespace nodejs
}  // namespace mediacapture

#endif  // NODE_NODE_TASK_RUNNER_H_

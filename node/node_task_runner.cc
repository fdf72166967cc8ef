// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "node/node_task_runner.h"

#include <node.h>

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace mediacapture {
namespace nodejs {

namespace {

constexpr uint64_t kNanosecondsPerMillisecond = 1000 * 1000;

int64_t NowMs() {
  return static_cast<int64_t>(uv_hrtime() / kNanosecondsPerMillisecond);
}

void CheckUv(int status, const char* what) {
  // libuv fails these only when out of resources; nothing can go on then.
  if (status != 0) {
    fprintf(stderr, "mediacapture: %s failed: %s\n", what, uv_strerror(status));
    abort();
  }
}

}  // namespace

struct NodeTaskRunner::Timer {
  uv_timer_t handle;
  NodeTaskRunner* runner;
  Task task;
};

NodeTaskRunner::NodeTaskRunner(v8::Isolate* isolate,
                               v8::Local<v8::Context> context,
                               uv_loop_t* loop)
    : isolate_(isolate),
      loop_(loop),
      loop_thread_(std::this_thread::get_id()),
      context_(isolate, context),
      resource_(isolate, v8::Object::New(isolate)) {
  CheckUv(uv_async_init(loop_, &async_, &NodeTaskRunner::OnAsync),
          "uv_async_init");
  async_.data = this;
  // Nothing is pending yet: Node may exit.
  uv_unref(reinterpret_cast<uv_handle_t*>(&async_));
}

NodeTaskRunner::~NodeTaskRunner() = default;

void NodeTaskRunner::PostTask(Task task) {
  {
    std::lock_guard<std::mutex> hold(lock_);
    if (closed_)
      return;
    queue_.push_back(std::move(task));
    // Under the lock, so that Close() cannot close the handle in between.
    uv_async_send(&async_);
  }
  // From another thread, the loop refs the handle when it wakes up; the
  // library posts from other threads only while a pending activity (a live
  // capture) keeps the handle ref'd anyway.
  if (OnLoopThread())
    UpdateRef();
}

void NodeTaskRunner::PostDelayedTask(Task task, int64_t delay_ms) {
  // The delay counts from now, whichever thread this is; the timer starts
  // on the loop thread with what is left of it. The queued task keeps the
  // handle ref'd in between; the timer itself does not.
  int64_t due_ms = NowMs() + (delay_ms > 0 ? delay_ms : 0);
  PostTask([this, due_ms, task = std::move(task)]() mutable {
    int64_t left_ms = due_ms - NowMs();
    StartTimer(std::move(task), left_ms > 0 ? left_ms : 0);
  });
}

void NodeTaskRunner::AddPendingActivity() {
  ++pending_activities_;
  if (OnLoopThread())
    UpdateRef();
  else
    Wake();
}

void NodeTaskRunner::RemovePendingActivity() {
  --pending_activities_;
  if (OnLoopThread())
    UpdateRef();
  else
    Wake();
}

void NodeTaskRunner::Wake() {
  std::lock_guard<std::mutex> hold(lock_);
  if (!closed_)
    uv_async_send(&async_);
}

void NodeTaskRunner::UpdateRef() {
  bool keep_alive;
  {
    std::lock_guard<std::mutex> hold(lock_);
    if (closed_)
      return;
    keep_alive = !queue_.empty() || pending_activities_ > 0;
  }
  uv_handle_t* handle = reinterpret_cast<uv_handle_t*>(&async_);
  if (keep_alive)
    uv_ref(handle);
  else
    uv_unref(handle);
}

void NodeTaskRunner::RunTask(const Task& task) {
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::Context::Scope context_scope(context);
  // Its end runs process.nextTick callbacks and the microtasks, and reports
  // an exception that escaped as uncaught (the library catches its own).
  node::CallbackScope callback_scope(isolate_, resource_.Get(isolate_),
                                     node::async_context{0, 0});
  task();
}

void NodeTaskRunner::RunQueuedTasks() {
  size_t count;
  {
    std::lock_guard<std::mutex> hold(lock_);
    count = queue_.size();
  }
  // Only the tasks queued so far: later ones wait for the next turn of the
  // loop, so that I/O and timers get theirs.
  for (size_t i = 0; i < count; ++i) {
    Task task;
    {
      std::lock_guard<std::mutex> hold(lock_);
      if (closed_ || queue_.empty())
        return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    RunTask(task);
  }
}

void NodeTaskRunner::StartTimer(Task task, int64_t delay_ms) {
  auto* timer = new Timer{{}, this, std::move(task)};
  CheckUv(uv_timer_init(loop_, &timer->handle), "uv_timer_init");
  timer->handle.data = timer;
  // Housekeeping: see the header.
  uv_unref(reinterpret_cast<uv_handle_t*>(&timer->handle));
  // libuv counts whole milliseconds from the loop's last wake-up, so a
  // timer could fire up to 1 ms early; one more keeps "at least".
  uv_update_time(loop_);
  uint64_t delay = delay_ms > 0 ? static_cast<uint64_t>(delay_ms) + 1 : 0;
  CheckUv(uv_timer_start(&timer->handle, &NodeTaskRunner::OnTimer, delay, 0),
          "uv_timer_start");
  timers_.insert(timer);
}

void NodeTaskRunner::CloseTimer(Timer* timer) {
  timers_.erase(timer);
  uv_timer_stop(&timer->handle);
  uv_close(
      reinterpret_cast<uv_handle_t*>(&timer->handle),
      [](uv_handle_t* handle) { delete static_cast<Timer*>(handle->data); });
}

void NodeTaskRunner::Close() {
  std::deque<Task> dropped;
  {
    std::lock_guard<std::mutex> hold(lock_);
    if (closed_)
      return;
    closed_ = true;
    dropped.swap(queue_);
  }
  // The tasks die here, on the JS thread, with the isolate alive.
  dropped.clear();
  while (!timers_.empty()) {
    Timer* timer = *timers_.begin();
    timer->task = nullptr;
    CloseTimer(timer);
  }
  context_.Reset();
  resource_.Reset();
  uv_close(reinterpret_cast<uv_handle_t*>(&async_), [](uv_handle_t* handle) {
    delete static_cast<NodeTaskRunner*>(handle->data);
  });
}

// static
void NodeTaskRunner::OnAsync(uv_async_t* handle) {
  auto* runner = static_cast<NodeTaskRunner*>(handle->data);
  runner->RunQueuedTasks();
  runner->UpdateRef();
}

// static
void NodeTaskRunner::OnTimer(uv_timer_t* handle) {
  Timer* timer = static_cast<Timer*>(handle->data);
  NodeTaskRunner* runner = timer->runner;
  Task task = std::move(timer->task);
  runner->CloseTimer(timer);
  if (task)
    runner->RunTask(task);
}

}  // namespace nodejs
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/event_loop.h"

#include <cstdio>
#include <cstdlib>
#include <utility>

namespace mediacapture {
namespace shell {

namespace {

constexpr uint64_t kNanosecondsPerMillisecond = 1000 * 1000;

int64_t NowMs() {
  return static_cast<int64_t>(uv_hrtime() / kNanosecondsPerMillisecond);
}

void CheckUv(int status, const char* what) {
  // libuv only fails these on resource exhaustion; the shell cannot go on.
  if (status != 0) {
    fprintf(stderr, "capture_shell: %s failed: %s\n", what,
            uv_strerror(status));
    abort();
  }
}

}  // namespace

struct EventLoop::Timer {
  uv_timer_t handle;
  EventLoop* loop;
  TimerId id;
  Task task;
  bool repeating;
};

EventLoop::EventLoop(v8::Isolate* isolate) : isolate_(isolate) {
  CheckUv(uv_loop_init(&loop_), "uv_loop_init");
  CheckUv(uv_async_init(&loop_, &wake_, &EventLoop::OnAsync), "uv_async_init");
  wake_.data = this;
  CheckUv(uv_timer_init(&loop_, &deadline_), "uv_timer_init");
  deadline_.data = this;
  uv_unref(reinterpret_cast<uv_handle_t*>(&deadline_));
  if (isolate_)
    isolate_->SetMicrotasksPolicy(v8::MicrotasksPolicy::kExplicit);
}

EventLoop::~EventLoop() {
  // Close every handle, let libuv run the close callbacks, then close the
  // loop. Tasks that never ran are destroyed with the queue.
  auto on_close_timer = [](uv_handle_t* handle) {
    delete static_cast<Timer*>(handle->data);
  };
  for (auto& entry : timers_) {
    Timer* timer = entry.second.release();
    uv_close(reinterpret_cast<uv_handle_t*>(&timer->handle), on_close_timer);
  }
  timers_.clear();
  uv_close(reinterpret_cast<uv_handle_t*>(&wake_), nullptr);
  uv_close(reinterpret_cast<uv_handle_t*>(&deadline_), nullptr);
  uv_run(&loop_, UV_RUN_DEFAULT);
  uv_loop_close(&loop_);
}

void EventLoop::PostTask(Task task) {
  {
    std::lock_guard<std::mutex> hold(lock_);
    queue_.push_back(std::move(task));
  }
  uv_async_send(&wake_);
}

void EventLoop::PostDelayedTask(Task task, int64_t delay_ms) {
  // The delay counts from now, whichever thread this is; the timer itself is
  // started on the JS thread with what is left of it. The pending activity
  // keeps the loop alive in between.
  int64_t due_ms = NowMs() + (delay_ms > 0 ? delay_ms : 0);
  AddPendingActivity();
  PostTask([this, due_ms, task = std::move(task)]() mutable {
    int64_t left_ms = due_ms - NowMs();
    StartTimer(std::move(task), left_ms > 0 ? left_ms : 0, false);
    RemovePendingActivity();
  });
}

void EventLoop::AddPendingActivity() {
  ++pending_activities_;
}

void EventLoop::RemovePendingActivity() {
  --pending_activities_;
  // Wake the loop so that it can notice it has nothing left to do.
  uv_async_send(&wake_);
}

void EventLoop::RemoveKeepAlive() {
  if (keep_alives_ > 0)
    --keep_alives_;
}

EventLoop::TimerId EventLoop::StartTimer(Task task,
                                         int64_t delay_ms,
                                         bool repeating) {
  auto timer = std::make_unique<Timer>();
  timer->loop = this;
  timer->id = next_timer_id_++;
  timer->task = std::move(task);
  timer->repeating = repeating;
  CheckUv(uv_timer_init(&loop_, &timer->handle), "uv_timer_init");
  timer->handle.data = timer.get();
  // Measure the delay from now, not from when the loop last woke up.
  uv_update_time(&loop_);
  // libuv's clock counts whole milliseconds, so a timer could fire up to
  // 1 ms early; one more keeps HTML's "wait at least |delay_ms|".
  uint64_t delay = delay_ms > 0 ? static_cast<uint64_t>(delay_ms) + 1 : 0;
  // A repeating timer with no delay would spin; libuv treats repeat 0 as
  // "once", so repeat at least every millisecond.
  uint64_t repeat = repeating ? (delay > 0 ? delay : 1) : 0;
  CheckUv(uv_timer_start(&timer->handle, &EventLoop::OnTimer, delay, repeat),
          "uv_timer_start");
  TimerId id = timer->id;
  timers_.emplace(id, std::move(timer));
  return id;
}

void EventLoop::CancelTimer(TimerId id) {
  auto it = timers_.find(id);
  if (it != timers_.end())
    StopTimer(it);
}

void EventLoop::StopTimer(
    std::map<TimerId, std::unique_ptr<Timer>>::iterator it) {
  Timer* timer = it->second.release();
  timers_.erase(it);
  uv_timer_stop(&timer->handle);
  uv_close(
      reinterpret_cast<uv_handle_t*>(&timer->handle),
      [](uv_handle_t* handle) { delete static_cast<Timer*>(handle->data); });
}

void EventLoop::PerformMicrotaskCheckpoint() {
  if (!isolate_)
    return;
  isolate_->PerformMicrotaskCheckpoint();
  if (checkpoint_observer_)
    checkpoint_observer_();
}

EventLoop::RunResult EventLoop::Run(int64_t timeout_ms) {
  // A Quit() from before Run() (a page finished during its scripts) counts.
  timed_out_ = false;
  if (timeout_ms > 0) {
    uv_update_time(&loop_);
    CheckUv(uv_timer_start(&deadline_, &EventLoop::OnDeadline,
                           static_cast<uint64_t>(timeout_ms), 0),
            "uv_timer_start");
  }
  while (!quit_ && !timed_out_ && HasPendingWork())
    uv_run(&loop_, UV_RUN_ONCE);
  uv_timer_stop(&deadline_);
  if (quit_) {
    quit_ = false;
    return RunResult::kQuit;
  }
  if (timed_out_)
    return RunResult::kTimedOut;
  return RunResult::kIdle;
}

void EventLoop::Quit() {
  quit_ = true;
}

bool EventLoop::HasPendingWork() {
  if (!timers_.empty() || keep_alives_ > 0 || pending_activities_ > 0)
    return true;
  std::lock_guard<std::mutex> hold(lock_);
  return !queue_.empty();
}

void EventLoop::RunTask(const Task& task) {
  task();
  if (isolate_) {
    v8::HandleScope handle_scope(isolate_);
    PerformMicrotaskCheckpoint();
  }
  if (idle_hook_)
    idle_hook_();
}

void EventLoop::RunQueuedTasks() {
  size_t count;
  {
    std::lock_guard<std::mutex> hold(lock_);
    count = queue_.size();
  }
  // Only the tasks queued so far: later ones wait for the next turn, so that
  // timers get their turn too.
  for (size_t i = 0; i < count && !quit_ && !timed_out_; ++i) {
    Task task;
    {
      std::lock_guard<std::mutex> hold(lock_);
      if (queue_.empty())
        return;
      task = std::move(queue_.front());
      queue_.pop_front();
    }
    RunTask(task);
  }
}

// static
void EventLoop::OnAsync(uv_async_t* handle) {
  static_cast<EventLoop*>(handle->data)->RunQueuedTasks();
}

// static
void EventLoop::OnTimer(uv_timer_t* handle) {
  Timer* timer = static_cast<Timer*>(handle->data);
  EventLoop* loop = timer->loop;
  if (loop->quit_ || loop->timed_out_)
    return;
  Task task;
  if (timer->repeating) {
    // The task may cancel its own timer, so it runs from a copy.
    task = timer->task;
  } else {
    task = std::move(timer->task);
    loop->StopTimer(loop->timers_.find(timer->id));
  }
  loop->RunTask(task);
}

// static
void EventLoop::OnDeadline(uv_timer_t* handle) {
  static_cast<EventLoop*>(handle->data)->timed_out_ = true;
}

}  // namespace shell
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/watchdog.h"

#include <chrono>

#include "shell/event_loop.h"

namespace mediacapture {
namespace shell {

namespace {

// The loop's deadline gets the first chance to end the page cleanly, with
// the page's own report; the watchdog only steps in after this much more.
constexpr int64_t kGraceMs = 1000;

}  // namespace

Watchdog::Watchdog(v8::Isolate* isolate, EventLoop* loop, int64_t timeout_ms)
    : isolate_(isolate), loop_(loop) {
  if (timeout_ms > 0)
    thread_ = std::thread(&Watchdog::Wait, this, timeout_ms + kGraceMs);
}

Watchdog::~Watchdog() {
  Stop();
}

void Watchdog::Stop() {
  {
    std::lock_guard<std::mutex> hold(lock_);
    stopping_ = true;
  }
  stop_signal_.notify_all();
  if (thread_.joinable())
    thread_.join();
  // Whatever the watchdog did, script may run again (the timeout report).
  isolate_->CancelTerminateExecution();
}

void Watchdog::Wait(int64_t timeout_ms) {
  std::unique_lock<std::mutex> hold(lock_);
  if (stop_signal_.wait_for(hold, std::chrono::milliseconds(timeout_ms),
                            [this] { return stopping_; })) {
    return;
  }
  fired_ = true;
  isolate_->TerminateExecution();
  loop_->PostTask([loop = loop_] { loop->Quit(); });
}

}  // namespace shell
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_WATCHDOG_H_
#define SHELL_WATCHDOG_H_

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include <v8.h>

namespace mediacapture {
namespace shell {

class EventLoop;

// The backstop behind --timeout. The event loop's own deadline only fires
// between tasks; a script stuck in `while (true) {}` never gets there. After
// |timeout_ms| plus a grace period, the watchdog terminates the running
// script (v8::Isolate::TerminateExecution) and asks the loop to quit.
//
// Created and destroyed on the JS thread; it waits on its own thread.
class Watchdog {
 public:
  // Starts at once; |timeout_ms| <= 0 makes a watchdog that never fires.
  Watchdog(v8::Isolate* isolate, EventLoop* loop, int64_t timeout_ms);
  Watchdog(const Watchdog&) = delete;
  Watchdog& operator=(const Watchdog&) = delete;
  ~Watchdog();

  // JS thread. Stops waiting; after this, fired() no longer changes, and
  // script can run again even if the watchdog had fired.
  void Stop();

  // Any thread. Whether the watchdog terminated script.
  bool fired() const { return fired_; }

 private:
  void Wait(int64_t timeout_ms);

  v8::Isolate* const isolate_;
  EventLoop* const loop_;
  std::mutex lock_;
  std::condition_variable stop_signal_;
  bool stopping_ = false;  // Under |lock_|.
  std::atomic<bool> fired_{false};
  std::thread thread_;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_WATCHDOG_H_

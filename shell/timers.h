// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_TIMERS_H_
#define SHELL_TIMERS_H_

#include <cstdint>
#include <memory>
#include <set>
#include <vector>

#include <v8.h>

namespace mediacapture {
namespace shell {

class ErrorReporter;
class EventLoop;

// Installs HTML's timer and microtask-queuing globals on the context's
// global object: setTimeout, setInterval, clearTimeout, clearInterval
// (https://html.spec.whatwg.org/#timers) and queueMicrotask
// (https://html.spec.whatwg.org/#microtask-queuing).
//
// Follows HTML except that nested timeouts are not clamped to 4 ms. A string
// handler is compiled and run as a script when the timer fires, as browsers
// do. Exceptions from callbacks are reported through |reporter|.
//
// The object holds the context's map of active timers
// (https://html.spec.whatwg.org/#map-of-active-timers) and cancels what is
// left of them when it goes away.
//
// JS thread only. |loop| and |reporter| outlive it; it outlives the
// contexts it is installed in.
class Timers {
 public:
  Timers(v8::Isolate* isolate, EventLoop* loop, ErrorReporter* reporter);
  Timers(const Timers&) = delete;
  Timers& operator=(const Timers&) = delete;
  ~Timers();

  bool Install(v8::Local<v8::Context> context);

  // What a timer runs: a function with its arguments, or source text.
  struct Handler;

 private:
  static void SetTimeout(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetInterval(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ClearTimer(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Start(const v8::FunctionCallbackInfo<v8::Value>& info,
                    bool repeat);

  void Run(const Handler& handler);

  v8::Isolate* const isolate_;
  EventLoop* const loop_;
  ErrorReporter* const reporter_;
  std::set<uint64_t> active_;  // Ids of live timers started by script.
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_TIMERS_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_ERROR_REPORTER_H_
#define SHELL_ERROR_REPORTER_H_

#include <functional>
#include <utility>
#include <vector>

#include <v8.h>

namespace mediacapture {
namespace shell {

class EventLoop;

// What the shell does with an exception nobody caught, as a browser does:
// HTML's "report an exception" fires a cancelable `error` event at the
// global object and, unless a listener cancelled it, prints the report on
// stderr (https://html.spec.whatwg.org/#report-an-exception). Promises
// rejected without a handler are tracked through V8's PromiseRejectCallback;
// after each microtask checkpoint, those still unhandled get an
// `unhandledrejection` event and then a "Uncaught (in promise)" report
// (https://html.spec.whatwg.org/#unhandled-promise-rejections).
//
// JS thread only. One per isolate; it registers itself with the isolate for
// its lifetime.
class ErrorReporter {
 public:
  ErrorReporter(v8::Isolate* isolate, EventLoop* loop);
  ErrorReporter(const ErrorReporter&) = delete;
  ErrorReporter& operator=(const ErrorReporter&) = delete;
  ~ErrorReporter();

  // The JS function that fires an event at the global object:
  // fire(type, init) returns false when a listener cancelled the event.
  // Without one, reports are only printed.
  void SetEventFirer(v8::Local<v8::Context> context,
                     v8::Local<v8::Function> fire);

  // Once |terminated| returns true (the --timeout watchdog stopped script),
  // nothing more is reported: what script throws then, even a value a
  // binding made of the termination, is the termination's doing, and the
  // shell's TIMEOUT line says what happened.
  void SetTerminatedCheck(std::function<bool()> terminated) {
    terminated_ = std::move(terminated);
  }

  // Reports what |try_catch| caught. Does nothing for a terminated script.
  void ReportException(v8::TryCatch* try_catch);
  void ReportException(v8::Local<v8::Value> exception,
                       v8::Local<v8::Message> message);

  // A mediacapture::ExceptionReporter (include/mediacapture/context.h):
  // what the library's event listeners and callbacks throw, reported by
  // this thread's reporter.
  static void ReportFromLibrary(v8::Isolate* isolate,
                                v8::Local<v8::Value> exception,
                                v8::Local<v8::Message> message);

  // Whether any report reached stderr (an error no listener cancelled).
  bool had_uncaught_error() const { return had_uncaught_error_; }

  // Called after each microtask checkpoint: queues a task that reports the
  // promises still rejected without a handler.
  void NotifyAboutRejectedPromises();

 private:
  struct Rejection {
    v8::Global<v8::Promise> promise;
    v8::Global<v8::Value> reason;
  };

  static void OnMessage(v8::Local<v8::Message> message,
                        v8::Local<v8::Value> data);
  static void OnPromiseReject(v8::PromiseRejectMessage message);

  void ReportRejections(std::vector<Rejection> rejections);
  bool IsTerminated() const;
  // Fires |type| with |init|; true unless a listener cancelled it.
  bool FireEvent(const char* type, v8::Local<v8::Object> init);
  void Print(const std::string& text);

  v8::Isolate* const isolate_;
  EventLoop* const loop_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Function> fire_;
  std::vector<Rejection> pending_rejections_;
  std::function<bool()> terminated_;
  bool in_error_event_ = false;  // Guards against an error listener throwing.
  bool had_uncaught_error_ = false;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_ERROR_REPORTER_H_

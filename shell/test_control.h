// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_TEST_CONTROL_H_
#define SHELL_TEST_CONTROL_H_

#include <v8.h>

namespace mediacapture {
namespace shell {

class EventLoop;

// The `__captureShell` object: how a test page talks to the shell (Blink's
// testRunner plays this part in content_shell). Non-enumerable on the
// global. Methods:
//   print(text)          writes |text| to stdout as it is.
//   waitUntilDone()      keeps the shell running until notifyDone(), even
//                        with nothing else pending (an unfinished harness).
//   notifyDone()         the page is finished: the shell exits after the
//                        current task.
//   setTimeoutReporter(f)  f() runs once if --timeout expires first, so the
//                        page can print what it knows before the shell's
//                        TIMEOUT line.
// Later work adds hooks here (e.g. setPermission for test_driver).
//
// JS thread only.
class TestControl {
 public:
  TestControl(v8::Isolate* isolate, EventLoop* loop);
  TestControl(const TestControl&) = delete;
  TestControl& operator=(const TestControl&) = delete;
  ~TestControl();

  bool Install(v8::Local<v8::Context> context);

  // Whether the page called waitUntilDone() / notifyDone().
  bool waiting() const { return waiting_; }
  bool done() const { return done_; }

  // Runs the page's timeout reporter, if it set one.
  void ReportTimeout(v8::Local<v8::Context> context);

 private:
  static TestControl* From(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Print(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void WaitUntilDone(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void NotifyDone(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetTimeoutReporter(
      const v8::FunctionCallbackInfo<v8::Value>& info);

  v8::Isolate* const isolate_;
  EventLoop* const loop_;
  bool waiting_ = false;
  bool done_ = false;
  v8::Global<v8::Function> timeout_reporter_;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_TEST_CONTROL_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_GLOBAL_SCOPE_H_
#define SHELL_GLOBAL_SCOPE_H_

#include <string>

#include <v8.h>

#include "shell/resource_resolver.h"

namespace mediacapture {
namespace shell {

class ErrorReporter;

// The window-like globals of a shell context: window, self, performance
// (https://w3c.github.io/hr-time/), navigator, location, isSecureContext
// (https://html.spec.whatwg.org/#dom-issecurecontext), and, for now, a
// stand-in for EventTarget on the global object (see global_scope.cc).
// There is no `document`.
//
// JS thread only. The object outlives the contexts it is installed in.
class GlobalScope {
 public:
  GlobalScope(v8::Isolate* isolate, ErrorReporter* reporter);
  GlobalScope(const GlobalScope&) = delete;
  GlobalScope& operator=(const GlobalScope&) = delete;
  ~GlobalScope();

  // Installs the globals for a page at |location|; connects |reporter| to
  // the global's `error` and `unhandledrejection` events.
  bool Install(v8::Local<v8::Context> context, const PageLocation& location);

  // Fires a simple event named |type| (e.g. "load") at the global object.
  void FireEvent(v8::Local<v8::Context> context, const char* type);

  // performance.now(): milliseconds since the time origin, from a monotonic
  // clock with sub-microsecond resolution.
  double Now() const;

 private:
  static void PerformanceNow(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void ReportException(const v8::FunctionCallbackInfo<v8::Value>& info);

  bool InstallPerformance(v8::Local<v8::Context> context);
  bool InstallLocation(v8::Local<v8::Context> context,
                       const PageLocation& location);
  bool InstallEventTarget(v8::Local<v8::Context> context);

  v8::Isolate* const isolate_;
  ErrorReporter* const reporter_;
  const uint64_t time_origin_ns_;      // uv_hrtime() at creation.
  const double time_origin_epoch_ms_;  // Wall clock at the same moment.
  v8::Global<v8::Function> fire_;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_GLOBAL_SCOPE_H_

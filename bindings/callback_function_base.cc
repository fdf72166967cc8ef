// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/callback_function_base.h"

#include "bindings/exception_reporter.h"

namespace mediacapture {
namespace bindings {

CallbackFunctionBase::CallbackFunctionBase(v8::Isolate* isolate,
                                           v8::Local<v8::Function> function)
    : isolate_(isolate),
      function_(isolate, function),
      context_(isolate, isolate->GetCurrentContext()) {
  context_.SetWeak();
}

v8::Local<v8::Context> CallbackFunctionBase::context() const {
  return context_.Get(isolate_);
}

v8::Local<v8::Function> CallbackFunctionBase::function() const {
  return function_.Get(isolate_);
}

bool CallbackFunctionBase::Call(int argc,
                                v8::Local<v8::Value> argv[],
                                v8::Local<v8::Value>* result) {
  v8::TryCatch try_catch(isolate_);
  if (!function()
           ->Call(context(), v8::Undefined(isolate_), argc, argv)
           .ToLocal(result)) {
    if (try_catch.HasCaught() && try_catch.CanContinue())
      ReportException(isolate_, try_catch);
    return false;
  }
  return true;
}

}  // namespace bindings
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// What a generated callback function object holds: the JS function (kept
// alive: core holds callbacks only while it means to call them) and the
// context it was passed in, weakly, so that a callback outliving its page
// does nothing when called.

#ifndef BINDINGS_CALLBACK_FUNCTION_BASE_H_
#define BINDINGS_CALLBACK_FUNCTION_BASE_H_

#include <v8.h>

namespace mediacapture {
namespace bindings {

// JS thread only.
class CallbackFunctionBase {
 public:
  CallbackFunctionBase(v8::Isolate* isolate, v8::Local<v8::Function> function);
  CallbackFunctionBase(const CallbackFunctionBase&) = delete;
  CallbackFunctionBase& operator=(const CallbackFunctionBase&) = delete;

  v8::Isolate* isolate() const { return isolate_; }
  // Empty once the context is gone.
  v8::Local<v8::Context> context() const;
  v8::Local<v8::Function> function() const;

  // Calls the function with this = undefined. On an exception, reports it
  // (ReportException in mediacapture/context.h) and returns false.
  bool Call(int argc,
            v8::Local<v8::Value> argv[],
            v8::Local<v8::Value>* result);

 private:
  v8::Isolate* const isolate_;
  v8::Global<v8::Function> function_;
  v8::Global<v8::Context> context_;
};

}  // namespace bindings
}  // namespace mediacapture

#endif  // BINDINGS_CALLBACK_FUNCTION_BASE_H_

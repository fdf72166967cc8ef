// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/test/js_test_util.h"

#include "bindings/per_isolate_data.h"
#include "mediacapture/context.h"

namespace mediacapture {
namespace testing {

BindingsTestScope::BindingsTestScope(bool secure_context) {
  InstallOptions options;
  options.secure_context = secure_context;
  InstallInterfaces(context(), options);
}

BindingsTestScope::~BindingsTestScope() {
  // Releases what the wrappers hold before V8TestScope disposes the isolate.
  PerIsolateData::Dispose(isolate());
}

std::string BindingsTestScope::Eval(const char* source) {
  v8::HandleScope scope(isolate());
  v8::TryCatch try_catch(isolate());
  v8::Local<v8::Value> result;
  if (!Run(source).ToLocal(&result)) {
    v8::String::Utf8Value text(isolate(), try_catch.Exception());
    return std::string("throws ") + (*text ? *text : "?");
  }
  v8::String::Utf8Value text(isolate(), result);
  return *text ? *text : "?";
}

void BindingsTestScope::RunMicrotasks() {
  isolate()->PerformMicrotaskCheckpoint();
}

}  // namespace testing
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/dom_exception_factory.h"

#include "bindings/dom_wrapper.h"
#include "core/dom/dom_exception.h"

namespace mediacapture {

v8::Local<v8::Value> WrapErrorObject(v8::Isolate* isolate,
                                     DOMException* error) {
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> wrapper;
  if (!ToV8Wrapper(context, error).ToLocal(&wrapper))
    return {};
  // WebIDL gives DOMException no `stack`; engines add one, and the shell's
  // reports print it. Take it from an Error made at the same place.
  v8::Local<v8::Value> probe = v8::Exception::Error(v8::String::Empty(isolate));
  v8::Local<v8::Value> stack;
  v8::Local<v8::String> stack_key =
      v8::String::NewFromUtf8Literal(isolate, "stack");
  if (probe->IsObject() &&
      probe.As<v8::Object>()->Get(context, stack_key).ToLocal(&stack) &&
      stack->IsString()) {
    v8::String::Utf8Value text(isolate, stack);
    std::string frames(*text, text.length());
    size_t newline = frames.find('\n');
    frames = error->name() + ": " + error->message() +
             (newline == std::string::npos ? "" : frames.substr(newline));
    stack = v8::String::NewFromUtf8(isolate, frames.data(),
                                    v8::NewStringType::kNormal,
                                    static_cast<int>(frames.size()))
                .ToLocalChecked();
    wrapper->DefineOwnProperty(context, stack_key, stack, v8::DontEnum).Check();
  }
  return scope.Escape(wrapper);
}

v8::Local<v8::Value> CreateDOMException(v8::Isolate* isolate,
                                        const std::string& name,
                                        const std::string& message) {
  scoped_refptr<DOMException> exception = DOMException::Create(message, name);
  return WrapErrorObject(isolate, exception.get());
}

}  // namespace mediacapture

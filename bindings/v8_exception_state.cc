// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/v8_exception_state.h"

#include <v8.h>

#include "bindings/dom_exception_factory.h"
#include "bindings/native_value_traits.h"
#include "platform/bindings/script_value.h"

namespace mediacapture {

namespace {

v8::Local<v8::String> ToV8String(v8::Isolate* isolate,
                                 const std::string& text) {
  return v8::String::NewFromUtf8(isolate, text.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(text.size()))
      .ToLocalChecked();
}

}  // namespace

V8ExceptionState::V8ExceptionState(v8::Isolate* isolate,
                                   ContextType context_type,
                                   const char* interface_name,
                                   const char* property_name)
    : isolate_(isolate),
      context_type_(context_type),
      interface_name_(interface_name),
      property_name_(property_name) {}

V8ExceptionState::V8ExceptionState(v8::Isolate* isolate)
    : V8ExceptionState(isolate, kNoContext, nullptr, nullptr) {}

std::string V8ExceptionState::AddContext(const std::string& message) const {
  std::string interface_name = interface_name_ ? interface_name_ : "";
  std::string property_name = property_name_ ? property_name_ : "";
  switch (context_type_) {
    case kExecution:
      return "Failed to execute '" + property_name + "' on '" + interface_name +
             "': " + message;
    case kConstruction:
      return "Failed to construct '" + interface_name + "': " + message;
    case kGetter:
      return "Failed to read the '" + property_name + "' property from '" +
             interface_name + "': " + message;
    case kSetter:
      return "Failed to set the '" + property_name + "' property on '" +
             interface_name + "': " + message;
    case kNoContext:
      break;
  }
  return message;
}

void V8ExceptionState::ThrowTypeError(const std::string& message) {
  had_exception_ = true;
  isolate_->ThrowException(
      v8::Exception::TypeError(ToV8String(isolate_, AddContext(message))));
}

void V8ExceptionState::ThrowRangeError(const std::string& message) {
  had_exception_ = true;
  isolate_->ThrowException(
      v8::Exception::RangeError(ToV8String(isolate_, AddContext(message))));
}

void V8ExceptionState::ThrowDOMException(const std::string& name,
                                         const std::string& message) {
  had_exception_ = true;
  v8::Local<v8::Value> exception =
      CreateDOMException(isolate_, name, AddContext(message));
  // Empty only if V8 could not allocate; an exception is pending then.
  if (!exception.IsEmpty())
    isolate_->ThrowException(exception);
}

void V8ExceptionState::ThrowValue(const ScriptValue& value) {
  had_exception_ = true;
  v8::Local<v8::Value> exception;
  if (bindings::ScriptValueToV8(isolate_->GetCurrentContext(), value)
          .ToLocal(&exception))
    isolate_->ThrowException(exception);
}

void V8ExceptionState::RethrowV8Exception() {
  had_exception_ = true;
}

}  // namespace mediacapture

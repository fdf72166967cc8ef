// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// ExceptionState (platform/bindings/exception_state.h) over V8: each Throw*
// throws into the isolate at once, its message prefixed with the binding
// call it happened in. Created by generated code on entry to each call.

#ifndef BINDINGS_V8_EXCEPTION_STATE_H_
#define BINDINGS_V8_EXCEPTION_STATE_H_

#include <string>

#include "platform/bindings/exception_state.h"

namespace v8 {
class Isolate;
}  // namespace v8

namespace mediacapture {

// JS thread only; lives on the stack of one binding call.
class V8ExceptionState final : public ExceptionState {
 public:
  // What the binding was doing, for the message prefix.
  enum ContextType {
    kExecution,     // "Failed to execute 'op' on 'Interface': "
    kConstruction,  // "Failed to construct 'Interface': "
    kGetter,        // "Failed to read the 'attr' property from 'Interface': "
    kSetter,        // "Failed to set the 'attr' property on 'Interface': "
    kNoContext,     // no prefix (conversions outside of a call)
  };

  V8ExceptionState(v8::Isolate* isolate,
                   ContextType context_type,
                   const char* interface_name,
                   const char* property_name);
  // No prefix.
  explicit V8ExceptionState(v8::Isolate* isolate);
  ~V8ExceptionState() = default;

  void ThrowTypeError(const std::string& message) override;
  void ThrowRangeError(const std::string& message) override;
  void ThrowDOMException(const std::string& name,
                         const std::string& message) override;
  void ThrowValue(const ScriptValue& value) override;
  // A JS call made by the binding (ToString, a getter, an iterator) threw;
  // the exception is already pending in V8.
  void RethrowV8Exception();

  v8::Isolate* isolate() const { return isolate_; }

  // The message with this call's prefix.
  std::string AddContext(const std::string& message) const;

 private:
  v8::Isolate* const isolate_;
  const ContextType context_type_;
  const char* const interface_name_;
  const char* const property_name_;
};

}  // namespace mediacapture

#endif  // BINDINGS_V8_EXCEPTION_STATE_H_

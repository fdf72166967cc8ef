// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The one object through which a binding call reports an error, as core
// sees it (no V8): generated code creates the V8 implementation
// (bindings/v8_exception_state.h) on entry, passes it down to conversions
// and to core methods marked [RaisesException], and returns as soon as
// HadException(). Promise-returning operations turn the exception into a
// rejection instead (Blink: platform/bindings/exception_state.h).

#ifndef PLATFORM_BINDINGS_EXCEPTION_STATE_H_
#define PLATFORM_BINDINGS_EXCEPTION_STATE_H_

#include <string>

namespace mediacapture {

class ScriptValue;

// JS thread only; lives on the stack of one binding call.
class ExceptionState {
 public:
  ExceptionState(const ExceptionState&) = delete;
  ExceptionState& operator=(const ExceptionState&) = delete;

  virtual void ThrowTypeError(const std::string& message) = 0;
  virtual void ThrowRangeError(const std::string& message) = 0;
  // A DOMException with a name of the table in
  // https://webidl.spec.whatwg.org/#idl-DOMException-error-names
  // ("NotAllowedError", "InvalidStateError", ...).
  virtual void ThrowDOMException(const std::string& name,
                                 const std::string& message) = 0;
  // Throws |value| itself (e.g. an AbortSignal's reason).
  virtual void ThrowValue(const ScriptValue& value) = 0;

  bool HadException() const { return had_exception_; }

 protected:
  ExceptionState() = default;
  ~ExceptionState() = default;

  bool had_exception_ = false;
};

}  // namespace mediacapture

#endif  // PLATFORM_BINDINGS_EXCEPTION_STATE_H_

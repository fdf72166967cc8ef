// Copyright 2026 The mediacapture authors. All rights reserved.
//
// The one object through which a binding call reports an error: generated
// code creates it on entry, passes it down to conversions and to core
// methods marked [RaisesException], and returns as soon as HadException().
// Promise-returning operations turn the exception into a rejection instead
// (Blink: platform/bindings/exception_state.h).
//
// The header is V8-free (v8::Isolate is only forward-declared) so that core
// code can take an ExceptionState& without seeing V8.

#ifndef BINDINGS_EXCEPTION_STATE_H_
#define BINDINGS_EXCEPTION_STATE_H_

#include <string>

namespace v8 {
class Isolate;
}  // namespace v8

namespace mediacapture {

class ScriptValue;

// JS thread only; lives on the stack of one binding call.
class ExceptionState {
 public:
  // What the binding was doing, for the message prefix.
  enum ContextType {
    kExecution,     // "Failed to execute 'op' on 'Interface': "
    kConstruction,  // "Failed to construct 'Interface': "
    kGetter,        // "Failed to read the 'attr' property from 'Interface': "
    kSetter,        // "Failed to set the 'attr' property on 'Interface': "
    kNoContext,     // no prefix (conversions outside of a call)
  };

  ExceptionState(v8::Isolate* isolate,
                 ContextType context_type,
                 const char* interface_name,
                 const char* property_name);
  // No prefix.
  explicit ExceptionState(v8::Isolate* isolate);
  ExceptionState(const ExceptionState&) = delete;
  ExceptionState& operator=(const ExceptionState&) = delete;

  void ThrowTypeError(const std::string& message);
  void ThrowRangeError(const std::string& message);
  // A DOMException with a name of the table in
  // https://webidl.spec.whatwg.org/#idl-DOMException-error-names
  // ("NotAllowedError", "InvalidStateError", ...).
  void ThrowDOMException(const std::string& name, const std::string& message);
  // Throws |value| itself (e.g. an AbortSignal's reason).
  void ThrowValue(const ScriptValue& value);
  // A JS call made by the binding (ToString, a getter, an iterator) threw;
  // the exception is already pending in V8.
  void RethrowV8Exception();

  bool HadException() const { return had_exception_; }
  v8::Isolate* isolate() const { return isolate_; }

  // The message with this call's prefix.
  std::string AddContext(const std::string& message) const;

 private:
  v8::Isolate* const isolate_;
  const ContextType context_type_;
  const char* const interface_name_;
  const char* const property_name_;
  bool had_exception_ = false;
};

}  // namespace mediacapture

#endif  // BINDINGS_EXCEPTION_STATE_H_

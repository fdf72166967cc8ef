// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// What generated interface code calls: template set-up following
// https://webidl.spec.whatwg.org/#es-interfaces (interface objects,
// prototypes, attributes, operations, constants), error helpers, the
// promise-operation wrapper, dictionary member access and event handler
// attributes.

#ifndef BINDINGS_INTERFACE_SUPPORT_H_
#define BINDINGS_INTERFACE_SUPPORT_H_

#include <string>

#include <v8.h>

#include "bindings/dom_exception_factory.h"
#include "bindings/dom_wrapper.h"
#include "bindings/to_v8_traits.h"
#include "bindings/wrapper_type_info.h"
#include "core/dom/dom_exception.h"
#include "platform/bindings/promise_resolver.h"

namespace mediacapture {

class EventTarget;

namespace bindings {

using Callback = void (*)(const v8::FunctionCallbackInfo<v8::Value>&);

// The interface's template in |isolate| (cached per isolate).
v8::Local<v8::FunctionTemplate> InterfaceTemplate(v8::Isolate* isolate,
                                                  const WrapperTypeInfo* info);

// Sets up the interface object: class name, `length`, the constructor
// (null: "Illegal constructor"), the parent, the prototype's @@toStringTag
// and the wrapper's internal fields.
void InitializeInterfaceTemplate(v8::Isolate* isolate,
                                 v8::Local<v8::FunctionTemplate> tmpl,
                                 const char* interface_name,
                                 v8::Local<v8::FunctionTemplate> parent,
                                 Callback constructor,
                                 int length);

// An accessor property (https://webidl.spec.whatwg.org/#es-attributes):
// enumerable, configurable, with functions named "get <name>"/"set <name>".
// With a |signature| (the interface's template), V8 itself throws
// TypeError "Illegal invocation" for a receiver that is not an instance of
// the interface, and the callbacks read the object with ReceiverImpl().
void InstallAttribute(
    v8::Isolate* isolate,
    v8::Local<v8::Template> target,
    const char* name,
    Callback getter,
    Callback setter,
    v8::PropertyAttribute extra,
    v8::Local<v8::Signature> signature = v8::Local<v8::Signature>());
// A method (https://webidl.spec.whatwg.org/#es-operations): writable,
// enumerable, configurable, not a constructor. |signature| as for
// InstallAttribute(); never for a Promise-returning operation, which
// rejects on a wrong receiver instead of throwing.
void InstallOperation(
    v8::Isolate* isolate,
    v8::Local<v8::Template> target,
    const char* name,
    Callback callback,
    int length,
    v8::PropertyAttribute extra,
    v8::Local<v8::Signature> signature = v8::Local<v8::Signature>());

// The brand check of a member installed with a signature: V8 has checked
// that the holder is an instance of the interface's template (or of one
// that inherits from it), so the check is whether a core object is
// associated: null for an instance whose constructor threw before
// associating (ThrowIfNotConstructCall() clears the fields).
template <typename T>
T* ReceiverImpl(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<T*>(static_cast<ScriptWrappable*>(
      info.Holder()->GetAlignedPointerFromInternalField(kWrapperFieldObject)));
}
// A constant on the interface object and the prototype
// (https://webidl.spec.whatwg.org/#es-constants): read-only, enumerable,
// not configurable.
void InstallConstant(v8::Isolate* isolate,
                     v8::Local<v8::FunctionTemplate> tmpl,
                     const char* name,
                     double value);

void RemovePrototypeMember(v8::Local<v8::Context> context,
                           v8::Local<v8::Function> interface_object,
                           const char* name);
void RemoveStaticMember(v8::Local<v8::Context> context,
                        v8::Local<v8::Function> interface_object,
                        const char* name);

// TypeError "Illegal invocation" (a getter, setter or operation called on
// an object that fails the brand check).
void ThrowIllegalInvocation(v8::Isolate* isolate, const char* member);
// False (and TypeError) when an interface object is called without new.
bool ThrowIfNotConstructCall(const v8::FunctionCallbackInfo<v8::Value>& info,
                             const char* interface_name);
// Makes the receiver of a constructor call the wrapper of |object|.
void AssociateConstructedWrapper(
    const v8::FunctionCallbackInfo<v8::Value>& info,
    ScriptWrappable* object);
std::string NotEnoughArguments(int required, int given);
void ThrowNoMatchingOverload(const v8::FunctionCallbackInfo<v8::Value>& info,
                             int required,
                             const char* interface_name,
                             const char* operation);

inline void SetReturnValue(const v8::FunctionCallbackInfo<v8::Value>& info,
                           v8::MaybeLocal<v8::Value> value) {
  v8::Local<v8::Value> local;
  if (value.ToLocal(&local))
    info.GetReturnValue().Set(local);
}

// [SameObject] (https://webidl.spec.whatwg.org/#SameObject): the value a
// getter returned first, kept on the receiver under a private key.
bool GetCachedAttribute(const v8::FunctionCallbackInfo<v8::Value>& info,
                        const char* key);
void SetCachedAttribute(const v8::FunctionCallbackInfo<v8::Value>& info,
                        const char* key,
                        v8::Local<v8::Value> value);

// Runs |body| for a Promise-returning operation: the result is a promise,
// and whatever |body| throws rejects it
// (https://webidl.spec.whatwg.org/#es-operations).
void RunPromiseOperation(
    const v8::FunctionCallbackInfo<v8::Value>& info,
    void (*body)(const v8::FunctionCallbackInfo<v8::Value>&,
                 v8::Local<v8::Promise::Resolver>));

// The V8 side of core's PromiseResolver<IDLType>.
class ScriptPromiseResolverBase {
 public:
  ScriptPromiseResolverBase(v8::Local<v8::Context> context,
                            v8::Local<v8::Promise::Resolver> resolver);
  void ResolveWith(v8::Local<v8::Value> (*convert)(v8::Local<v8::Context>,
                                                   const void*),
                   const void* value);
  void RejectWithDOMException(const std::string& name,
                              const std::string& message);
  void RejectWithTypeError(const std::string& message);
  void Reject(DOMException* error);

 private:
  void Settle(bool resolve, v8::Local<v8::Value> value);
  v8::Isolate* const isolate_;
  v8::Global<v8::Context> context_;
  v8::Global<v8::Promise::Resolver> resolver_;
};

template <typename IDLType>
class ScriptPromiseResolver final : public PromiseResolver<IDLType> {
 public:
  using ValueType = typename PromiseResolver<IDLType>::ValueType;
  ScriptPromiseResolver(v8::Local<v8::Context> context,
                        v8::Local<v8::Promise::Resolver> resolver)
      : impl_(context, resolver) {}

  void RejectWithDOMException(const std::string& name,
                              const std::string& message) override {
    if (this->Settle())
      impl_.RejectWithDOMException(name, message);
  }
  void RejectWithTypeError(const std::string& message) override {
    if (this->Settle())
      impl_.RejectWithTypeError(message);
  }
  void Reject(DOMException* error) override {
    if (this->Settle())
      impl_.Reject(error);
  }

 private:
  void ResolveImpl(const ValueType& value) override {
    impl_.ResolveWith(
        [](v8::Local<v8::Context> context,
           const void* v) -> v8::Local<v8::Value> {
          v8::Local<v8::Value> result;
          if constexpr (std::is_same<IDLType, IDLUndefined>::value) {
            static_cast<void>(v);
            result = v8::Undefined(context->GetIsolate());
          } else {
            if (!ToV8Traits<IDLType>::ToV8(context,
                                           *static_cast<const ValueType*>(v))
                     .ToLocal(&result))
              return {};
          }
          return result;
        },
        &value);
  }

  ScriptPromiseResolverBase impl_;
};

template <typename IDLType>
scoped_refptr<PromiseResolver<IDLType>> CreatePromiseResolver(
    v8::Local<v8::Context> context,
    v8::Local<v8::Promise::Resolver> resolver) {
  return scoped_refptr<PromiseResolver<IDLType>>(
      new ScriptPromiseResolver<IDLType>(context, resolver));
}

// Dictionary member names as internalized strings, made once per isolate
// and kept at |slot| (one per dictionary).
const v8::Eternal<v8::Name>* DictionaryKeys(v8::Isolate* isolate,
                                            const CacheSlot& slot,
                                            const char* const* names,
                                            size_t count);
// Get(object, key), or undefined when |object| is undefined or null.
// False if the getter threw.
bool GetDictionaryMember(v8::Isolate* isolate,
                         v8::Local<v8::Value> object,
                         const v8::Eternal<v8::Name>& key,
                         v8::Local<v8::Value>* value,
                         V8ExceptionState& exception_state);

// An object with an @@iterator method (overload resolution's sequence test).
// Nothing when the @@iterator getter threw (the exception stays pending).
v8::Maybe<bool> IsIterable(v8::Isolate* isolate, v8::Local<v8::Value> value);

// Event handler attributes (https://html.spec.whatwg.org/#event-handlers)
// for event type |type| ("ended" for onended).
void GetEventHandler(const v8::FunctionCallbackInfo<v8::Value>& info,
                     EventTarget* target,
                     const char* type);
void SetEventHandler(const v8::FunctionCallbackInfo<v8::Value>& info,
                     EventTarget* target,
                     const char* type);

// Keeps |value| (an event listener's callback) alive as long as the wrapper
// |holder|: core holds listeners weakly (JSEventListener).
void RetainOnWrapper(v8::Local<v8::Object> holder, v8::Local<v8::Value> value);

}  // namespace bindings
}  // namespace mediacapture

#endif  // BINDINGS_INTERFACE_SUPPORT_H_

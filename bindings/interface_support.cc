// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/interface_support.h"

#include <map>
#include <memory>
#include <vector>

#include "bindings/js_event_listener.h"
#include "bindings/native_value_traits.h"
#include "bindings/per_isolate_data.h"
#include "core/dom/event_target.h"

namespace mediacapture {
namespace bindings {

namespace {

v8::Local<v8::String> Internalized(v8::Isolate* isolate, const char* text) {
  return v8::String::NewFromUtf8(isolate, text,
                                 v8::NewStringType::kInternalized)
      .ToLocalChecked();
}

void IllegalConstructor(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  isolate->ThrowException(v8::Exception::TypeError(
      v8::String::NewFromUtf8Literal(isolate, "Illegal constructor")));
}

// A method or accessor function: not a constructor, no `prototype`. One
// template per |callback| in the isolate (see
// PerIsolateData::MethodTemplateFor()).
v8::Local<v8::FunctionTemplate> MethodTemplate(
    v8::Isolate* isolate,
    Callback callback,
    int length,
    const std::string& name,
    v8::Local<v8::Signature> signature) {
  v8::Eternal<v8::FunctionTemplate>& cached =
      PerIsolateData::From(isolate)->MethodTemplateFor(callback);
  if (!cached.IsEmpty())
    return cached.Get(isolate);
  v8::Local<v8::FunctionTemplate> function = v8::FunctionTemplate::New(
      isolate, callback, v8::Local<v8::Value>(), signature, length,
      v8::ConstructorBehavior::kThrow);
  function->SetClassName(
      v8::String::NewFromUtf8(isolate, name.c_str(),
                              v8::NewStringType::kInternalized)
          .ToLocalChecked());
  cached.Set(isolate, function);
  return function;
}

}  // namespace

v8::Local<v8::FunctionTemplate> InterfaceTemplate(v8::Isolate* isolate,
                                                  const WrapperTypeInfo* info) {
  return PerIsolateData::From(isolate)->TemplateFor(info);
}

void InitializeInterfaceTemplate(v8::Isolate* isolate,
                                 v8::Local<v8::FunctionTemplate> tmpl,
                                 const char* interface_name,
                                 v8::Local<v8::FunctionTemplate> parent,
                                 Callback constructor,
                                 int length) {
  v8::Local<v8::String> name = Internalized(isolate, interface_name);
  tmpl->SetCallHandler(constructor ? constructor : &IllegalConstructor);
  tmpl->SetLength(length);
  tmpl->SetClassName(name);
  // https://webidl.spec.whatwg.org/#interface-object: `prototype` is
  // { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
  tmpl->ReadOnlyPrototype();
  if (!parent.IsEmpty())
    tmpl->Inherit(parent);
  tmpl->InstanceTemplate()->SetInternalFieldCount(kWrapperFieldCount);
  // https://webidl.spec.whatwg.org/#interface-prototype-object: @@toStringTag
  // is { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: true }.
  tmpl->PrototypeTemplate()->Set(
      v8::Symbol::GetToStringTag(isolate), name,
      static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontEnum));
}

void InstallAttribute(v8::Isolate* isolate,
                      v8::Local<v8::Template> target,
                      const char* name,
                      Callback getter,
                      Callback setter,
                      v8::PropertyAttribute extra,
                      v8::Local<v8::Signature> signature) {
  std::string property(name);
  v8::Local<v8::FunctionTemplate> get =
      MethodTemplate(isolate, getter, 0, "get " + property, signature);
  v8::Local<v8::FunctionTemplate> set;
  if (setter)
    set = MethodTemplate(isolate, setter, 1, "set " + property, signature);
  target->SetAccessorProperty(Internalized(isolate, name), get, set, extra);
}

void InstallOperation(v8::Isolate* isolate,
                      v8::Local<v8::Template> target,
                      const char* name,
                      Callback callback,
                      int length,
                      v8::PropertyAttribute extra,
                      v8::Local<v8::Signature> signature) {
  target->Set(Internalized(isolate, name),
              MethodTemplate(isolate, callback, length, name, signature),
              extra);
}

void InstallConstant(v8::Isolate* isolate,
                     v8::Local<v8::FunctionTemplate> tmpl,
                     const char* name,
                     double value) {
  auto attributes =
      static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete);
  v8::Local<v8::String> key = Internalized(isolate, name);
  tmpl->Set(key, v8::Number::New(isolate, value), attributes);
  tmpl->PrototypeTemplate()->Set(key, v8::Number::New(isolate, value),
                                 attributes);
}

void RemovePrototypeMember(v8::Local<v8::Context> context,
                           v8::Local<v8::Function> interface_object,
                           const char* name) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> prototype;
  if (!interface_object
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "prototype"))
           .ToLocal(&prototype) ||
      !prototype->IsObject())
    return;
  prototype.As<v8::Object>()
      ->Delete(context, Internalized(isolate, name))
      .FromMaybe(false);
}

void RemoveStaticMember(v8::Local<v8::Context> context,
                        v8::Local<v8::Function> interface_object,
                        const char* name) {
  interface_object->Delete(context, Internalized(context->GetIsolate(), name))
      .FromMaybe(false);
}

void ThrowIllegalInvocation(v8::Isolate* isolate, const char*) {
  isolate->ThrowException(v8::Exception::TypeError(
      v8::String::NewFromUtf8Literal(isolate, "Illegal invocation")));
}

bool ThrowIfNotConstructCall(const v8::FunctionCallbackInfo<v8::Value>& info,
                             const char* interface_name) {
  if (info.IsConstructCall()) {
    // Until a core object is associated, the wrapper has no type: a
    // constructor that throws leaves an object that fails brand checks.
    v8::Local<v8::Object> receiver = info.This();
    if (receiver->InternalFieldCount() == kWrapperFieldCount) {
      receiver->SetAlignedPointerInInternalField(kWrapperFieldObject, nullptr);
      receiver->SetAlignedPointerInInternalField(kWrapperFieldTypeInfo,
                                                 nullptr);
    }
    return true;
  }
  v8::Isolate* isolate = info.GetIsolate();
  std::string message = std::string("Failed to construct '") + interface_name +
                        "': Please use the 'new' operator, this DOM object "
                        "constructor cannot be called as a function.";
  isolate->ThrowException(
      v8::Exception::TypeError(ToV8String(isolate, message)));
  return false;
}

void AssociateConstructedWrapper(
    const v8::FunctionCallbackInfo<v8::Value>& info,
    ScriptWrappable* object) {
  AssociateWrapper(info.GetIsolate(), object, object->GetWrapperTypeInfo(),
                   info.This());
  info.GetReturnValue().Set(info.This());
}

std::string NotEnoughArguments(int required, int given) {
  return std::to_string(required) +
         (required == 1 ? " argument required, but only "
                        : " arguments required, but only ") +
         std::to_string(given) + " present.";
}

void ThrowNoMatchingOverload(const v8::FunctionCallbackInfo<v8::Value>& info,
                             int required,
                             const char* interface_name,
                             const char* operation) {
  V8ExceptionState exception_state(info.GetIsolate(),
                                   operation ? V8ExceptionState::kExecution
                                             : V8ExceptionState::kConstruction,
                                   interface_name, operation);
  if (info.Length() < required) {
    exception_state.ThrowTypeError(NotEnoughArguments(required, info.Length()));
    return;
  }
  exception_state.ThrowTypeError(
      "No function was found that matched the signature provided.");
}

bool GetCachedAttribute(const v8::FunctionCallbackInfo<v8::Value>& info,
                        const char* key) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Private> symbol =
      PerIsolateData::From(isolate)->PrivateFor(key);
  v8::Local<v8::Value> value;
  if (!info.This()
           ->GetPrivate(isolate->GetCurrentContext(), symbol)
           .ToLocal(&value) ||
      value->IsUndefined())
    return false;
  info.GetReturnValue().Set(value);
  return true;
}

void SetCachedAttribute(const v8::FunctionCallbackInfo<v8::Value>& info,
                        const char* key,
                        v8::Local<v8::Value> value) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Private> symbol =
      PerIsolateData::From(isolate)->PrivateFor(key);
  info.This()
      ->SetPrivate(isolate->GetCurrentContext(), symbol, value)
      .FromMaybe(false);
}

void RunPromiseOperation(
    const v8::FunctionCallbackInfo<v8::Value>& info,
    void (*body)(const v8::FunctionCallbackInfo<v8::Value>&,
                 v8::Local<v8::Promise::Resolver>)) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver))
    return;
  info.GetReturnValue().Set(resolver->GetPromise());
  v8::TryCatch try_catch(isolate);
  body(info, resolver);
  if (try_catch.HasCaught()) {
    // Termination (the embedder's watchdog) is not an exception script may
    // see: it stays scheduled past this TryCatch and ends the script.
    // ReThrow() would throw a catchable `null` in its place.
    if (!try_catch.CanContinue())
      return;
    resolver->Reject(context, try_catch.Exception()).FromMaybe(false);
  }
}

ScriptPromiseResolverBase::ScriptPromiseResolverBase(
    v8::Local<v8::Context> context,
    v8::Local<v8::Promise::Resolver> resolver)
    : isolate_(context->GetIsolate()),
      context_(isolate_, context),
      resolver_(isolate_, resolver) {}

void ScriptPromiseResolverBase::Settle(bool resolve,
                                       v8::Local<v8::Value> value) {
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::Local<v8::Promise::Resolver> resolver = resolver_.Get(isolate_);
  if (resolve)
    resolver->Resolve(context, value).FromMaybe(false);
  else
    resolver->Reject(context, value).FromMaybe(false);
  // Settled: the promise no longer needs the context or the resolver.
  resolver_.Reset();
  context_.Reset();
}

void ScriptPromiseResolverBase::ResolveWith(
    v8::Local<v8::Value> (*convert)(v8::Local<v8::Context>, const void*),
    const void* value) {
  if (resolver_.IsEmpty())
    return;
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> result = convert(context, value);
  if (result.IsEmpty()) {
    // The value did not convert: reject with what was thrown.
    Settle(false, try_catch.HasCaught()
                      ? try_catch.Exception()
                      : v8::Undefined(isolate_).As<v8::Value>());
    return;
  }
  Settle(true, result);
}

void ScriptPromiseResolverBase::RejectWithDOMException(
    const std::string& name,
    const std::string& message) {
  if (resolver_.IsEmpty())
    return;
  v8::HandleScope scope(isolate_);
  v8::Context::Scope context_scope(context_.Get(isolate_));
  v8::Local<v8::Value> exception = CreateDOMException(isolate_, name, message);
  if (!exception.IsEmpty())
    Settle(false, exception);
}

void ScriptPromiseResolverBase::RejectWithTypeError(
    const std::string& message) {
  if (resolver_.IsEmpty())
    return;
  v8::HandleScope scope(isolate_);
  v8::Context::Scope context_scope(context_.Get(isolate_));
  Settle(false, v8::Exception::TypeError(ToV8String(isolate_, message)));
}

void ScriptPromiseResolverBase::Reject(DOMException* error) {
  if (resolver_.IsEmpty())
    return;
  v8::HandleScope scope(isolate_);
  v8::Context::Scope context_scope(context_.Get(isolate_));
  v8::Local<v8::Value> exception = WrapErrorObject(isolate_, error);
  if (!exception.IsEmpty())
    Settle(false, exception);
}

const v8::Eternal<v8::Name>* DictionaryKeys(v8::Isolate* isolate,
                                            const CacheSlot& slot,
                                            const char* const* names,
                                            size_t count) {
  std::vector<v8::Eternal<v8::Name>>& keys =
      PerIsolateData::From(isolate)->CachedNames(slot.Get());
  if (keys.empty()) {
    keys.resize(count);
    for (size_t i = 0; i < count; ++i)
      keys[i].Set(isolate, Internalized(isolate, names[i]));
  }
  return keys.data();
}

bool GetDictionaryMember(v8::Isolate* isolate,
                         v8::Local<v8::Value> object,
                         const v8::Eternal<v8::Name>& key,
                         v8::Local<v8::Value>* value,
                         V8ExceptionState& exception_state) {
  if (!object->IsObject()) {
    *value = v8::Undefined(isolate);
    return true;
  }
  if (!object.As<v8::Object>()
           ->Get(isolate->GetCurrentContext(), key.Get(isolate))
           .ToLocal(value)) {
    exception_state.RethrowV8Exception();
    return false;
  }
  return true;
}

v8::Maybe<bool> IsIterable(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (!value->IsObject())
    return v8::Just(false);
  // GetMethod(V, @@iterator) with "?": a throwing getter propagates.
  v8::Local<v8::Value> method;
  if (!value.As<v8::Object>()
           ->Get(isolate->GetCurrentContext(), v8::Symbol::GetIterator(isolate))
           .ToLocal(&method)) {
    return v8::Nothing<bool>();
  }
  return v8::Just(method->IsFunction());
}

void RetainOnWrapper(v8::Local<v8::Object> holder, v8::Local<v8::Value> value) {
  if (!value->IsObject())
    return;
  v8::Isolate* isolate = holder->GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Private> key =
      PerIsolateData::From(isolate)->PrivateFor("retained listeners");
  v8::Local<v8::Value> set;
  if (!holder->GetPrivate(context, key).ToLocal(&set))
    return;
  if (!set->IsSet()) {
    set = v8::Set::New(isolate);
    if (holder->SetPrivate(context, key, set).IsNothing())
      return;
  }
  set.As<v8::Set>()->Add(context, value).IsEmpty();
}

void GetEventHandler(const v8::FunctionCallbackInfo<v8::Value>& info,
                     EventTarget*,
                     const char* type) {
  // The handler as set (the JS value), kept on the wrapper.
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Private> key =
      PerIsolateData::From(isolate)->PrivateFor(std::string("on") + type);
  v8::Local<v8::Value> value;
  if (!info.This()
           ->GetPrivate(isolate->GetCurrentContext(), key)
           .ToLocal(&value))
    return;
  info.GetReturnValue().Set(
      value->IsUndefined() ? v8::Null(isolate).As<v8::Value>() : value);
}

void SetEventHandler(const v8::FunctionCallbackInfo<v8::Value>& info,
                     EventTarget* target,
                     const char* type) {
  // https://html.spec.whatwg.org/#event-handler-idl-attributes: EventHandler
  // is [LegacyTreatNonObjectAsNull], so any non-object is null.
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Value> value = info[0];
  if (!value->IsObject())
    value = v8::Null(isolate);
  v8::Local<v8::Private> key =
      PerIsolateData::From(isolate)->PrivateFor(std::string("on") + type);
  if (info.This()
          ->SetPrivate(isolate->GetCurrentContext(), key, value)
          .IsNothing())
    return;
  scoped_refptr<EventListener> listener;
  if (value->IsObject()) {
    listener =
        JSEventListener::CreateEventHandler(isolate, value.As<v8::Object>());
  }
  target->SetAttributeEventListener(type, std::move(listener));
}

}  // namespace bindings
}  // namespace mediacapture

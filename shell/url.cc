// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/url.h"

#include <string>

namespace mediacapture {
namespace shell {

namespace {

constexpr char kInterfaceName[] = "URL";

void ThrowTypeError(v8::Isolate* isolate, const std::string& message) {
  v8::Local<v8::String> text;
  if (!v8::String::NewFromUtf8(isolate, message.data(),
                               v8::NewStringType::kNormal,
                               static_cast<int>(message.size()))
           .ToLocal(&text))
    text = v8::String::Empty(isolate);
  isolate->ThrowException(v8::Exception::TypeError(text));
}

// https://webidl.spec.whatwg.org/#es-overloads step "If argcount is less
// than the shortest argument list, throw a TypeError", worded as the
// generated bindings word it.
bool CheckArity(const v8::FunctionCallbackInfo<v8::Value>& info,
                const std::string& prefix) {
  if (info.Length() >= 1)
    return true;
  ThrowTypeError(info.GetIsolate(),
                 prefix + "1 argument required, but only 0 present.");
  return false;
}

// constructor(USVString url, optional USVString base)
// (https://url.spec.whatwg.org/#dom-url-url): not provided.
void Construct(const v8::FunctionCallbackInfo<v8::Value>& info) {
  const std::string prefix = "Failed to construct 'URL': ";
  if (!info.IsConstructCall()) {
    ThrowTypeError(info.GetIsolate(),
                   prefix +
                       "Please use the 'new' operator, this DOM object "
                       "constructor cannot be called as a function.");
    return;
  }
  if (!CheckArity(info, prefix))
    return;
  ThrowTypeError(info.GetIsolate(),
                 prefix +
                     "capture_shell has no URL parser; only the static "
                     "URL.createObjectURL() and URL.revokeObjectURL() "
                     "exist.");
}

// https://w3c.github.io/FileAPI/#dfn-createObjectURL: the argument is
// converted to (Blob or MediaSource) first
// (https://webidl.spec.whatwg.org/#es-union), and in this shell no value is
// either.
void CreateObjectUrl(const v8::FunctionCallbackInfo<v8::Value>& info) {
  const std::string prefix = "Failed to execute 'createObjectURL' on 'URL': ";
  if (!CheckArity(info, prefix))
    return;
  ThrowTypeError(info.GetIsolate(),
                 prefix +
                     "The provided value is not of type '(Blob or "
                     "MediaSource)'. capture_shell has neither, and a "
                     "MediaStream has no object URL: give it to a media "
                     "element's srcObject.");
}

// https://w3c.github.io/FileAPI/#dfn-revokeObjectURL: after the DOMString
// conversion, the steps return unless the URL names an entry of the blob URL
// store, which stays empty here (createObjectURL() never adds one).
void RevokeObjectUrl(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!CheckArity(info, "Failed to execute 'revokeObjectURL' on 'URL': "))
    return;
  v8::Local<v8::String> url;
  if (!info[0]->ToString(info.GetIsolate()->GetCurrentContext()).ToLocal(&url))
    return;  // The conversion threw (a Symbol, a throwing toString()).
}

v8::Local<v8::String> Name(v8::Isolate* isolate, const char* name) {
  return v8::String::NewFromUtf8(isolate, name,
                                 v8::NewStringType::kInternalized)
      .FromMaybe(v8::String::Empty(isolate));
}

// A static operation (https://webidl.spec.whatwg.org/#es-operations):
// writable, enumerable and configurable, with a name and a length, not a
// constructor.
void InstallStaticOperation(v8::Isolate* isolate,
                            v8::Local<v8::FunctionTemplate> tmpl,
                            const char* name,
                            v8::FunctionCallback callback) {
  v8::Local<v8::FunctionTemplate> function = v8::FunctionTemplate::New(
      isolate, callback, v8::Local<v8::Value>(), v8::Local<v8::Signature>(),
      /*length=*/1, v8::ConstructorBehavior::kThrow);
  function->SetClassName(Name(isolate, name));
  tmpl->Set(Name(isolate, name), function, v8::None);
}

}  // namespace

bool InstallUrl(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  // https://webidl.spec.whatwg.org/#interface-object: `length` 1 (the
  // constructor's one required argument), a read-only `prototype` whose
  // @@toStringTag is "URL".
  v8::Local<v8::FunctionTemplate> tmpl =
      v8::FunctionTemplate::New(isolate, &Construct);
  tmpl->SetClassName(Name(isolate, kInterfaceName));
  tmpl->SetLength(1);
  tmpl->ReadOnlyPrototype();
  tmpl->PrototypeTemplate()->Set(
      v8::Symbol::GetToStringTag(isolate), Name(isolate, kInterfaceName),
      static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontEnum));
  InstallStaticOperation(isolate, tmpl, "createObjectURL", &CreateObjectUrl);
  InstallStaticOperation(isolate, tmpl, "revokeObjectURL", &RevokeObjectUrl);
  v8::Local<v8::Function> url;
  if (!tmpl->GetFunction(context).ToLocal(&url))
    return false;
  // https://webidl.spec.whatwg.org/#es-interfaces: a writable, configurable,
  // non-enumerable property of the global object.
  return context->Global()
      ->DefineOwnProperty(context, Name(isolate, kInterfaceName), url,
                          v8::DontEnum)
      .FromMaybe(false);
}

}  // namespace shell
}  // namespace mediacapture

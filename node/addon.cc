// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// mediacapture.node: Media Capture and Streams for Node.js, on the public
// API of include/mediacapture/ only. index.js wraps it; node/README.md
// documents what script sees.

#include <node.h>

#include <initializer_list>
#include <string>

#include "mediacapture/media_context.h"
#include "node/addon_options.h"
#include "node/addon_state.h"

namespace mediacapture {
namespace nodejs {

namespace {

AddonState* StateOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<AddonState*>(info.Data().As<v8::External>()->Value());
}

void Throw(v8::Isolate* isolate,
           v8::Local<v8::Value> (*make)(v8::Local<v8::String>),
           const std::string& message) {
  v8::Local<v8::String> text;
  if (v8::String::NewFromUtf8(isolate, message.c_str()).ToLocal(&text))
    isolate->ThrowException(make(text));
}

std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value text(isolate, value);
  return *text ? std::string(*text, text.length()) : std::string();
}

// The context whose global object info[0] is, or a TypeError.
bool ContextOfGlobal(const v8::FunctionCallbackInfo<v8::Value>& info,
                     const char* function,
                     v8::Local<v8::Context>* context) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info[0]->IsObject()) {
    v8::Local<v8::Object> object = info[0].As<v8::Object>();
    if (object->GetCreationContext().ToLocal(context) &&
        (*context)->Global()->StrictEquals(object))
      return true;
  }
  Throw(isolate, v8::Exception::TypeError,
        std::string("mediacapture.") + function +
            ": the first argument must be a global object (globalThis, or "
            "vm.runInContext('globalThis', context))");
  return false;
}

// The installed context whose global object info[0] is, or an exception.
bool InstalledContext(const v8::FunctionCallbackInfo<v8::Value>& info,
                      const char* function,
                      v8::Local<v8::Context>* context) {
  if (!ContextOfGlobal(info, function, context))
    return false;
  switch (StateOf(info)->StateOf(*context)) {
    case AddonState::State::kInstalled:
      return true;
    case AddonState::State::kNever:
      Throw(info.GetIsolate(), v8::Exception::Error,
            std::string("mediacapture.") + function +
                ": mediacapture is not installed on this global");
      return false;
    case AddonState::State::kUninstalled:
      Throw(info.GetIsolate(), v8::Exception::Error,
            std::string("mediacapture.") + function +
                ": mediacapture was uninstalled from this global");
      return false;
  }
  return false;
}

// A string argument out of |allowed|, or a TypeError.
bool OneOf(const v8::FunctionCallbackInfo<v8::Value>& info,
           int index,
           const char* function,
           const char* what,
           std::initializer_list<const char*> allowed,
           std::string* value) {
  if (info[index]->IsString()) {
    *value = ToStdString(info.GetIsolate(), info[index]);
    for (const char* name : allowed) {
      if (*value == name)
        return true;
    }
  }
  std::string list;
  for (const char* name : allowed)
    list += std::string(list.empty() ? "" : ", ") + "\"" + name + "\"";
  Throw(info.GetIsolate(), v8::Exception::TypeError,
        std::string("mediacapture.") + function + ": " + what +
            " must be one of " + list);
  return false;
}

// install(global, options)
void Install(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context;
  if (!ContextOfGlobal(info, "install", &context))
    return;
  AddonOptions options;
  if (!ReadAddonOptions(info.GetIsolate()->GetCurrentContext(), info[1],
                        &options))
    return;
  StateOf(info)->Install(context, options);
}

// uninstall(global): safe to call twice.
void Uninstall(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context;
  if (!ContextOfGlobal(info, "uninstall", &context))
    return;
  AddonState* state = StateOf(info);
  if (state->StateOf(context) == AddonState::State::kNever) {
    Throw(info.GetIsolate(), v8::Exception::Error,
          "mediacapture.uninstall: mediacapture is not installed on this "
          "global");
    return;
  }
  state->Uninstall(context);
}

// addFakeDevice(global, kind) and removeFakeDevice(global, kind): whether a
// device was plugged in or unplugged.
void ChangeFakeDevice(const v8::FunctionCallbackInfo<v8::Value>& info,
                      const char* function,
                      bool (*change)(v8::Local<v8::Context>,
                                     const std::string&)) {
  v8::Local<v8::Context> context;
  std::string kind;
  if (!InstalledContext(info, function, &context) ||
      !OneOf(info, 1, function, "kind", {"videoinput", "audioinput"}, &kind))
    return;
  v8::Context::Scope context_scope(context);
  info.GetReturnValue().Set(change(context, kind));
}

void AddFakeDeviceMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChangeFakeDevice(info, "addFakeDevice", &AddFakeDevice);
}

void RemoveFakeDeviceMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  ChangeFakeDevice(info, "removeFakeDevice", &RemoveFakeDevice);
}

// setPermission(global, name, state), for the context's own origin.
void SetPermissionMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context;
  std::string name;
  std::string state;
  if (!InstalledContext(info, "setPermission", &context) ||
      !OneOf(info, 1, "setPermission", "name", {"camera", "microphone"},
             &name) ||
      !OneOf(info, 2, "setPermission", "state", {"granted", "denied", "prompt"},
             &state))
    return;
  v8::Context::Scope context_scope(context);
  SetPermission(context, "", name, state);
}

// setHooks(reportException, emitWarning): index.js's, once.
void SetHooks(const v8::FunctionCallbackInfo<v8::Value>& info) {
  if (!info[0]->IsFunction() || !info[1]->IsFunction()) {
    Throw(info.GetIsolate(), v8::Exception::TypeError,
          "mediacapture.setHooks: two functions expected");
    return;
  }
  StateOf(info)->SetHooks(info[0].As<v8::Function>(),
                          info[1].As<v8::Function>());
}

// uninstallAll(): index.js calls it at process 'exit'.
void UninstallAll(const v8::FunctionCallbackInfo<v8::Value>& info) {
  StateOf(info)->UninstallAll();
}

bool SetMethod(v8::Local<v8::Context> context,
               v8::Local<v8::Object> exports,
               const char* name,
               v8::FunctionCallback callback,
               v8::Local<v8::External> data) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key;
  v8::Local<v8::Function> function;
  if (!v8::String::NewFromUtf8(isolate, name).ToLocal(&key) ||
      !v8::Function::New(context, callback, data, 0,
                         v8::ConstructorBehavior::kThrow)
           .ToLocal(&function))
    return false;
  function->SetName(key);
  return exports->Set(context, key, function).FromMaybe(false);
}

void Initialize(v8::Local<v8::Object> exports, v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  AddonState* state = AddonState::ForEnvironment(context);
  if (!state) {
    Throw(isolate, v8::Exception::Error,
          "mediacapture: this context belongs to no Node.js environment");
    return;
  }
  v8::Local<v8::External> data = v8::External::New(isolate, state);
  SetMethod(context, exports, "install", Install, data) &&
      SetMethod(context, exports, "uninstall", Uninstall, data) &&
      SetMethod(context, exports, "addFakeDevice", AddFakeDeviceMethod, data) &&
      SetMethod(context, exports, "removeFakeDevice", RemoveFakeDeviceMethod,
                data) &&
      SetMethod(context, exports, "setPermission", SetPermissionMethod, data) &&
      SetMethod(context, exports, "setHooks", SetHooks, data) &&
      SetMethod(context, exports, "uninstallAll", UninstallAll, data);
}

}  // namespace

}  // namespace nodejs
}  // namespace mediacapture

// Context-aware
// (https://nodejs.org/docs/latest-v18.x/api/addons.html#context-aware-addons):
// loads in worker threads too, each with its own isolate and loop.
NODE_MODULE_INIT(/* exports, module, context */) {
  static_cast<void>(module);
  mediacapture::nodejs::Initialize(exports, context);
}

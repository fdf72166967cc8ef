// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "node/script_permission_delegate.h"

#include <utility>

namespace mediacapture {
namespace nodejs {

namespace {

using DecisionCallback = PermissionDelegate::DecisionCallback;

// The decision a pending promise will make; deleted by whichever of its two
// reactions runs (a promise settles once). One whose promise never settles
// is never freed: the getUserMedia() call that asked stays pending too.
struct PendingDecision {
  DecisionCallback done;
};

void Decide(const v8::FunctionCallbackInfo<v8::Value>& info, bool fulfilled) {
  auto* pending =
      static_cast<PendingDecision*>(info.Data().As<v8::External>()->Value());
  bool granted = fulfilled && info.Length() > 0 &&
                 info[0]->BooleanValue(info.GetIsolate());
  DecisionCallback done = std::move(pending->done);
  delete pending;
  done(granted ? PermissionDecision::kGranted : PermissionDecision::kDenied);
}

void OnFulfilled(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Decide(info, true);
}

void OnRejected(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Decide(info, false);
}

bool Set(v8::Local<v8::Context> context,
         v8::Local<v8::Object> object,
         const char* name,
         v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::String> key;
  return v8::String::NewFromUtf8(isolate, name).ToLocal(&key) &&
         object->Set(context, key, value).FromMaybe(false);
}

}  // namespace

struct ScriptPermissionDelegate::State {
  v8::Isolate* isolate;
  v8::Global<v8::Function> decide;  // Empty after Shutdown().

  // Calls |decide| and passes its (eventual) answer to |done|.
  void Ask(const PermissionRequest& request, DecisionCallback done);
};

void ScriptPermissionDelegate::State::Ask(const PermissionRequest& request,
                                          DecisionCallback done) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Function> function = decide.Get(isolate);
  v8::Local<v8::Context> context;
  if (!function->GetCreationContext().ToLocal(&context)) {
    done(PermissionDecision::kDenied);
    return;
  }
  v8::Context::Scope context_scope(context);
  // A throw denies; it is not reported (the option says so).
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Object> argument = v8::Object::New(isolate);
  v8::Local<v8::String> origin;
  v8::Local<v8::Value> result;
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::String::NewFromUtf8(isolate, request.origin.c_str())
           .ToLocal(&origin) ||
      !Set(context, argument, "origin", origin) ||
      !Set(context, argument, "camera",
           v8::Boolean::New(isolate, request.camera)) ||
      !Set(context, argument, "microphone",
           v8::Boolean::New(isolate, request.microphone))) {
    done(PermissionDecision::kDenied);
    return;
  }
  v8::Local<v8::Value> argv[] = {argument};
  if (!function->Call(context, v8::Undefined(isolate), 1, argv)
           .ToLocal(&result) ||
      !v8::Promise::Resolver::New(context).ToLocal(&resolver) ||
      // Adopts a promise or a thenable, as Promise.resolve() would.
      resolver->Resolve(context, result).IsNothing()) {
    done(PermissionDecision::kDenied);
    return;
  }
  auto* pending = new PendingDecision{std::move(done)};
  v8::Local<v8::External> data = v8::External::New(isolate, pending);
  v8::Local<v8::Function> on_fulfilled;
  v8::Local<v8::Function> on_rejected;
  if (!v8::Function::New(context, OnFulfilled, data, 1)
           .ToLocal(&on_fulfilled) ||
      !v8::Function::New(context, OnRejected, data, 1).ToLocal(&on_rejected) ||
      resolver->GetPromise()
          ->Then(context, on_fulfilled, on_rejected)
          .IsEmpty()) {
    DecisionCallback failed = std::move(pending->done);
    delete pending;
    failed(PermissionDecision::kDenied);
  }
}

ScriptPermissionDelegate::ScriptPermissionDelegate(
    v8::Isolate* isolate,
    Mode mode,
    v8::Local<v8::Function> decide,
    TaskRunner* task_runner)
    : mode_(mode), task_runner_(task_runner), state_(new State{isolate, {}}) {
  if (mode_ == Mode::kAsk)
    state_->decide.Reset(isolate, decide);
}

ScriptPermissionDelegate::~ScriptPermissionDelegate() {
  Shutdown();
}

void ScriptPermissionDelegate::Shutdown() {
  state_->decide.Reset();
}

void ScriptPermissionDelegate::RequestPermission(
    const PermissionRequest& request,
    DecisionCallback done) {
  switch (mode_) {
    case Mode::kGrant:
      done(PermissionDecision::kGranted);
      return;
    case Mode::kDeny:
      done(PermissionDecision::kDenied);
      return;
    case Mode::kAsk:
      break;
  }
  // Script runs in a task of its own, never inside the library's call: it
  // may call back into the library (another getUserMedia(), uninstall()).
  std::weak_ptr<State> weak = state_;
  task_runner_->PostTask([weak, request, done = std::move(done)]() mutable {
    std::shared_ptr<State> state = weak.lock();
    if (!state || state->decide.IsEmpty()) {
      done(PermissionDecision::kDenied);
      return;
    }
    state->Ask(request, std::move(done));
  });
}

}  // namespace nodejs
}  // namespace mediacapture

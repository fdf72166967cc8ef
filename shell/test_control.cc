// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/test_control.h"

#include <cstdio>

#include "shell/event_loop.h"

namespace mediacapture {
namespace shell {

TestControl::TestControl(v8::Isolate* isolate, EventLoop* loop)
    : isolate_(isolate), loop_(loop) {}

TestControl::~TestControl() {
  if (waiting_ && !done_)
    loop_->RemoveKeepAlive();
}

bool TestControl::Install(v8::Local<v8::Context> context) {
  v8::Local<v8::Object> control = v8::Object::New(isolate_);
  v8::Local<v8::External> data = v8::External::New(isolate_, this);
  struct Method {
    const char* name;
    v8::FunctionCallback callback;
    int length;
  };
  const Method kMethods[] = {
      {"print", &TestControl::Print, 1},
      {"waitUntilDone", &TestControl::WaitUntilDone, 0},
      {"notifyDone", &TestControl::NotifyDone, 0},
      {"setTimeoutReporter", &TestControl::SetTimeoutReporter, 1},
  };
  for (const Method& method : kMethods) {
    v8::Local<v8::Function> function;
    v8::Local<v8::String> name;
    if (!v8::Function::New(context, method.callback, data, method.length)
             .ToLocal(&function) ||
        !v8::String::NewFromUtf8(isolate_, method.name).ToLocal(&name) ||
        control->Set(context, name, function).IsNothing())
      return false;
    function->SetName(name);
  }
  return context->Global()
      ->DefineOwnProperty(
          context, v8::String::NewFromUtf8Literal(isolate_, "__captureShell"),
          control, v8::DontEnum)
      .FromMaybe(false);
}

void TestControl::ReportTimeout(v8::Local<v8::Context> context) {
  if (timeout_reporter_.IsEmpty())
    return;
  v8::HandleScope handle_scope(isolate_);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> result;
  // The reporter's own errors do not matter any more: the page timed out.
  if (!timeout_reporter_.Get(isolate_)
           ->Call(context, context->Global(), 0, nullptr)
           .ToLocal(&result)) {
    return;
  }
}

// static
TestControl* TestControl::From(
    const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<TestControl*>(info.Data().As<v8::External>()->Value());
}

// static
void TestControl::Print(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::String::Utf8Value text(info.GetIsolate(), info[0]);
  if (*text)
    fwrite(*text, 1, text.length(), stdout);
  fflush(stdout);
}

// static
void TestControl::WaitUntilDone(
    const v8::FunctionCallbackInfo<v8::Value>& info) {
  TestControl* self = From(info);
  if (self->waiting_ || self->done_)
    return;
  self->waiting_ = true;
  self->loop_->AddKeepAlive();
}

// static
void TestControl::NotifyDone(const v8::FunctionCallbackInfo<v8::Value>& info) {
  TestControl* self = From(info);
  if (self->done_)
    return;
  self->done_ = true;
  if (self->waiting_)
    self->loop_->RemoveKeepAlive();
  self->loop_->Quit();
}

// static
void TestControl::SetTimeoutReporter(
    const v8::FunctionCallbackInfo<v8::Value>& info) {
  TestControl* self = From(info);
  if (info[0]->IsFunction())
    self->timeout_reporter_.Reset(info.GetIsolate(),
                                  info[0].As<v8::Function>());
  else
    self->timeout_reporter_.Reset();
}

}  // namespace shell
}  // namespace mediacapture

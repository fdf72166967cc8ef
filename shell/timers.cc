// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/timers.h"

#include "shell/error_reporter.h"
#include "shell/event_loop.h"

namespace mediacapture {
namespace shell {

struct Timers::Handler {
  v8::Global<v8::Context> context;
  v8::Global<v8::Function> function;
  std::vector<v8::Global<v8::Value>> arguments;
  v8::Global<v8::String> source;
};

namespace {

Timers* TimersOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<Timers*>(info.Data().As<v8::External>()->Value());
}

}  // namespace

Timers::Timers(v8::Isolate* isolate, EventLoop* loop, ErrorReporter* reporter)
    : isolate_(isolate), loop_(loop), reporter_(reporter) {}

Timers::~Timers() {
  for (uint64_t id : active_)
    loop_->CancelTimer(id);
}

bool Timers::Install(v8::Local<v8::Context> context) {
  v8::Local<v8::External> data = v8::External::New(isolate_, this);
  struct Global {
    const char* name;
    v8::FunctionCallback callback;
    int length;
  };
  const Global kGlobals[] = {
      {"setTimeout", &Timers::SetTimeout, 1},
      {"setInterval", &Timers::SetInterval, 1},
      {"clearTimeout", &Timers::ClearTimer, 0},
      {"clearInterval", &Timers::ClearTimer, 0},
      {"queueMicrotask", &Timers::QueueMicrotask, 1},
  };
  for (const Global& global : kGlobals) {
    v8::Local<v8::Function> function;
    v8::Local<v8::String> name;
    if (!v8::Function::New(context, global.callback, data, global.length)
             .ToLocal(&function) ||
        !v8::String::NewFromUtf8(isolate_, global.name).ToLocal(&name))
      return false;
    function->SetName(name);
    if (context->Global()->Set(context, name, function).IsNothing())
      return false;
  }
  return true;
}

// setTimeout(handler, timeout = 0, ...arguments) and setInterval(...).
// https://html.spec.whatwg.org/#timer-initialisation-steps
// static
void Timers::Start(const v8::FunctionCallbackInfo<v8::Value>& info,
                   bool repeat) {
  Timers* self = TimersOf(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  auto handler = std::make_shared<Handler>();
  handler->context.Reset(isolate, context);
  if (info.Length() > 0 && info[0]->IsFunction()) {
    handler->function.Reset(isolate, info[0].As<v8::Function>());
    for (int i = 2; i < info.Length(); ++i)
      handler->arguments.emplace_back(isolate, info[i]);
  } else {
    v8::Local<v8::Value> value = info[0];  // Undefined when absent.
    v8::Local<v8::String> source;
    if (!value->ToString(context).ToLocal(&source))
      return;
    handler->source.Reset(isolate, source);
  }
  // WebIDL `long`: ToNumber, then modulo 2^32 (NaN and Infinity are 0).
  int32_t timeout_ms = 0;
  if (info.Length() > 1 && !info[1]->Int32Value(context).To(&timeout_ms))
    return;
  // The id is known only once the timer exists; the task reads it later.
  auto id = std::make_shared<uint64_t>(0);
  *id = self->loop_->StartTimer(
      [self, handler, id, repeat]() {
        if (!repeat)
          self->active_.erase(*id);
        self->Run(*handler);
      },
      timeout_ms < 0 ? 0 : timeout_ms, repeat);
  self->active_.insert(*id);
  info.GetReturnValue().Set(static_cast<double>(*id));
}

// static
void Timers::SetTimeout(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Start(info, false);
}

// static
void Timers::SetInterval(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Start(info, true);
}

// clearTimeout(id = 0) and clearInterval(id = 0) share one map.
// static
void Timers::ClearTimer(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Timers* self = TimersOf(info);
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  int32_t id = 0;
  if (info.Length() > 0 && !info[0]->Int32Value(context).To(&id))
    return;
  // Only ids handed out to script: the loop's other timers are not script's
  // to cancel.
  if (id > 0 && self->active_.erase(static_cast<uint64_t>(id)))
    self->loop_->CancelTimer(static_cast<uint64_t>(id));
}

// https://html.spec.whatwg.org/#dom-queuemicrotask
// static
void Timers::QueueMicrotask(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsFunction()) {
    isolate->ThrowException(
        v8::Exception::TypeError(v8::String::NewFromUtf8Literal(
            isolate,
            "Failed to execute 'queueMicrotask' on 'Window': parameter 1 is "
            "not of type 'Function'.")));
    return;
  }
  isolate->EnqueueMicrotask(info[0].As<v8::Function>());
}

void Timers::Run(const Handler& handler) {
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = handler.context.Get(isolate_);
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> result;
  if (!handler.function.IsEmpty()) {
    std::vector<v8::Local<v8::Value>> args;
    for (const auto& argument : handler.arguments)
      args.push_back(argument.Get(isolate_));
    if (!handler.function.Get(isolate_)
             ->Call(context, context->Global(), static_cast<int>(args.size()),
                    args.data())
             .ToLocal(&result)) {
      reporter_->ReportException(&try_catch);
    }
    return;
  }
  v8::Local<v8::Script> script;
  if (!v8::Script::Compile(context, handler.source.Get(isolate_))
           .ToLocal(&script) ||
      !script->Run(context).ToLocal(&result)) {
    reporter_->ReportException(&try_catch);
  }
}

}  // namespace shell
}  // namespace mediacapture

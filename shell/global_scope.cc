// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/global_scope.h"

#include <time.h>

#include <uv.h>

#include "mediacapture/context.h"
#include "shell/error_reporter.h"

namespace mediacapture {
namespace shell {

namespace {

// TEMPORARY (issue 4): a stand-in for EventTarget on the global object,
// until the bindings generator's EventTarget and Event exist; then the global
// becomes a real EventTarget and this goes away. It is only what
// testharness.js and the shell's own events need: addEventListener (with
// `once` and `capture` deduplication), removeEventListener, on<type>
// handler properties, and a `fire` the shell calls for `load`, `error` and
// `unhandledrejection`. Events are plain
// objects; preventDefault() works on cancelable ones. A listener that throws
// is reported and dispatch goes on.
constexpr char kEventTargetShim[] = R"JS(
(function(global, reportException) {
  'use strict';
  const listeners = new Map();
  function captureOf(options) {
    return typeof options === 'boolean' ? options
                                        : !!(options && options.capture);
  }
  function addEventListener(type, callback, options) {
    if (callback === null || callback === undefined)
      return;
    type = String(type);
    const capture = captureOf(options);
    const once = !!(options && typeof options === 'object' && options.once);
    let list = listeners.get(type);
    if (!list)
      listeners.set(type, list = []);
    if (list.some(l => l.callback === callback && l.capture === capture))
      return;
    list.push({callback, capture, once, removed: false});
  }
  function removeEventListener(type, callback, options) {
    const capture = captureOf(options);
    const list = listeners.get(String(type)) || [];
    const index =
        list.findIndex(l => l.callback === callback && l.capture === capture);
    if (index >= 0) {
      list[index].removed = true;
      list.splice(index, 1);
    }
  }
  function fire(type, init) {
    const event = Object.assign({
      type,
      target: global,
      currentTarget: global,
      bubbles: false,
      cancelable: type !== 'load',
      defaultPrevented: false,
      timeStamp: performance.now(),
      preventDefault() {
        if (this.cancelable)
          this.defaultPrevented = true;
      },
      stopPropagation() {},
      stopImmediatePropagation() {},
    }, init);
    for (const listener of (listeners.get(type) || []).slice()) {
      if (listener.removed)
        continue;
      if (listener.once)
        removeEventListener(type, listener.callback, listener.capture);
      try {
        if (typeof listener.callback === 'function')
          listener.callback.call(global, event);
        else
          listener.callback.handleEvent(event);
      } catch (e) {
        reportException(e);
      }
    }
    // The event handler attribute (window.onload = ...) runs after the
    // listeners; onerror gets HTML's five arguments and cancels by
    // returning true, any other handler by returning false.
    const handler = global['on' + type];
    if (typeof handler === 'function') {
      try {
        if (type === 'error') {
          if (handler.call(global, event.message, event.filename,
                           event.lineno, event.colno, event.error) === true)
            event.preventDefault();
        } else if (handler.call(global, event) === false) {
          event.preventDefault();
        }
      } catch (e) {
        reportException(e);
      }
    }
    return !event.defaultPrevented;
  }
  for (const [name, value] of Object.entries({addEventListener,
                                              removeEventListener})) {
    Object.defineProperty(global, name, {value, writable: true,
                                         configurable: true});
  }
  return fire;
})
)JS";

v8::Local<v8::String> V8String(v8::Isolate* isolate, const std::string& text) {
  return v8::String::NewFromUtf8(isolate, text.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(text.size()))
      .FromMaybe(v8::String::Empty(isolate));
}

double EpochMsNow() {
  struct timespec now;
  clock_gettime(CLOCK_REALTIME, &now);
  return static_cast<double>(now.tv_sec) * 1000.0 +
         static_cast<double>(now.tv_nsec) / 1e6;
}

// Sets |name| on |object| as a data property with |attributes|.
bool Define(v8::Local<v8::Context> context,
            v8::Local<v8::Object> object,
            const char* name,
            v8::Local<v8::Value> value,
            v8::PropertyAttribute attributes = v8::None) {
  return object
      ->DefineOwnProperty(context, V8String(context->GetIsolate(), name), value,
                          attributes)
      .FromMaybe(false);
}

}  // namespace

GlobalScope::GlobalScope(v8::Isolate* isolate, ErrorReporter* reporter)
    : isolate_(isolate),
      reporter_(reporter),
      time_origin_ns_(uv_hrtime()),
      time_origin_epoch_ms_(EpochMsNow()) {}

GlobalScope::~GlobalScope() = default;

double GlobalScope::Now() const {
  return static_cast<double>(uv_hrtime() - time_origin_ns_) / 1e6;
}

bool GlobalScope::Install(v8::Local<v8::Context> context,
                          const PageLocation& location) {
  v8::Local<v8::Object> global = context->Global();
  // window is [LegacyUnforgeable]; self is [Replaceable].
  if (!Define(
          context, global, "window", global,
          static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontDelete)) ||
      !Define(context, global, "self", global)) {
    return false;
  }
  bool secure = IsPotentiallyTrustworthyOrigin(location.origin);
  if (!Define(context, global, "isSecureContext",
              v8::Boolean::New(isolate_, secure), v8::ReadOnly)) {
    return false;
  }
  return InstallPerformance(context) && InstallLocation(context, location) &&
         InstallEventTarget(context);
}

bool GlobalScope::InstallPerformance(v8::Local<v8::Context> context) {
  v8::Local<v8::Object> performance = v8::Object::New(isolate_);
  v8::Local<v8::Function> now;
  if (!v8::Function::New(context, &GlobalScope::PerformanceNow,
                         v8::External::New(isolate_, this), 0)
           .ToLocal(&now)) {
    return false;
  }
  now->SetName(V8String(isolate_, "now"));
  return Define(context, performance, "now", now) &&
         Define(context, performance, "timeOrigin",
                v8::Number::New(isolate_, time_origin_epoch_ms_),
                v8::ReadOnly) &&
         Define(context, context->Global(), "performance", performance);
}

bool GlobalScope::InstallLocation(v8::Local<v8::Context> context,
                                  const PageLocation& location) {
  // A plain object with the URL's parts (https://url.spec.whatwg.org/).
  std::string protocol = location.origin.substr(0, location.origin.find(':'));
  std::string host = location.origin == "file://"
                         ? std::string()
                         : location.origin.substr(protocol.size() + 3);
  std::string hostname = host.substr(0, host.rfind(':'));
  std::string port = host.size() > hostname.size()
                         ? host.substr(hostname.size() + 1)
                         : std::string();
  std::string pathname =
      location.origin == "file://" ? location.file_path : location.url_path;
  struct Part {
    const char* name;
    std::string value;
  };
  const Part kParts[] = {
      {"href", location.href},
      {"origin", location.origin},
      {"protocol", protocol + ":"},
      {"host", host},
      {"hostname", hostname},
      {"port", port},
      {"pathname", pathname},
      {"search", ""},
      {"hash", ""},
  };
  v8::Local<v8::Object> object = v8::Object::New(isolate_);
  for (const Part& part : kParts) {
    if (!Define(context, object, part.name, V8String(isolate_, part.value),
                v8::ReadOnly))
      return false;
  }
  v8::Local<v8::Function> to_string;
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::Script::Compile(context,
                           V8String(isolate_,
                                    "(function toString() { return this.href; "
                                    "})"))
           .ToLocal(&script) ||
      !script->Run(context).ToLocal(&result) || !result->IsFunction()) {
    return false;
  }
  return Define(context, object, "toString", result, v8::DontEnum) &&
         Define(context, context->Global(), "location", object);
}

bool GlobalScope::InstallEventTarget(v8::Local<v8::Context> context) {
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> factory;
  v8::Local<v8::Function> report;
  v8::ScriptOrigin origin(isolate_,
                          V8String(isolate_, "capture_shell:event_target"));
  if (!v8::Script::Compile(context, V8String(isolate_, kEventTargetShim),
                           &origin)
           .ToLocal(&script) ||
      !script->Run(context).ToLocal(&factory) || !factory->IsFunction() ||
      !v8::Function::New(context, &GlobalScope::ReportException,
                         v8::External::New(isolate_, this), 1)
           .ToLocal(&report)) {
    return false;
  }
  v8::Local<v8::Value> args[] = {context->Global(), report};
  v8::Local<v8::Value> fire;
  if (!factory.As<v8::Function>()
           ->Call(context, context->Global(), 2, args)
           .ToLocal(&fire) ||
      !fire->IsFunction()) {
    return false;
  }
  fire_.Reset(isolate_, fire.As<v8::Function>());
  reporter_->SetEventFirer(context, fire.As<v8::Function>());
  return true;
}

void GlobalScope::FireEvent(v8::Local<v8::Context> context, const char* type) {
  v8::HandleScope handle_scope(isolate_);
  v8::Context::Scope context_scope(context);
  if (fire_.IsEmpty())
    return;
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> args[] = {V8String(isolate_, type),
                                 v8::Object::New(isolate_)};
  v8::Local<v8::Value> result;
  if (!fire_.Get(isolate_)
           ->Call(context, context->Global(), 2, args)
           .ToLocal(&result)) {
    reporter_->ReportException(&try_catch);
  }
}

// static
void GlobalScope::PerformanceNow(
    const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* self =
      static_cast<GlobalScope*>(info.Data().As<v8::External>()->Value());
  info.GetReturnValue().Set(self->Now());
}

// static
void GlobalScope::ReportException(
    const v8::FunctionCallbackInfo<v8::Value>& info) {
  auto* self =
      static_cast<GlobalScope*>(info.Data().As<v8::External>()->Value());
  self->reporter_->ReportException(info[0], v8::Local<v8::Message>());
}

}  // namespace shell
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/error_reporter.h"

#include <cstdio>
#include <string>
#include <utility>

#include "shell/event_loop.h"
#include "shell/reporting.h"

namespace mediacapture {
namespace shell {

namespace {

// V8's PromiseRejectCallback carries no data pointer; there is one isolate,
// and so one reporter, per JS thread.
thread_local ErrorReporter* g_reporter = nullptr;

v8::Local<v8::String> V8String(v8::Isolate* isolate, const char* text) {
  return v8::String::NewFromUtf8(isolate, text)
      .FromMaybe(v8::String::Empty(isolate));
}

std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

}  // namespace

ErrorReporter::ErrorReporter(v8::Isolate* isolate, EventLoop* loop)
    : isolate_(isolate), loop_(loop) {
  g_reporter = this;
  // Exceptions thrown by microtasks (queueMicrotask callbacks, promise
  // reactions) reach V8's message listeners rather than a TryCatch.
  // Registered without data, V8 passes the thrown value as the data.
  isolate_->AddMessageListenerWithErrorLevel(&ErrorReporter::OnMessage,
                                             v8::Isolate::kMessageError);
  isolate_->SetPromiseRejectCallback(&ErrorReporter::OnPromiseReject);
}

ErrorReporter::~ErrorReporter() {
  isolate_->SetPromiseRejectCallback(nullptr);
  isolate_->RemoveMessageListeners(&ErrorReporter::OnMessage);
  if (g_reporter == this)
    g_reporter = nullptr;
}

void ErrorReporter::SetEventFirer(v8::Local<v8::Context> context,
                                  v8::Local<v8::Function> fire) {
  context_.Reset(isolate_, context);
  fire_.Reset(isolate_, fire);
}

void ErrorReporter::ReportException(v8::TryCatch* try_catch) {
  if (try_catch->HasTerminated() || !try_catch->HasCaught())
    return;
  ReportException(try_catch->Exception(), try_catch->Message());
}

void ErrorReporter::ReportException(v8::Local<v8::Value> exception,
                                    v8::Local<v8::Message> message) {
  if (IsTerminated())
    return;
  v8::HandleScope handle_scope(isolate_);
  if (message.IsEmpty())
    message = v8::Exception::CreateMessage(isolate_, exception);
  v8::Local<v8::Context> context = isolate_->GetCurrentContext();
  if (!context_.IsEmpty())
    context = context_.Get(isolate_);
  if (context.IsEmpty()) {
    // No context to format in (nor to fire at); converting the value would
    // need one too.
    had_uncaught_error_ = true;
    Print("Uncaught exception (no context to report it in)\n");
    return;
  }
  v8::Context::Scope context_scope(context);

  bool not_cancelled = true;
  if (!in_error_event_ && !fire_.IsEmpty()) {
    // https://html.spec.whatwg.org/#report-an-exception: an ErrorEvent with
    // the message, the location and the value thrown.
    v8::Local<v8::Object> init = v8::Object::New(isolate_);
    int line = message->GetLineNumber(context).FromMaybe(0);
    int column = message->GetStartColumn(context).FromMaybe(0) + 1;
    bool ok = init->Set(context, V8String(isolate_, "message"), message->Get())
                  .FromMaybe(false) &&
              init->Set(context, V8String(isolate_, "filename"),
                        message->GetScriptResourceName())
                  .FromMaybe(false) &&
              init->Set(context, V8String(isolate_, "lineno"),
                        v8::Integer::New(isolate_, line))
                  .FromMaybe(false) &&
              init->Set(context, V8String(isolate_, "colno"),
                        v8::Integer::New(isolate_, column))
                  .FromMaybe(false) &&
              init->Set(context, V8String(isolate_, "error"), exception)
                  .FromMaybe(false);
    if (ok) {
      in_error_event_ = true;
      not_cancelled = FireEvent("error", init);
      in_error_event_ = false;
    }
  }
  if (not_cancelled) {
    had_uncaught_error_ = true;
    Print(FormatException(isolate_, exception, message));
  }
}

// static
void ErrorReporter::ReportFromLibrary(v8::Isolate* isolate,
                                      v8::Local<v8::Value> exception,
                                      v8::Local<v8::Message> message) {
  if (g_reporter && g_reporter->isolate_ == isolate)
    g_reporter->ReportException(exception, message);
}

void ErrorReporter::NotifyAboutRejectedPromises() {
  if (pending_rejections_.empty())
    return;
  // HTML queues a task to fire the events, so handlers attached by the
  // checkpoint that just ran still count.
  auto rejections =
      std::make_shared<std::vector<Rejection>>(std::move(pending_rejections_));
  pending_rejections_.clear();
  loop_->PostTask(
      [this, rejections]() { ReportRejections(std::move(*rejections)); });
}

void ErrorReporter::ReportRejections(std::vector<Rejection> rejections) {
  v8::HandleScope handle_scope(isolate_);
  if (context_.IsEmpty() || IsTerminated())
    return;
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::Context::Scope context_scope(context);
  for (Rejection& rejection : rejections) {
    v8::Local<v8::Promise> promise = rejection.promise.Get(isolate_);
    v8::Local<v8::Value> reason = rejection.reason.Get(isolate_);
    if (promise->HasHandler())
      continue;
    bool not_cancelled = true;
    if (!fire_.IsEmpty()) {
      v8::Local<v8::Object> init = v8::Object::New(isolate_);
      if (init->Set(context, V8String(isolate_, "promise"), promise)
              .FromMaybe(false) &&
          init->Set(context, V8String(isolate_, "reason"), reason)
              .FromMaybe(false)) {
        not_cancelled = FireEvent("unhandledrejection", init);
      }
    }
    if (!not_cancelled)
      continue;
    had_uncaught_error_ = true;
    // Reported as Chromium's console does: "Uncaught (in promise) ...".
    v8::Local<v8::Message> message =
        v8::Exception::CreateMessage(isolate_, reason);
    if (!reason->IsNativeError() ||
        message->GetScriptResourceName()->IsUndefined()) {
      Print("Uncaught (in promise) " + ToStdString(isolate_, reason) + "\n");
      continue;
    }
    std::string report = FormatException(isolate_, reason, message);
    size_t at = report.find("Uncaught ");
    if (at != std::string::npos)
      report.insert(at + 9, "(in promise) ");
    Print(report);
  }
}

bool ErrorReporter::IsTerminated() const {
  return isolate_->IsExecutionTerminating() || (terminated_ && terminated_());
}

bool ErrorReporter::FireEvent(const char* type, v8::Local<v8::Object> init) {
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> args[] = {V8String(isolate_, type), init};
  v8::Local<v8::Value> result;
  if (!fire_.Get(isolate_)
           ->Call(context, context->Global(), 2, args)
           .ToLocal(&result)) {
    return true;
  }
  return result->BooleanValue(isolate_);
}

void ErrorReporter::Print(const std::string& text) {
  fwrite(text.data(), 1, text.size(), stderr);
  fflush(stderr);
}

// static
void ErrorReporter::OnMessage(v8::Local<v8::Message> message,
                              v8::Local<v8::Value> data) {
  // |data| is the value thrown (see the constructor).
  if (g_reporter)
    g_reporter->ReportException(data, message);
}

// static
void ErrorReporter::OnPromiseReject(v8::PromiseRejectMessage message) {
  ErrorReporter* reporter = g_reporter;
  if (!reporter)
    return;
  v8::Isolate* isolate = reporter->isolate_;
  v8::Local<v8::Promise> promise = message.GetPromise();
  switch (message.GetEvent()) {
    case v8::kPromiseRejectWithNoHandler:
      reporter->pending_rejections_.push_back(
          {v8::Global<v8::Promise>(isolate, promise),
           v8::Global<v8::Value>(isolate, message.GetValue())});
      break;
    case v8::kPromiseHandlerAddedAfterReject:
      for (auto it = reporter->pending_rejections_.begin();
           it != reporter->pending_rejections_.end(); ++it) {
        if (it->promise == promise) {
          reporter->pending_rejections_.erase(it);
          break;
        }
      }
      break;
    case v8::kPromiseRejectAfterResolved:
    case v8::kPromiseResolveAfterResolved:
      break;
  }
}

}  // namespace shell
}  // namespace mediacapture

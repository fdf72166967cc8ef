// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/fetch.h"

#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "shell/event_loop.h"
#include "shell/script_runner.h"

namespace mediacapture {
namespace shell {

namespace {

constexpr int kStatusOk = 200;
constexpr int kStatusNotFound = 404;

v8::Local<v8::String> V8String(v8::Isolate* isolate, const std::string& text) {
  return v8::String::NewFromUtf8(isolate, text.data(),
                                 v8::NewStringType::kNormal,
                                 static_cast<int>(text.size()))
      .FromMaybe(v8::String::Empty(isolate));
}

Fetch* FetchOf(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<Fetch*>(info.Data().As<v8::External>()->Value());
}

}  // namespace

Fetch::Fetch(v8::Isolate* isolate,
             EventLoop* loop,
             const ResourceResolver* resolver,
             PageLocation page)
    : isolate_(isolate),
      loop_(loop),
      resolver_(resolver),
      page_(std::move(page)) {}

Fetch::~Fetch() = default;

bool Fetch::Install(v8::Local<v8::Context> context) {
  v8::Local<v8::External> data = v8::External::New(isolate_, this);
  body_key_.Reset(isolate_,
                  v8::Private::New(isolate_, V8String(isolate_, "body")));
  v8::Local<v8::Function> fetch;
  v8::Local<v8::Function> text;
  v8::Local<v8::Function> json;
  if (!v8::Function::New(context, &Fetch::FetchMethod, data, 1)
           .ToLocal(&fetch) ||
      !v8::Function::New(context, &Fetch::Text, data, 0).ToLocal(&text) ||
      !v8::Function::New(context, &Fetch::Json, data, 0).ToLocal(&json)) {
    return false;
  }
  fetch->SetName(V8String(isolate_, "fetch"));
  text->SetName(V8String(isolate_, "text"));
  json->SetName(V8String(isolate_, "json"));
  text_.Reset(isolate_, text);
  json_.Reset(isolate_, json);
  return context->Global()
      ->Set(context, V8String(isolate_, "fetch"), fetch)
      .FromMaybe(false);
}

// static
void Fetch::FetchMethod(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Fetch* self = FetchOf(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver))
    return;
  info.GetReturnValue().Set(resolver->GetPromise());

  v8::Local<v8::String> input;
  if (!info[0]->ToString(context).ToLocal(&input))
    return;
  // Only GET: anything else would need a server.
  if (info[1]->IsObject()) {
    v8::Local<v8::Value> method;
    if (!info[1]
             .As<v8::Object>()
             ->Get(context, V8String(isolate, "method"))
             .ToLocal(&method))
      return;
    v8::String::Utf8Value method_text(isolate, method);
    if (!method->IsUndefined() && *method_text &&
        std::string(*method_text) != "GET") {
      resolver
          ->Reject(context,
                   v8::Exception::TypeError(V8String(
                       isolate, "capture_shell's fetch() only supports GET")))
          .FromMaybe(false);
      return;
    }
  }
  v8::String::Utf8Value input_text(isolate, input);
  std::string reference = *input_text ? *input_text : "";

  // The response arrives in a later task, as it would from a network.
  auto pending =
      std::make_shared<v8::Global<v8::Promise::Resolver>>(isolate, resolver);
  auto pending_context =
      std::make_shared<v8::Global<v8::Context>>(isolate, context);
  self->loop_->PostTask([self, pending, pending_context, reference]() {
    v8::Isolate* isolate = self->isolate_;
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = pending_context->Get(isolate);
    v8::Context::Scope context_scope(context);
    bool refused = false;
    std::optional<std::string> file =
        self->resolver_->Resolve(self->page_, reference, nullptr, &refused);
    if (refused) {
      // A network error, as Chromium reports a blocked request (a local file
      // from a web origin, another origin): no Response at all.
      pending->Get(isolate)
          ->Reject(context, v8::Exception::TypeError(
                                V8String(isolate, "Failed to fetch")))
          .FromMaybe(false);
      return;
    }
    std::string body;
    std::string error;
    int status =
        file && ReadFile(*file, &body, &error) ? kStatusOk : kStatusNotFound;
    if (status != kStatusOk)
      body.clear();
    v8::Local<v8::Object> response;
    if (!self->NewResponse(context, status,
                           ResourceResolver::UrlOf(self->page_, reference),
                           body)
             .ToLocal(&response))
      return;
    pending->Get(isolate)->Resolve(context, response).FromMaybe(false);
  });
}

v8::MaybeLocal<v8::Object> Fetch::NewResponse(v8::Local<v8::Context> context,
                                              int status,
                                              const std::string& url,
                                              const std::string& body) {
  v8::Local<v8::Object> response = v8::Object::New(isolate_);
  bool ok = status >= 200 && status <= 299;
  struct Field {
    const char* name;
    v8::Local<v8::Value> value;
  };
  const Field kFields[] = {
      {"type", V8String(isolate_, "basic")},
      {"url", V8String(isolate_, url)},
      {"redirected", v8::False(isolate_)},
      {"status", v8::Integer::New(isolate_, status)},
      {"ok", v8::Boolean::New(isolate_, ok)},
      {"statusText", V8String(isolate_, ok ? "OK" : "Not Found")},
      {"bodyUsed", v8::False(isolate_)},
      {"text", text_.Get(isolate_)},
      {"json", json_.Get(isolate_)},
  };
  for (const Field& field : kFields) {
    if (response->Set(context, V8String(isolate_, field.name), field.value)
            .IsNothing())
      return {};
  }
  if (response
          ->SetPrivate(context, body_key_.Get(isolate_),
                       V8String(isolate_, body))
          .IsNothing())
    return {};
  return response;
}

// static
bool Fetch::TakeBody(const v8::FunctionCallbackInfo<v8::Value>& info,
                     v8::Local<v8::Promise::Resolver> resolver,
                     v8::Local<v8::String>* body) {
  Fetch* self = FetchOf(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> response = info.This();
  v8::Local<v8::Value> stored;
  v8::Local<v8::Value> used;
  if (!response->GetPrivate(context, self->body_key_.Get(isolate))
           .ToLocal(&stored) ||
      !stored->IsString()) {
    resolver
        ->Reject(context, v8::Exception::TypeError(V8String(
                              isolate, "Illegal invocation: not a Response")))
        .FromMaybe(false);
    return false;
  }
  if (!response->Get(context, V8String(isolate, "bodyUsed")).ToLocal(&used))
    return false;
  if (used->BooleanValue(isolate)) {
    resolver
        ->Reject(context, v8::Exception::TypeError(
                              V8String(isolate, "body stream already read")))
        .FromMaybe(false);
    return false;
  }
  if (response->Set(context, V8String(isolate, "bodyUsed"), v8::True(isolate))
          .IsNothing())
    return false;
  *body = stored.As<v8::String>();
  return true;
}

// static
void Fetch::Text(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Context> context = info.GetIsolate()->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver))
    return;
  info.GetReturnValue().Set(resolver->GetPromise());
  v8::Local<v8::String> body;
  if (TakeBody(info, resolver, &body))
    resolver->Resolve(context, body).FromMaybe(false);
}

// static
void Fetch::Json(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Promise::Resolver> resolver;
  if (!v8::Promise::Resolver::New(context).ToLocal(&resolver))
    return;
  info.GetReturnValue().Set(resolver->GetPromise());
  v8::Local<v8::String> body;
  if (!TakeBody(info, resolver, &body))
    return;
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> value;
  if (v8::JSON::Parse(context, body).ToLocal(&value))
    resolver->Resolve(context, value).FromMaybe(false);
  else
    resolver->Reject(context, try_catch.Exception()).FromMaybe(false);
}

}  // namespace shell
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_FETCH_H_
#define SHELL_FETCH_H_

#include <string>

#include <v8.h>

#include "shell/resource_resolver.h"

namespace mediacapture {
namespace shell {

class EventLoop;

// A minimal fetch() (https://fetch.spec.whatwg.org/#fetch-method) that reads
// files the way the page's scripts are found (ResourceResolver), so that
// idlharness's idl_test can load /interfaces/*.idl. Only GET of a URL
// string. The promise resolves in a later task with a Response-like object:
// ok, status, statusText, url, bodyUsed, text(), json(). A file that does not
// exist gives a 404 Response, not a rejection.
//
// JS thread only. |loop| and |resolver| outlive it.
class Fetch {
 public:
  Fetch(v8::Isolate* isolate,
        EventLoop* loop,
        const ResourceResolver* resolver,
        PageLocation page);
  Fetch(const Fetch&) = delete;
  Fetch& operator=(const Fetch&) = delete;
  ~Fetch();

  bool Install(v8::Local<v8::Context> context);

 private:
  static void FetchMethod(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Text(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void Json(const v8::FunctionCallbackInfo<v8::Value>& info);

  // Takes the body of the Response that is |info|'s receiver; rejects the
  // returned promise and returns false when it is unusable.
  static bool TakeBody(const v8::FunctionCallbackInfo<v8::Value>& info,
                       v8::Local<v8::Promise::Resolver> resolver,
                       v8::Local<v8::String>* body);

  v8::MaybeLocal<v8::Object> NewResponse(v8::Local<v8::Context> context,
                                         int status,
                                         const std::string& url,
                                         const std::string& body);

  v8::Isolate* const isolate_;
  EventLoop* const loop_;
  const ResourceResolver* const resolver_;
  const PageLocation page_;
  v8::Global<v8::Private> body_key_;
  v8::Global<v8::Function> text_;
  v8::Global<v8::Function> json_;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_FETCH_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/window_interface.h"

namespace mediacapture {
namespace shell {

namespace {

constexpr char kWindowShim[] = R"JS(
(function(global) {
  'use strict';
  if ('Window' in global)
    return;
  function Window() {
    throw new TypeError('Illegal constructor');
  }
  const proto = Object.create(Object.getPrototypeOf(global), {
    constructor: {value: Window, writable: true, configurable: true},
    [Symbol.toStringTag]: {value: 'Window', configurable: true},
  });
  Object.defineProperty(Window, 'prototype', {value: proto});
  Object.setPrototypeOf(global, proto);
  Object.defineProperty(global, 'Window',
                        {value: Window, writable: true, configurable: true});
})
)JS";

}  // namespace

bool InstallWindowInterface(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::String> source;
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> installer;
  if (!v8::String::NewFromUtf8(isolate, kWindowShim).ToLocal(&source) ||
      !v8::Script::Compile(context, source).ToLocal(&script) ||
      !script->Run(context).ToLocal(&installer) || !installer->IsFunction())
    return false;
  v8::Local<v8::Value> args[] = {context->Global()};
  v8::Local<v8::Value> result;
  return installer.As<v8::Function>()
      ->Call(context, context->Global(), 1, args)
      .ToLocal(&result);
}

}  // namespace shell
}  // namespace mediacapture

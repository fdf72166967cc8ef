// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "tools/testing/v8_test_environment.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>

namespace mediacapture {
namespace testing {

Environment* SharedEnvironment() {
  static Environment* environment = [] {
    Environment::Options options;
    options.v8_flags.push_back("--expose-gc");
    std::string error;
    std::unique_ptr<Environment> created = Environment::Create(options, &error);
    if (!created) {
      fprintf(stderr, "cannot create the test environment: %s\n",
              error.c_str());
      abort();
    }
    return created.release();
  }();
  return environment;
}

struct V8TestScope::Scopes {
  explicit Scopes(v8::Isolate* isolate)
      : isolate_scope(isolate),
        handle_scope(isolate),
        context(v8::Context::New(isolate)),
        context_scope(context) {}
  v8::Isolate::Scope isolate_scope;
  v8::HandleScope handle_scope;
  v8::Local<v8::Context> context;
  v8::Context::Scope context_scope;
};

V8TestScope::V8TestScope()
    : isolate_(SharedEnvironment()->NewIsolate()),
      scopes_(new Scopes(isolate_)) {}

V8TestScope::~V8TestScope() {
  delete scopes_;
  SharedEnvironment()->DisposeIsolate(isolate_);
}

v8::Local<v8::Context> V8TestScope::context() const {
  return scopes_->context;
}

v8::MaybeLocal<v8::Value> V8TestScope::Run(const char* source) {
  v8::EscapableHandleScope scope(isolate_);
  v8::Local<v8::String> code;
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::String::NewFromUtf8(isolate_, source).ToLocal(&code) ||
      !v8::Script::Compile(context(), code).ToLocal(&script) ||
      !script->Run(context()).ToLocal(&result))
    return {};
  return scope.Escape(result);
}

}  // namespace testing
}  // namespace mediacapture

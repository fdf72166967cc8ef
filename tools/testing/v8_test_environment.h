// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef TOOLS_TESTING_V8_TEST_ENVIRONMENT_H_
#define TOOLS_TESTING_V8_TEST_ENVIRONMENT_H_

#include <v8.h>

#include "mediacapture/environment.h"

namespace mediacapture {
namespace testing {

// The process's one Environment, created on first use and kept until exit
// (V8 cannot be initialized twice in a process).
Environment* SharedEnvironment();

// A fresh isolate and context for one test, entered for the test's scope.
class V8TestScope {
 public:
  V8TestScope();
  V8TestScope(const V8TestScope&) = delete;
  V8TestScope& operator=(const V8TestScope&) = delete;
  ~V8TestScope();

  v8::Isolate* isolate() const { return isolate_; }
  v8::Local<v8::Context> context() const;

  // Runs |source| and returns its completion value (empty on exception).
  v8::MaybeLocal<v8::Value> Run(const char* source);

 private:
  v8::Isolate* isolate_;
  struct Scopes;
  Scopes* scopes_;
};

}  // namespace testing
}  // namespace mediacapture

#endif  // TOOLS_TESTING_V8_TEST_ENVIRONMENT_H_

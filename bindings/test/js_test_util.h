// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Runs script in a V8TestScope with every interface installed, and returns
// what it gave as a string, so tests read like the JS they check.

#ifndef BINDINGS_TEST_JS_TEST_UTIL_H_
#define BINDINGS_TEST_JS_TEST_UTIL_H_

#include <string>

#include <v8.h>

#include "tools/testing/v8_test_environment.h"

namespace mediacapture {
namespace testing {

// A V8TestScope whose context has InstallInterfaces() applied.
class BindingsTestScope : public V8TestScope {
 public:
  explicit BindingsTestScope(bool secure_context = true);
  ~BindingsTestScope();

  // The completion value of |source| converted with String(), or
  // "throws <String(exception)>" if it threw.
  std::string Eval(const char* source);
  // Runs the microtask queue (promise reactions).
  void RunMicrotasks();
};

}  // namespace testing
}  // namespace mediacapture

#endif  // BINDINGS_TEST_JS_TEST_UTIL_H_

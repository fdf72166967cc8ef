// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/reporting.h"

#include <catch2/catch.hpp>

#include "tools/testing/v8_test_environment.h"

namespace mediacapture {
namespace shell {
namespace {

std::string ReportOf(testing::V8TestScope& scope,
                     const char* name,
                     const char* source) {
  v8::Isolate* isolate = scope.isolate();
  v8::TryCatch try_catch(isolate);
  v8::ScriptOrigin origin(
      isolate, v8::String::NewFromUtf8(isolate, name).ToLocalChecked());
  v8::Local<v8::Script> script;
  if (v8::Script::Compile(
          scope.context(),
          v8::String::NewFromUtf8(isolate, source).ToLocalChecked(), &origin)
          .ToLocal(&script)) {
    CHECK(script->Run(scope.context()).IsEmpty());
  }
  REQUIRE(try_catch.HasCaught());
  return FormatException(isolate, &try_catch);
}

TEST_CASE("a syntax error is one line with file and line") {
  testing::V8TestScope scope;
  std::string report = ReportOf(scope, "bad.js", "let a = 1;\nlet = = 2;\n");
  CHECK(report.rfind("bad.js:2: SyntaxError: ", 0) == 0);
  CHECK(report.find('\n') == report.size() - 1);
}

TEST_CASE(
    "an uncaught error shows file:line, the source, a caret and a stack") {
  testing::V8TestScope scope;
  std::string report =
      ReportOf(scope, "throws.js",
               "function f() {\n  throw new TypeError('boom');\n}\nf();\n");
  CHECK(report.rfind("throws.js:2: Uncaught TypeError: boom\n", 0) == 0);
  CHECK(report.find("  throw new TypeError('boom');\n") != std::string::npos);
  CHECK(report.find("^") != std::string::npos);
  CHECK(report.find("at f (throws.js:2:") != std::string::npos);
}

TEST_CASE("a thrown primitive is reported without a stack") {
  testing::V8TestScope scope;
  std::string report = ReportOf(scope, "prim.js", "throw 7;");
  CHECK(report.rfind("prim.js:1: Uncaught 7\n", 0) == 0);
}

}  // namespace
}  // namespace shell
}  // namespace mediacapture

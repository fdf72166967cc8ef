// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/console.h"

#include <catch2/catch.hpp>

#include "tools/testing/v8_test_environment.h"

namespace mediacapture {
namespace shell {
namespace {

std::string FormatOf(testing::V8TestScope& scope, const char* source) {
  v8::Local<v8::Value> value;
  REQUIRE(scope.Run(source).ToLocal(&value));
  return ConsoleFormat(scope.context(), value);
}

TEST_CASE("console formats each kind of value the way a reader expects") {
  testing::V8TestScope scope;
  CHECK(FormatOf(scope, "'plain text'") == "plain text");
  CHECK(FormatOf(scope, "42") == "42");
  CHECK(FormatOf(scope, "undefined") == "undefined");
  CHECK(FormatOf(scope, "null") == "null");
  CHECK(FormatOf(scope, "({a: 1, b: [true, 'x']})") ==
        "{\"a\":1,\"b\":[true,\"x\"]}");
  CHECK(FormatOf(scope, "new TypeError('bad')") == "TypeError: bad");
  CHECK(FormatOf(scope, "Symbol('s')") == "Symbol(s)");
}

TEST_CASE("an object whose JSON form throws still prints") {
  testing::V8TestScope scope;
  CHECK(FormatOf(scope, "({toJSON() { throw new Error('no'); }})") ==
        "[object Object]");
  CHECK(FormatOf(scope, "(() => { const o = {}; o.self = o; return o; })()") ==
        "[object Object]");
}

TEST_CASE("console is installed with the five methods") {
  testing::V8TestScope scope;
  REQUIRE(InstallConsole(scope.context()));
  v8::Local<v8::Value> value;
  REQUIRE(scope
              .Run("['log','info','debug','warn','error'].every("
                   "m => typeof console[m] === 'function')")
              .ToLocal(&value));
  CHECK(value->IsTrue());
}

}  // namespace
}  // namespace shell
}  // namespace mediacapture

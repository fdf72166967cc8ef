// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "mediacapture/environment.h"

#include <catch2/catch.hpp>

#include "mediacapture/version.h"
#include "tools/testing/v8_test_environment.h"

namespace mediacapture {
namespace {

TEST_CASE("the version string matches the version macros") {
  CHECK(std::string(Version()) ==
        std::to_string(MEDIACAPTURE_VERSION_MAJOR) + "." +
            std::to_string(MEDIACAPTURE_VERSION_MINOR) + "." +
            std::to_string(MEDIACAPTURE_VERSION_PATCH));
}

TEST_CASE("a second environment in one process is refused with a reason") {
  REQUIRE(testing::SharedEnvironment() != nullptr);
  std::string error;
  CHECK(Environment::Create(Environment::Options(), &error) == nullptr);
  CHECK(error.find("once per process") != std::string::npos);
}

TEST_CASE("isolates from the environment run script, ICU included") {
  testing::V8TestScope scope;
  v8::Local<v8::Value> value;
  REQUIRE(scope.Run("new Intl.NumberFormat('en-US').format(1234.5)")
              .ToLocal(&value));
  v8::String::Utf8Value text(scope.isolate(), value);
  CHECK(std::string(*text) == "1,234.5");
}

TEST_CASE("--expose-gc reaches V8 through the environment's flags") {
  testing::V8TestScope scope;
  v8::Local<v8::Value> value;
  REQUIRE(scope.Run("typeof gc").ToLocal(&value));
  v8::String::Utf8Value text(scope.isolate(), value);
  CHECK(std::string(*text) == "function");
}

}  // namespace
}  // namespace mediacapture

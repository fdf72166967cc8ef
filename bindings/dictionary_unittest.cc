// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Generated dictionary conversions
// (https://webidl.spec.whatwg.org/#js-dictionary), through TestDictionary of
// bindings/test/test_interfaces.idl.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "bindings/test/js_test_util.h"
#include "bindings/v8_test_dictionary.h"

namespace mediacapture {
namespace {

using testing::BindingsTestScope;

TestDictionary ToDictionary(BindingsTestScope& scope,
                            const char* js,
                            std::string* error = nullptr) {
  v8::Local<v8::Value> value = scope.Run(js).ToLocalChecked();
  v8::TryCatch try_catch(scope.isolate());
  V8ExceptionState exception_state(scope.isolate());
  TestDictionary result = NativeValueTraits<TestDictionary>::NativeValue(
      scope.isolate(), value, exception_state);
  if (error) {
    *error = "";
    if (try_catch.HasCaught()) {
      v8::String::Utf8Value text(scope.isolate(), try_catch.Exception());
      *error = *text;
    }
  } else {
    REQUIRE_FALSE(try_catch.HasCaught());
  }
  return result;
}

TEST_CASE("a missing member and an undefined member are both absent") {
  BindingsTestScope scope;
  TestDictionary a = ToDictionary(scope, "({ requiredMember: 'r' })");
  TestDictionary b = ToDictionary(
      scope, "({ requiredMember: 'r', booleanMember: undefined })");
  CHECK_FALSE(a.boolean_member.has_value());
  CHECK_FALSE(b.boolean_member.has_value());
  TestDictionary c =
      ToDictionary(scope, "({ requiredMember: 'r', booleanMember: false })");
  CHECK(c.boolean_member == std::optional<bool>(false));
}

TEST_CASE("members with defaults take them when absent") {
  BindingsTestScope scope;
  TestDictionary d = ToDictionary(scope, "({ requiredMember: 'r' })");
  CHECK(d.base_member == 1);
  CHECK(d.double_member == 0.5);
  CHECK(d.enum_member == TestEnum::kAlpha);
  CHECK_FALSE(d.nullable_member.has_value());
  TestDictionary e = ToDictionary(
      scope, "({ requiredMember: 'r', baseMember: 9, doubleMember: 2 })");
  CHECK(e.base_member == 9);
  CHECK(e.double_member == 2);
}

TEST_CASE("a missing required member is a TypeError naming it") {
  BindingsTestScope scope;
  std::string error;
  ToDictionary(scope, "({})", &error);
  CHECK(error.find("TypeError") == 0);
  CHECK(error.find("requiredMember") != std::string::npos);
  ToDictionary(scope, "undefined", &error);
  CHECK(error.find("requiredMember") != std::string::npos);
  ToDictionary(scope, "({ requiredMember: undefined })", &error);
  CHECK(error.find("requiredMember") != std::string::npos);
}

TEST_CASE("a dictionary rejects primitives other than undefined and null") {
  BindingsTestScope scope;
  std::string error;
  ToDictionary(scope, "5", &error);
  CHECK(error.find("TypeError") == 0);
  ToDictionary(scope, "'x'", &error);
  CHECK(error.find("TypeError") == 0);
}

TEST_CASE("members are read base first, then in lexicographic order") {
  BindingsTestScope scope;
  std::string order = scope.Eval(
      "var order = [];"
      "var p = new Proxy({ requiredMember: 'r' }, { get(t, k) {"
      "  order.push(k); return t[k]; } });"
      "order");
  ToDictionary(scope, "p");
  CHECK(scope.Eval("order.join()") ==
        "baseMember,booleanMember,clampedMember,doubleMember,"
        "enforcedMember,enumMember,mixedUnion,nullableMember,"
        "recordMember,requiredMember,sequenceMember,unionMember,"
        "unrestrictedMember");
}

TEST_CASE("member conversions apply their extended attributes") {
  BindingsTestScope scope;
  std::string error;
  TestDictionary d =
      ToDictionary(scope, "({ requiredMember: 'r', clampedMember: 1000 })");
  CHECK(d.clamped_member == std::optional<uint8_t>(255));
  ToDictionary(scope, "({ requiredMember: 'r', enforcedMember: -1 })", &error);
  CHECK(error.find("TypeError") == 0);
  ToDictionary(scope, "({ requiredMember: 'r', doubleMember: NaN })", &error);
  CHECK(error.find("TypeError") == 0);
  ToDictionary(scope, "({ requiredMember: 'r', enumMember: 'nope' })", &error);
  CHECK(error.find("TypeError") == 0);
}

TEST_CASE("a getter that throws stops the conversion with its exception") {
  BindingsTestScope scope;
  std::string error;
  ToDictionary(
      scope, "({ requiredMember: 'r', get doubleMember() { throw 'boom'; } })",
      &error);
  CHECK(error == "boom");
}

TEST_CASE("union members of a dictionary resolve like arguments") {
  BindingsTestScope scope;
  TestDictionary d = ToDictionary(
      scope,
      "({ requiredMember: 'r', unionMember: { min: 2 }, mixedUnion: ['a'] })");
  REQUIRE(d.union_member.has_value());
  CHECK(d.union_member->index() == 1);
  CHECK(std::get<1>(*d.union_member).min == std::optional<double>(2));
  REQUIRE(d.mixed_union.has_value());
  CHECK(std::get<1>(*d.mixed_union) == std::vector<std::string>{"a"});
}

TEST_CASE("a dictionary converts back with present members only") {
  BindingsTestScope scope;
  TestDictionary d;
  d.required_member = "r";
  d.boolean_member = true;
  v8::Local<v8::Value> value;
  REQUIRE(ToV8Traits<TestDictionary>::ToV8(scope.context(), d).ToLocal(&value));
  REQUIRE(scope.context()
              ->Global()
              ->Set(scope.context(),
                    v8::String::NewFromUtf8Literal(scope.isolate(), "d"), value)
              .FromJust());
  CHECK(scope.Eval("Object.keys(d).join()") ==
        "baseMember,booleanMember,doubleMember,enumMember,nullableMember,"
        "requiredMember");
  CHECK(scope.Eval("d.nullableMember") == "null");
  CHECK(scope.Eval("d.enumMember") == "alpha");
}

}  // namespace
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// WebIDL conversions of JS values, checked against the spec's algorithms
// (https://webidl.spec.whatwg.org/#es-type-mapping).

#include "bindings/native_value_traits.h"

#include <cmath>
#include <limits>
#include <string>

#include <catch2/catch.hpp>

#include "bindings/test/js_test_util.h"
#include "bindings/test/test_dictionary.h"
#include "bindings/to_v8_traits.h"
#include "bindings/v8_test_dictionary.h"
#include "bindings/v8_test_range_dictionary.h"

namespace mediacapture {
namespace {

using testing::BindingsTestScope;

// Converts the value of |js| to IDL type T; |threw| says whether it threw.
template <typename T>
ImplTypeOf<T> Convert(BindingsTestScope& scope, const char* js, bool* threw) {
  v8::Local<v8::Value> value = scope.Run(js).ToLocalChecked();
  v8::TryCatch try_catch(scope.isolate());
  V8ExceptionState exception_state(scope.isolate());
  auto result = NativeValueTraits<T>::NativeValue(scope.isolate(), value,
                                                  exception_state);
  *threw = exception_state.HadException();
  CHECK(*threw == try_catch.HasCaught());
  return ImplTypeOf<T>(result);
}

template <typename T>
ImplTypeOf<T> Convert(BindingsTestScope& scope, const char* js) {
  bool threw = false;
  auto result = Convert<T>(scope, js, &threw);
  REQUIRE_FALSE(threw);
  return result;
}

template <typename T>
bool Throws(BindingsTestScope& scope, const char* js) {
  bool threw = false;
  Convert<T>(scope, js, &threw);
  return threw;
}

using EnforcedLong = IDLInteger<int32_t, IntegerConversion::kEnforceRange>;
using ClampedOctet = IDLInteger<uint8_t, IntegerConversion::kClamp>;
using ClampedLong = IDLInteger<int32_t, IntegerConversion::kClamp>;
using EnforcedULongLong =
    IDLInteger<uint64_t, IntegerConversion::kEnforceRange>;

TEST_CASE("integers wrap modulo 2^bits without an extended attribute") {
  BindingsTestScope scope;
  CHECK(Convert<IDLOctet>(scope, "256") == 0);
  CHECK(Convert<IDLOctet>(scope, "-1") == 255);
  CHECK(Convert<IDLByte>(scope, "128") == -128);
  CHECK(Convert<IDLLong>(scope, "2147483648") == -2147483647 - 1);
  CHECK(Convert<IDLUnsignedLong>(scope, "-1") == 4294967295u);
  CHECK(Convert<IDLUnsignedShort>(scope, "65537.9") == 1);
  CHECK(Convert<IDLLong>(scope, "-3.9") == -3);
}

TEST_CASE("NaN, infinities and -0 become 0 for a plain integer") {
  BindingsTestScope scope;
  CHECK(Convert<IDLLong>(scope, "NaN") == 0);
  CHECK(Convert<IDLLong>(scope, "Infinity") == 0);
  CHECK(Convert<IDLLong>(scope, "-Infinity") == 0);
  CHECK(Convert<IDLLong>(scope, "-0") == 0);
  CHECK(Convert<IDLUnsignedLongLong>(scope, "NaN") == 0);
}

TEST_CASE("strings and objects go through ToNumber") {
  BindingsTestScope scope;
  CHECK(Convert<IDLLong>(scope, "'42'") == 42);
  CHECK(Convert<IDLLong>(scope, "' 0x10 '") == 16);
  CHECK(Convert<IDLLong>(scope, "'abc'") == 0);
  CHECK(Convert<IDLLong>(scope, "''") == 0);
  CHECK(Convert<IDLLong>(scope, "({ valueOf() { return 7; } })") == 7);
  CHECK(Convert<IDLLong>(scope, "true") == 1);
  CHECK(Convert<IDLLong>(scope, "null") == 0);
  CHECK(Convert<IDLLong>(scope, "undefined") == 0);
  CHECK(Convert<IDLDouble>(scope, "'1.5e3'") == 1500);
}

TEST_CASE("a valueOf that throws makes the conversion throw") {
  BindingsTestScope scope;
  CHECK(Throws<IDLLong>(scope, "({ valueOf() { throw 1; } })"));
  CHECK(Throws<IDLLong>(scope, "Symbol()"));
  CHECK(Throws<IDLDOMString>(scope, "Symbol()"));
}

TEST_CASE("EnforceRange rejects NaN, infinities and out-of-range values") {
  BindingsTestScope scope;
  CHECK(Throws<EnforcedLong>(scope, "NaN"));
  CHECK(Throws<EnforcedLong>(scope, "Infinity"));
  CHECK(Throws<EnforcedLong>(scope, "-Infinity"));
  CHECK(Throws<EnforcedLong>(scope, "2147483648"));
  CHECK(Throws<EnforcedLong>(scope, "-2147483649"));
  CHECK(Convert<EnforcedLong>(scope, "2147483647.9") == 2147483647);
  CHECK(Convert<EnforcedLong>(scope, "-2147483648.9") == -2147483647 - 1);
  CHECK(Convert<EnforcedLong>(scope, "-0") == 0);
  CHECK(Convert<EnforcedLong>(scope, "'12'") == 12);
}

TEST_CASE("EnforceRange on 64-bit types stops at 2^53 - 1") {
  BindingsTestScope scope;
  CHECK(Convert<EnforcedULongLong>(scope, "2 ** 53 - 1") ==
        9007199254740991ull);
  CHECK(Throws<EnforcedULongLong>(scope, "2 ** 53"));
  CHECK(Throws<EnforcedULongLong>(scope, "-1"));
}

TEST_CASE("64-bit integers keep 2^53 and wrap beyond 2^64") {
  BindingsTestScope scope;
  CHECK(Convert<IDLUnsignedLongLong>(scope, "2 ** 53") == 9007199254740992ull);
  CHECK(Convert<IDLUnsignedLongLong>(scope, "2 ** 64 + 2 ** 12") == 4096u);
  CHECK(Convert<IDLLongLong>(scope, "-(2 ** 53)") == -9007199254740992ll);
  CHECK(Convert<IDLLongLong>(scope, "2 ** 63") ==
        std::numeric_limits<int64_t>::min());
  CHECK(Convert<IDLUnsignedLongLong>(scope, "-1") == 18446744073709551615ull);
}

TEST_CASE("Clamp saturates and rounds half to even") {
  BindingsTestScope scope;
  CHECK(Convert<ClampedOctet>(scope, "300") == 255);
  CHECK(Convert<ClampedOctet>(scope, "-5") == 0);
  CHECK(Convert<ClampedOctet>(scope, "Infinity") == 255);
  CHECK(Convert<ClampedOctet>(scope, "-Infinity") == 0);
  CHECK(Convert<ClampedOctet>(scope, "NaN") == 0);
  CHECK(Convert<ClampedOctet>(scope, "2.5") == 2);
  CHECK(Convert<ClampedOctet>(scope, "3.5") == 4);
  CHECK(Convert<ClampedOctet>(scope, "254.5") == 254);
  CHECK(Convert<ClampedLong>(scope, "-2.5") == -2);
  CHECK(Convert<ClampedLong>(scope, "1e10") == 2147483647);
}

TEST_CASE(
    "restricted doubles reject NaN and infinities, unrestricted keep them") {
  BindingsTestScope scope;
  CHECK(Throws<IDLDouble>(scope, "NaN"));
  CHECK(Throws<IDLDouble>(scope, "Infinity"));
  CHECK(Throws<IDLDouble>(scope, "'x'"));
  CHECK(std::isnan(Convert<IDLUnrestrictedDouble>(scope, "NaN")));
  CHECK(Convert<IDLUnrestrictedDouble>(scope, "-Infinity") ==
        -std::numeric_limits<double>::infinity());
  double negative_zero = Convert<IDLDouble>(scope, "-0");
  CHECK(negative_zero == 0);
  CHECK(std::signbit(negative_zero));
  CHECK(Convert<IDLDouble>(scope, "2 ** 53 + 2") == 9007199254740994.0);
}

TEST_CASE("float rounds to single precision and rejects what overflows it") {
  BindingsTestScope scope;
  CHECK(Convert<IDLFloat>(scope, "0.1") == 0.1f);
  CHECK(Throws<IDLFloat>(scope, "1e40"));
  CHECK(std::isinf(Convert<IDLUnrestrictedFloat>(scope, "1e40")));
  CHECK(Throws<IDLFloat>(scope, "NaN"));
}

TEST_CASE("booleans follow ToBoolean") {
  BindingsTestScope scope;
  CHECK(Convert<IDLBoolean>(scope, "''") == false);
  CHECK(Convert<IDLBoolean>(scope, "'false'") == true);
  CHECK(Convert<IDLBoolean>(scope, "0") == false);
  CHECK(Convert<IDLBoolean>(scope, "NaN") == false);
  CHECK(Convert<IDLBoolean>(scope, "({})") == true);
  CHECK(Convert<IDLBoolean>(scope, "undefined") == false);
}

TEST_CASE("strings convert with ToString and to UTF-8") {
  BindingsTestScope scope;
  CHECK(Convert<IDLDOMString>(scope, "null") == "null");
  CHECK(Convert<IDLDOMString>(scope, "undefined") == "undefined");
  CHECK(Convert<IDLDOMString>(scope, "-0") == "0");
  CHECK(Convert<IDLDOMString>(scope, "'caf\\u00e9'") == "caf\xc3\xa9");
  // A lone surrogate becomes U+FFFD in a USVString.
  CHECK(Convert<IDLUSVString>(scope, "'a\\ud800b'") ==
        "a\xef\xbf\xbd"
        "b");
  CHECK(Convert<IDLByteString>(scope, "'\\u00ff'") == "\xff");
  CHECK(Throws<IDLByteString>(scope, "'\\u0100'"));
}

TEST_CASE("sequences take any iterable and reject non-objects") {
  BindingsTestScope scope;
  CHECK(Convert<IDLSequence<IDLLong>>(scope, "[1, '2', 3.7]") ==
        std::vector<int32_t>{1, 2, 3});
  CHECK(Convert<IDLSequence<IDLLong>>(scope, "new Set([5, 6])") ==
        std::vector<int32_t>{5, 6});
  CHECK(Convert<IDLSequence<IDLLong>>(
            scope, "(function*() { yield 1; yield 2; })()") ==
        std::vector<int32_t>{1, 2});
  CHECK(Throws<IDLSequence<IDLLong>>(scope, "'12'"));
  CHECK(Throws<IDLSequence<IDLLong>>(scope, "({})"));
  CHECK(Throws<IDLSequence<IDLLong>>(scope, "({ length: 1, 0: 1 })"));
  CHECK(Throws<IDLSequence<IDLDouble>>(scope, "[1, NaN]"));
}

// What converting |js| to T threw, as "Name: message" ("" if nothing).
template <typename T>
std::string Thrown(BindingsTestScope& scope, const char* js) {
  v8::HandleScope handles(scope.isolate());
  v8::Local<v8::Value> value = scope.Run(js).ToLocalChecked();
  v8::TryCatch try_catch(scope.isolate());
  V8ExceptionState exception_state(scope.isolate());
  NativeValueTraits<T>::NativeValue(scope.isolate(), value, exception_state);
  // Whatever was thrown must reach the caller's TryCatch.
  CHECK(exception_state.HadException() == try_catch.HasCaught());
  if (!try_catch.HasCaught())
    return "";
  v8::Local<v8::Value> exception = try_catch.Exception();
  if (!exception->IsObject())
    return "not an error object";
  v8::String::Utf8Value text(scope.isolate(), exception);
  return *text ? *text : "?";
}

// https://webidl.spec.whatwg.org/#create-sequence-from-iterable: each step
// of the iterator protocol that fails is a TypeError, and what script
// throws is rethrown.
TEST_CASE("a broken iterator protocol throws a TypeError or the script's") {
  BindingsTestScope scope;
  using S = IDLSequence<IDLLong>;
  CHECK(Thrown<S>(scope, "({[Symbol.iterator]() { return 5; }})") ==
        "TypeError: The iterator is not an object.");
  CHECK(Thrown<S>(scope, "({[Symbol.iterator]() { return {next: 1}; }})") ==
        "TypeError: The iterator's next is not callable.");
  CHECK(Thrown<S>(scope,
                  "({[Symbol.iterator]() { return {next() { return 1; }}; "
                  "}})") == "TypeError: The iterator result is not an object.");
  CHECK(Thrown<S>(scope, "({[Symbol.iterator]: 3})") ==
        "TypeError: The object's @@iterator is not callable.");
  CHECK(Thrown<S>(scope,
                  "({get [Symbol.iterator]() { throw new RangeError('i'); "
                  "}})") == "RangeError: i");
  CHECK(Thrown<S>(scope,
                  "({[Symbol.iterator]() { return {next() {"
                  " throw new RangeError('n'); }}; }})") == "RangeError: n");
  CHECK(Thrown<S>(scope,
                  "({[Symbol.iterator]() { return {next() { return {"
                  " get done() { throw new RangeError('d'); } }; }}; }})") ==
        "RangeError: d");
  CHECK(Thrown<S>(scope,
                  "({[Symbol.iterator]() { return {next() { return {"
                  " done: false, get value() { throw new RangeError('v'); }"
                  " }; }}; }})") == "RangeError: v");
  CHECK(Thrown<S>(scope, "[1, {valueOf() { throw new RangeError('e'); }}]") ==
        "RangeError: e");
  CHECK(Thrown<S>(scope, "[1, 2]") == "");
}

// The watchdog's TerminateExecution() while script runs inside a
// conversion: the conversion fails and the termination goes on to the
// caller, not turned into a catchable exception.
TEST_CASE("termination inside a sequence conversion is not swallowed") {
  BindingsTestScope scope;
  v8::Isolate* isolate = scope.isolate();
  v8::HandleScope handles(isolate);
  v8::Local<v8::Function> terminate =
      v8::Function::New(scope.context(),
                        [](const v8::FunctionCallbackInfo<v8::Value>& info) {
                          info.GetIsolate()->TerminateExecution();
                        })
          .ToLocalChecked();
  REQUIRE(scope.context()
              ->Global()
              ->Set(scope.context(), bindings::ToV8String(isolate, "terminate"),
                    terminate)
              .FromJust());
  const char* sources[] = {
      // An endless iterator that terminates on its third step.
      "({[Symbol.iterator]() { let i = 0; return {next() {"
      " if (++i == 3) terminate(); return {done: false, value: i}; }}; }})",
      // An element whose valueOf terminates.
      "[1, {valueOf() { terminate(); return 2; }}, 3]",
  };
  for (const char* source : sources) {
    v8::Local<v8::Value> value = scope.Run(source).ToLocalChecked();
    v8::TryCatch try_catch(isolate);
    V8ExceptionState exception_state(isolate);
    NativeValueTraits<IDLSequence<IDLLong>>::NativeValue(isolate, value,
                                                         exception_state);
    CHECK(exception_state.HadException());
    CHECK(try_catch.HasCaught());
    CHECK(try_catch.HasTerminated());
    CHECK_FALSE(try_catch.CanContinue());
    isolate->CancelTerminateExecution();
  }
}

// Issue 18: growing a long sequence of large elements (advanced sets)
// doubled its peak; an Array's length is reserved up front, a generator's
// values still all arrive.
TEST_CASE("a sequence from an Array is allocated once") {
  BindingsTestScope scope;
  auto from_array = Convert<IDLSequence<IDLLong>>(
      scope, "Array.from({length: 1000}, (_, i) => i)");
  CHECK(from_array.size() == 1000);
  CHECK(from_array.capacity() == 1000);
  CHECK(from_array[999] == 999);
  // A sparse array's length reserves no more than the cap.
  CHECK(Convert<IDLSequence<IDLLong>>(
            scope,
            "(() => { const a = [1]; a.length = 2 ** 32 - 1;"
            " a[Symbol.iterator] = function* () { yield 7; };"
            " return a; })()")
            .capacity() <= kMaxReservedSequenceLength);
  CHECK(
      Convert<IDLSequence<IDLLong>>(
          scope, "(function*() { for (let i = 0; i < 3000; ++i) yield i; })()")
          .size() == 3000);
}

TEST_CASE("records take own enumerable string keys in order") {
  BindingsTestScope scope;
  auto record = Convert<IDLRecord<IDLDOMString, IDLLong>>(
      scope,
      "(() => { const o = Object.create({ inherited: 1 }); o.b = 2; o.a = 3;"
      " Object.defineProperty(o, 'hidden', { value: 4 }); return o; })()");
  REQUIRE(record.size() == 2);
  CHECK(record[0].first == "b");
  CHECK(record[1].second == 3);
}

TEST_CASE("nullable types map null and undefined to no value") {
  BindingsTestScope scope;
  CHECK_FALSE(Convert<IDLNullable<IDLLong>>(scope, "null").has_value());
  CHECK_FALSE(Convert<IDLNullable<IDLLong>>(scope, "undefined").has_value());
  CHECK(Convert<IDLNullable<IDLLong>>(scope, "0") == std::optional<int32_t>(0));
}

TEST_CASE("enums accept their values only") {
  BindingsTestScope scope;
  CHECK(Convert<TestEnum>(scope, "'beta-gamma'") == TestEnum::kBetaGamma);
  CHECK(Convert<TestEnum>(scope, "''") == TestEnum::kEmpty);
  CHECK(Throws<TestEnum>(scope, "'Alpha'"));
  CHECK(Throws<TestEnum>(scope, "undefined"));
}

TEST_CASE("a union picks its member by the value's type, in spec order") {
  BindingsTestScope scope;
  using U = IDLUnion<IDLLong, IDLDOMString, IDLSequence<IDLLong>,
                     TestRangeDictionary>;
  CHECK(Convert<U>(scope, "5").index() == 0);
  // A string when the union has a string type, even if it looks numeric.
  CHECK(Convert<U>(scope, "'5'").index() == 1);
  // A boolean goes to the string type too (no boolean member).
  CHECK(std::get<1>(Convert<U>(scope, "true")) == "true");
  // An iterable object is a sequence; another object a dictionary.
  CHECK(Convert<U>(scope, "[1]").index() == 2);
  CHECK(Convert<U>(scope, "({ min: 1 })").index() == 3);
  // undefined and null go to the dictionary.
  CHECK(Convert<U>(scope, "undefined").index() == 3);
  CHECK(Convert<U>(scope, "null").index() == 3);
}

TEST_CASE("a union without a string type converts other primitives to number") {
  BindingsTestScope scope;
  using U = IDLUnion<IDLBoolean, IDLDouble>;
  CHECK(Convert<U>(scope, "true").index() == 0);
  CHECK(std::get<1>(Convert<U>(scope, "'2.5'")) == 2.5);
  CHECK(Throws<U>(scope, "'x'"));
  using V = IDLUnion<IDLBoolean, TestRangeDictionary>;
  CHECK(std::get<0>(Convert<V>(scope, "'x'")) == true);
}

TEST_CASE("a union of numbers and dictionaries rejects what fits neither") {
  BindingsTestScope scope;
  using U = IDLUnion<IDLDouble, TestRangeDictionary>;
  CHECK(Throws<U>(scope, "NaN"));
  CHECK(Convert<U>(scope, "'3'").index() == 0);
}

}  // namespace
}  // namespace mediacapture

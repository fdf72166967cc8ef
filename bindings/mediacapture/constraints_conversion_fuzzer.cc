// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// libFuzzer target: the generated WebIDL conversion of
// MediaStreamConstraints (and through it MediaTrackConstraints, the
// constraint sets, the Constrain* unions and sequences), in a real V8
// isolate, on JS values built from the input: primitives of every type,
// objects keyed by the dictionaries' member names, arrays, custom iterables
// (well-behaved and broken ones), throwing getters, proxies. Script may
// throw anything it likes; what must hold:
//   - the conversion ends (no crash, no sanitizer report, no hang);
//   - it reports an exception exactly when one is pending in V8, and a
//     successful one leaves none;
//   - a successful conversion, turned back into JS (ToV8) and converted
//     again, gives the same dictionary (compared as JSON);
//   - core's checks of the converted constraints run on it.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <variant>

#include <v8.h>

#include "bindings/v8_exception_state.h"
#include "bindings/v8_media_stream_constraints.h"
#include "core/constraints/constraint_checks.h"
#include "mediacapture/environment.h"
#include "testing/fuzz/fuzz_check.h"
#include "testing/fuzz/fuzz_input.h"

namespace mediacapture {
namespace {

using fuzzing::FuzzInput;

// Helpers made once in the context: they build what the C++ API cannot
// (getters that throw, iterators, proxies) from values the builder gives.
constexpr char kHelpers[] = R"JS(({
  iterable(values) {
    return {[Symbol.iterator]() {
      let i = 0;
      return {next() {
        return i < values.length ? {done: false, value: values[i++]}
                                 : {done: true, value: undefined};
      }};
    }};
  },
  broken(mode, values) {
    const result = {done: false, value: values[0]};
    switch (mode % 7) {
      case 0: return {[Symbol.iterator]() { return 5; }};
      case 1: return {[Symbol.iterator]() { return {next: 1}; }};
      case 2: return {[Symbol.iterator]() { return {next() { return 'x'; }}; }};
      case 3: return {[Symbol.iterator]() {
        return {next() { throw new Error('next'); }}; }};
      case 4: return {[Symbol.iterator]() { return {next() {
        return {get done() { throw new Error('done'); }}; }}; }};
      case 5: return {[Symbol.iterator]() { let n = 0; return {next() {
        return n++ ? {done: true} : {done: false,
          get value() { throw new Error('value'); }}; }}; }};
      default: return {[Symbol.iterator]: 'not callable'};
    }
  },
  throwing(object, key) {
    Object.defineProperty(object, key, {
      get() { throw new TypeError('getter'); }, enumerable: true });
    return object;
  },
  proxy(target) { return new Proxy(target, {}); },
  revoked() { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; },
  stringify(value) { return JSON.stringify(value); },
}))JS";

constexpr const char* kKeys[] = {
    "audio",
    "video",
    "advanced",
    "width",
    "height",
    "aspectRatio",
    "frameRate",
    "facingMode",
    "resizeMode",
    "sampleRate",
    "sampleSize",
    "echoCancellation",
    "autoGainControl",
    "noiseSuppression",
    "latency",
    "channelCount",
    "deviceId",
    "groupId",
    "backgroundBlur",
    "voiceIsolation",
    "exact",
    "ideal",
    "min",
    "max",
    "length",
    "0",
    "__proto__",
    "toString",
};
constexpr const char* kStrings[] = {
    "",
    "user",
    "environment",
    "none",
    "crop-and-scale",
    "all",
    "remote-only",
    "default",
    "1e3",
    "-1",
    "NaN",
    "\xf0\x9f\x8e\xa5",
    "\xed\xa0\x80",  // A lone surrogate's UTF-8.
};
constexpr double kNumbers[] = {
    0,
    -0.0,
    1,
    -1,
    0.5,
    30,
    640,
    1e9,
    1e300,
    4294967295,
    4294967296,
    9007199254740993.0,
    __builtin_nan(""),
    __builtin_inf(),
    -__builtin_inf(),
};

// The isolate, context and helpers, made once (V8 cannot start twice).
struct Fuzzer {
  std::unique_ptr<Environment> environment;
  v8::Isolate* isolate = nullptr;
  v8::Global<v8::Context> context;
  v8::Global<v8::Object> helpers;
};

Fuzzer* CreateFuzzer() {
  auto* fuzzer = new Fuzzer();
  std::string error;
  fuzzer->environment = Environment::Create({}, &error);
  if (!fuzzer->environment) {
    fprintf(stderr, "cannot create the environment: %s\n", error.c_str());
    abort();
  }
  fuzzer->isolate = fuzzer->environment->NewIsolate();
  v8::Isolate* isolate = fuzzer->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = v8::Context::New(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Value> helpers =
      v8::Script::Compile(context,
                          v8::String::NewFromUtf8Literal(isolate, kHelpers))
          .ToLocalChecked()
          ->Run(context)
          .ToLocalChecked();
  fuzzer->context.Reset(isolate, context);
  fuzzer->helpers.Reset(isolate, helpers.As<v8::Object>());
  return fuzzer;
}

// Builds one JS value from the input, at most kMaxDepth deep and
// kMaxNodes values in all, so that every input converts in bounded time.
class ValueBuilder {
 public:
  static constexpr int kMaxDepth = 8;
  static constexpr int kMaxNodes = 256;

  ValueBuilder(v8::Isolate* isolate,
               v8::Local<v8::Context> context,
               v8::Local<v8::Object> helpers,
               FuzzInput* input)
      : isolate_(isolate),
        context_(context),
        helpers_(helpers),
        input_(input) {}

  v8::Local<v8::Value> Value(int depth) {
    if (++nodes_ > kMaxNodes || depth > kMaxDepth || input_->empty())
      return v8::Undefined(isolate_);
    switch (input_->Below(16)) {
      case 0:
        return v8::Undefined(isolate_);
      case 1:
        return v8::Null(isolate_);
      case 2:
        return v8::Boolean::New(isolate_, input_->Bool());
      case 3:
        return v8::Number::New(isolate_,
                               kNumbers[input_->Below(std::size(kNumbers))]);
      case 4:
        return v8::Number::New(isolate_, input_->Double());
      case 5:
        return v8::Integer::NewFromUnsigned(isolate_, input_->Below(4096));
      case 6:
        return String(kStrings[input_->Below(std::size(kStrings))]);
      case 7:
        return String(input_->String(16));
      case 8:
      case 9:
        return Object(depth);
      case 10:
        return Array(depth);
      case 11: {
        v8::Local<v8::Value> args[] = {Array(depth)};
        return Call("iterable", 1, args);
      }
      case 12: {
        v8::Local<v8::Value> args[] = {
            v8::Integer::New(isolate_, input_->Below(7)), Array(depth)};
        return Call("broken", 2, args);
      }
      case 13: {
        v8::Local<v8::Value> args[] = {Object(depth), Key()};
        return Call("throwing", 2, args);
      }
      case 14: {
        if (input_->Below(4) == 0)
          return Call("revoked", 0, nullptr);
        v8::Local<v8::Value> args[] = {Object(depth)};
        return Call("proxy", 1, args);
      }
      default:
        switch (input_->Below(3)) {
          case 0:
            return v8::Symbol::New(isolate_);
          case 1:
            return v8::BigInt::New(isolate_, input_->U32());
          default:
            return v8::Object::New(isolate_)->GetPrototype();
        }
    }
  }

 private:
  v8::Local<v8::Value> String(const std::string& text) {
    return v8::String::NewFromUtf8(isolate_, text.data(),
                                   v8::NewStringType::kNormal,
                                   static_cast<int>(text.size()))
        .ToLocalChecked();
  }
  v8::Local<v8::Value> Key() {
    if (input_->Below(8) == 0)
      return String(input_->String(8));
    return String(kKeys[input_->Below(std::size(kKeys))]);
  }
  v8::Local<v8::Value> Object(int depth) {
    v8::Local<v8::Object> object = v8::Object::New(isolate_);
    uint32_t members = input_->Below(6);
    for (uint32_t i = 0; i < members; ++i) {
      v8::Local<v8::Value> key = Key();
      // CreateDataProperty: "__proto__" is then an own property.
      object->CreateDataProperty(context_, key.As<v8::Name>(), Value(depth + 1))
          .Check();
    }
    return object;
  }
  v8::Local<v8::Value> Array(int depth) {
    uint32_t length = input_->Below(8);
    v8::Local<v8::Array> array = v8::Array::New(isolate_);
    for (uint32_t i = 0; i < length; ++i)
      array->Set(context_, i, Value(depth + 1)).Check();
    if (input_->Below(16) == 0)  // A hole, and a length past the elements.
      array
          ->Set(context_, String("length"),
                v8::Integer::New(isolate_, length + 2))
          .Check();
    return array;
  }
  v8::Local<v8::Value> Call(const char* name,
                            int argc,
                            v8::Local<v8::Value>* argv) {
    v8::Local<v8::Value> function =
        helpers_->Get(context_, String(name)).ToLocalChecked();
    return function.As<v8::Function>()
        ->Call(context_, helpers_, argc, argv)
        .ToLocalChecked();
  }

  v8::Isolate* isolate_;
  v8::Local<v8::Context> context_;
  v8::Local<v8::Object> helpers_;
  FuzzInput* input_;
  int nodes_ = 0;
};

// Converts |value|; checks that an exception is reported exactly when one
// is pending. False when it threw.
bool Convert(v8::Isolate* isolate,
             v8::Local<v8::Value> value,
             MediaStreamConstraints* result) {
  v8::TryCatch try_catch(isolate);
  V8ExceptionState exception_state(isolate);
  *result = NativeValueTraits<MediaStreamConstraints>::NativeValue(
      isolate, value, exception_state);
  if (exception_state.HadException() != try_catch.HasCaught()) {
    std::string pending = "(none)";
    if (try_catch.HasCaught()) {
      v8::String::Utf8Value text(isolate, try_catch.Exception());
      pending = *text ? *text : "(not a string)";
    }
    fprintf(stderr, "reported an exception: %d; pending in V8: %s\n",
            exception_state.HadException(), pending.c_str());
  }
  FUZZ_CHECK(exception_state.HadException() == try_catch.HasCaught());
  return !try_catch.HasCaught();
}

std::string Json(v8::Local<v8::Context> context,
                 v8::Local<v8::Object> helpers,
                 const MediaStreamConstraints& constraints) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> object =
      ToV8Traits<MediaStreamConstraints>::ToV8(context, constraints)
          .ToLocalChecked();
  v8::Local<v8::Value> stringify =
      helpers
          ->Get(context, v8::String::NewFromUtf8Literal(isolate, "stringify"))
          .ToLocalChecked();
  v8::Local<v8::Value> json = stringify.As<v8::Function>()
                                  ->Call(context, helpers, 1, &object)
                                  .ToLocalChecked();
  v8::String::Utf8Value text(isolate, json);
  return std::string(*text, text.length());
}

void RunCoreChecks(const std::variant<bool, MediaTrackConstraints>& track,
                   DeviceKind kind) {
  if (const auto* constraints = std::get_if<MediaTrackConstraints>(&track)) {
    constraint_model::FirstDisallowedRequiredConstraint(*constraints, kind);
    constraint_model::FirstOverlongConstraintString(*constraints);
  }
}

}  // namespace
}  // namespace mediacapture

namespace {
mediacapture::Fuzzer* g_fuzzer = nullptr;
}  // namespace

// libFuzzer looks for leaks after each input that allocated more than it
// freed, while V8 runs: what V8 mallocs for its heap pages (slot sets, free
// lists) is then reachable only from those pages, which V8 maps itself and
// LeakSanitizer does not scan (at exit, when capture_shell's runs are
// checked, V8 has freed it all). So allocations made inside libnode are not
// leaks here. Ours still are: nothing of ours runs as a callback from V8 in
// this fuzzer (no interface is installed), so their stacks never pass
// through libnode.
extern "C" const char* __lsan_default_suppressions() {
  return "leak:libnode.so\n";
}

// V8 starts here, before the first input, so that what it allocates once is
// not taken for a leak of that input.
extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv) {
  (void)argc;
  (void)argv;
  g_fuzzer = mediacapture::CreateFuzzer();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mediacapture;
  Fuzzer* fuzzer = g_fuzzer;
  v8::Isolate* isolate = fuzzer->isolate;
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = fuzzer->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  v8::Local<v8::Object> helpers = fuzzer->helpers.Get(isolate);

  FuzzInput input(data, size);
  ValueBuilder builder(isolate, context, helpers, &input);
  v8::Local<v8::Value> value = builder.Value(0);

  MediaStreamConstraints constraints;
  if (!Convert(isolate, value, &constraints))
    return 0;
  RunCoreChecks(constraints.video, DeviceKind::kVideoInput);
  RunCoreChecks(constraints.audio, DeviceKind::kAudioInput);

  const std::string json = Json(context, helpers, constraints);
  v8::Local<v8::Value> back =
      ToV8Traits<MediaStreamConstraints>::ToV8(context, constraints)
          .ToLocalChecked();
  MediaStreamConstraints again;
  FUZZ_CHECK(Convert(isolate, back, &again));
  FUZZ_CHECK(Json(context, helpers, again) == json);
  return 0;
}

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/native_value_traits.h"

#include <cmath>
#include <memory>

#include "bindings/to_v8_traits.h"

namespace mediacapture {

namespace bindings {

// What a ScriptValue made from a JS value holds.
class V8ValueHolder final : public ScriptValue::Holder {
 public:
  V8ValueHolder(v8::Isolate* isolate, v8::Local<v8::Value> value)
      : isolate_(isolate), value_(isolate, value) {}
  v8::Local<v8::Value> Get() const { return value_.Get(isolate_); }

 private:
  v8::Isolate* const isolate_;
  v8::Global<v8::Value> value_;
};

v8::MaybeLocal<v8::Value> ScriptValueToV8(v8::Local<v8::Context> context,
                                          const ScriptValue& value) {
  if (value.object()) {
    v8::Local<v8::Object> wrapper;
    if (!ToV8Wrapper(context, value.object()).ToLocal(&wrapper))
      return {};
    return wrapper;
  }
  if (value.holder())
    return static_cast<const V8ValueHolder*>(value.holder())->Get();
  return v8::Undefined(context->GetIsolate());
}

namespace {

// ToNumber(V), which may run script (valueOf) and throw.
bool ToNumber(v8::Isolate* isolate,
              v8::Local<v8::Value> value,
              double* result,
              V8ExceptionState& exception_state) {
  if (value->IsNumber()) {
    *result = value.As<v8::Number>()->Value();
    return true;
  }
  v8::Local<v8::Number> number;
  if (!value->ToNumber(isolate->GetCurrentContext()).ToLocal(&number)) {
    exception_state.RethrowV8Exception();
    return false;
  }
  *result = number->Value();
  return true;
}

std::string FormatNumber(double x) {
  if (std::isnan(x))
    return "NaN";
  if (std::isinf(x))
    return x > 0 ? "Infinity" : "-Infinity";
  char buffer[32];
  snprintf(buffer, sizeof(buffer), "%.17g", x);
  return buffer;
}

}  // namespace

double ConvertToInt(v8::Isolate* isolate,
                    v8::Local<v8::Value> value,
                    int bits,
                    bool is_signed,
                    IntegerConversion mode,
                    const char* type_name,
                    V8ExceptionState& exception_state) {
  // Steps 1-3: the bounds. 64-bit types keep to the doubles that are exact
  // integers (±(2^53 - 1)).
  double lower_bound, upper_bound;
  if (bits == 64) {
    upper_bound = 9007199254740991.0;
    lower_bound = is_signed ? -9007199254740991.0 : 0;
  } else if (is_signed) {
    lower_bound = -std::ldexp(1.0, bits - 1);
    upper_bound = std::ldexp(1.0, bits - 1) - 1;
  } else {
    lower_bound = 0;
    upper_bound = std::ldexp(1.0, bits) - 1;
  }
  // Step 4.
  double x;
  if (!ToNumber(isolate, value, &x, exception_state))
    return 0;
  // Step 5: -0 becomes +0.
  if (x == 0)
    x = 0;
  // Step 6: [EnforceRange].
  if (mode == IntegerConversion::kEnforceRange) {
    if (!std::isfinite(x)) {
      exception_state.ThrowTypeError(
          "Value is not a finite number: " + FormatNumber(x) + ".");
      return 0;
    }
    x = std::trunc(x);
    if (x < lower_bound || x > upper_bound) {
      exception_state.ThrowTypeError("Value is outside the '" +
                                     std::string(type_name) + "' value range.");
      return 0;
    }
    return x == 0 ? 0 : x;
  }
  // Step 7: [Clamp], rounding ties to even.
  if (mode == IntegerConversion::kClamp && !std::isnan(x)) {
    x = std::min(std::max(x, lower_bound), upper_bound);
    x = std::nearbyint(x);  // The default rounding mode is to nearest-even.
    return x == 0 ? 0 : x;
  }
  // Step 8.
  if (!std::isfinite(x))
    return 0;
  // Step 9.
  x = std::trunc(x);
  // Steps 10-11: modulo 2^bits, then into the signed range. (64 bits:
  // ConvertToInt64Bits.)
  double modulus = std::ldexp(1.0, bits);
  x = std::fmod(x, modulus);
  if (x < 0)
    x += modulus;
  if (is_signed && x >= std::ldexp(1.0, bits - 1))
    x -= modulus;
  // For 64 bits the result may exceed 2^53; the caller's cast is exact
  // because x is an integer within the type's range.
  return x == 0 ? 0 : x;
}

uint64_t ConvertToInt64Bits(v8::Isolate* isolate,
                            v8::Local<v8::Value> value,
                            bool is_signed,
                            IntegerConversion mode,
                            const char* type_name,
                            V8ExceptionState& exception_state) {
  if (mode != IntegerConversion::kDefault) {
    // Within ±(2^53 - 1): exact in int64.
    double x = ConvertToInt(isolate, value, 64, is_signed, mode, type_name,
                            exception_state);
    return static_cast<uint64_t>(static_cast<int64_t>(x));
  }
  double x;
  if (!ToNumber(isolate, value, &x, exception_state) || !std::isfinite(x))
    return 0;
  // Steps 9-11 in integer arithmetic: x modulo 2^64 is exact in a double
  // (fmod is exact), and its negation wraps in uint64_t.
  x = std::fmod(std::trunc(x), std::ldexp(1.0, 64));
  if (x < 0)
    return 0 - static_cast<uint64_t>(-x);
  return static_cast<uint64_t>(x);
}

double ConvertToDouble(v8::Isolate* isolate,
                       v8::Local<v8::Value> value,
                       bool restricted,
                       V8ExceptionState& exception_state) {
  double x;
  if (!ToNumber(isolate, value, &x, exception_state))
    return 0;
  if (restricted && !std::isfinite(x)) {
    exception_state.ThrowTypeError("The provided double value is non-finite.");
    return 0;
  }
  return x;
}

float ConvertToFloat(v8::Isolate* isolate,
                     v8::Local<v8::Value> value,
                     bool restricted,
                     V8ExceptionState& exception_state) {
  double x;
  if (!ToNumber(isolate, value, &x, exception_state))
    return 0;
  if (restricted && !std::isfinite(x)) {
    exception_state.ThrowTypeError("The provided float value is non-finite.");
    return 0;
  }
  // https://webidl.spec.whatwg.org/#js-float: round to the nearest float;
  // a finite value that rounds to infinity is out of range for `float`.
  float y = static_cast<float>(x);
  if (restricted && std::isinf(y)) {
    exception_state.ThrowTypeError(
        "The provided float value is outside the range of float.");
    return 0;
  }
  return y;
}

std::string ConvertToString(v8::Isolate* isolate,
                            v8::Local<v8::Value> value,
                            StringKind kind,
                            V8ExceptionState& exception_state) {
  v8::Local<v8::String> string;
  if (value->IsString()) {
    string = value.As<v8::String>();
  } else {
    // ToString throws for a Symbol and may run script (toString).
    if (!value->ToString(isolate->GetCurrentContext()).ToLocal(&string)) {
      exception_state.RethrowV8Exception();
      return std::string();
    }
  }
  if (kind == StringKind::kByteString) {
    // https://webidl.spec.whatwg.org/#js-ByteString
    int length = string->Length();
    std::vector<uint16_t> units(length);
    string->Write(isolate, units.data(), 0, length,
                  v8::String::NO_NULL_TERMINATION);
    std::string bytes;
    bytes.reserve(length);
    for (uint16_t unit : units) {
      if (unit > 0xFF) {
        exception_state.ThrowTypeError(
            "Value is not a valid ByteString: it has a character above "
            "U+00FF.");
        return std::string();
      }
      bytes.push_back(static_cast<char>(unit));
    }
    return bytes;
  }
  // UTF-8. An unpaired surrogate has no UTF-8 form and becomes U+FFFD: for
  // USVString that is the conversion WebIDL defines; a DOMString that holds
  // one loses it (impl strings are UTF-8 by design).
  int length = string->Utf8Length(isolate);
  std::string result(length, '\0');
  string->WriteUtf8(
      isolate, result.data(), length, nullptr,
      v8::String::NO_NULL_TERMINATION | v8::String::REPLACE_INVALID_UTF8);
  return result;
}

bool GetIteratorMethod(v8::Isolate* isolate,
                       v8::Local<v8::Object> object,
                       v8::Local<v8::Value>* method,
                       V8ExceptionState& exception_state) {
  if (!object
           ->Get(isolate->GetCurrentContext(), v8::Symbol::GetIterator(isolate))
           .ToLocal(method)) {
    exception_state.RethrowV8Exception();
    return false;
  }
  if (!(*method)->IsNullOrUndefined() && !(*method)->IsFunction()) {
    exception_state.ThrowTypeError("The object's @@iterator is not callable.");
    return false;
  }
  if ((*method)->IsNull())
    *method = v8::Undefined(isolate);
  return true;
}

bool IterateSequence(v8::Isolate* isolate,
                     v8::Local<v8::Value> value,
                     V8ExceptionState& exception_state,
                     bool (*add)(v8::Isolate*, v8::Local<v8::Value>, void*),
                     void* closure) {
  // https://webidl.spec.whatwg.org/#js-sequence steps 1-3.
  if (!value->IsObject()) {
    exception_state.ThrowTypeError(
        "The provided value cannot be converted to a sequence.");
    return false;
  }
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Object> object = value.As<v8::Object>();
  v8::Local<v8::Value> method;
  if (!GetIteratorMethod(isolate, object, &method, exception_state))
    return false;
  if (method->IsUndefined()) {
    exception_state.ThrowTypeError(
        "The object must have a callable @@iterator property.");
    return false;
  }
  // https://webidl.spec.whatwg.org/#create-sequence-from-iterable
  //
  // No v8::TryCatch here: what script throws stays pending in V8 and goes
  // on to the caller, as do the TypeErrors thrown through
  // |exception_state| (a TryCatch would catch and drop those). The
  // watchdog's termination passes through the same way: ReThrow() would
  // turn it into a catchable `null`, and the script would carry on.
  auto rethrow = [&]() {
    exception_state.RethrowV8Exception();
    return false;
  };
  v8::Local<v8::Value> iterator;
  if (!method.As<v8::Function>()
           ->Call(context, object, 0, nullptr)
           .ToLocal(&iterator))
    return rethrow();
  if (!iterator->IsObject()) {
    exception_state.ThrowTypeError("The iterator is not an object.");
    return false;
  }
  v8::Local<v8::Value> next;
  if (!iterator.As<v8::Object>()
           ->Get(context, ToV8String(isolate, "next"))
           .ToLocal(&next))
    return rethrow();
  if (!next->IsFunction()) {
    exception_state.ThrowTypeError("The iterator's next is not callable.");
    return false;
  }
  v8::Local<v8::String> done_key = ToV8String(isolate, "done");
  v8::Local<v8::String> value_key = ToV8String(isolate, "value");
  while (true) {
    v8::HandleScope scope(isolate);
    v8::Local<v8::Value> result;
    if (!next.As<v8::Function>()
             ->Call(context, iterator, 0, nullptr)
             .ToLocal(&result))
      return rethrow();
    if (!result->IsObject()) {
      exception_state.ThrowTypeError("The iterator result is not an object.");
      return false;
    }
    v8::Local<v8::Value> done;
    if (!result.As<v8::Object>()->Get(context, done_key).ToLocal(&done))
      return rethrow();
    if (done->BooleanValue(isolate))
      return true;
    v8::Local<v8::Value> item;
    if (!result.As<v8::Object>()->Get(context, value_key).ToLocal(&item))
      return rethrow();
    // The element's conversion threw through |exception_state|.
    if (!add(isolate, item, closure))
      return false;
  }
}

v8::Local<v8::String> ToV8String(v8::Isolate* isolate, const std::string& s) {
  return v8::String::NewFromUtf8(isolate, s.data(), v8::NewStringType::kNormal,
                                 static_cast<int>(s.size()))
      .ToLocalChecked();
}

}  // namespace bindings

ScriptValue NativeValueTraits<IDLAny>::NativeValue(v8::Isolate* isolate,
                                                   v8::Local<v8::Value> value,
                                                   V8ExceptionState&) {
  if (value->IsUndefined())
    return ScriptValue();
  return ScriptValue(std::make_shared<bindings::V8ValueHolder>(isolate, value));
}

v8::MaybeLocal<v8::Value> ToV8Traits<IDLAny>::ToV8(
    v8::Local<v8::Context> context,
    const ScriptValue& value) {
  return bindings::ScriptValueToV8(context, value);
}

}  // namespace mediacapture

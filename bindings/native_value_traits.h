// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// JS value → C++ conversions, exactly as WebIDL defines them
// (https://webidl.spec.whatwg.org/#es-type-mapping):
//
//   ImplTypeOf<T> v = NativeValueTraits<T>::NativeValue(isolate, value, es);
//   if (es.HadException()) return;
//
// Each conversion either returns a value or throws through |es| (and then
// returns a default value that the caller must not use). Interfaces convert
// to a raw pointer that stays valid while the JS value is on the stack.

#ifndef BINDINGS_NATIVE_VALUE_TRAITS_H_
#define BINDINGS_NATIVE_VALUE_TRAITS_H_

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <tuple>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include <v8.h>

#include "bindings/dom_wrapper.h"
#include "bindings/v8_exception_state.h"
#include "platform/bindings/idl_types.h"
#include "platform/bindings/script_value.h"

namespace mediacapture {

template <typename T, typename Enable = void>
struct NativeValueTraits;

namespace bindings {

// The JS value a ScriptValue stands for (native_value_traits.cc).
v8::MaybeLocal<v8::Value> ScriptValueToV8(v8::Local<v8::Context> context,
                                          const ScriptValue& value);

// Helpers shared by the conversions (native_value_traits.cc).

// https://webidl.spec.whatwg.org/#abstract-opdef-converttoint, for a
// |bits|-bit integer that is |is_signed|. The result fits the type.
double ConvertToInt(v8::Isolate* isolate,
                    v8::Local<v8::Value> value,
                    int bits,
                    bool is_signed,
                    IntegerConversion mode,
                    const char* type_name,
                    V8ExceptionState& exception_state);

// The same for `long long` and `unsigned long long`, as the result's
// two's-complement bits (a double cannot hold 2^64 - 1).
uint64_t ConvertToInt64Bits(v8::Isolate* isolate,
                            v8::Local<v8::Value> value,
                            bool is_signed,
                            IntegerConversion mode,
                            const char* type_name,
                            V8ExceptionState& exception_state);

double ConvertToDouble(v8::Isolate* isolate,
                       v8::Local<v8::Value> value,
                       bool restricted,
                       V8ExceptionState& exception_state);
float ConvertToFloat(v8::Isolate* isolate,
                     v8::Local<v8::Value> value,
                     bool restricted,
                     V8ExceptionState& exception_state);

std::string ConvertToString(v8::Isolate* isolate,
                            v8::Local<v8::Value> value,
                            StringKind kind,
                            V8ExceptionState& exception_state);

// Runs the iterator protocol over |value| (https://webidl.spec.whatwg.org/
// #create-sequence-from-iterable), calling |add| with each value. False if
// it threw (through |exception_state|).
bool IterateSequence(v8::Isolate* isolate,
                     v8::Local<v8::Value> value,
                     V8ExceptionState& exception_state,
                     bool (*add)(v8::Isolate*, v8::Local<v8::Value>, void*),
                     void* closure);

// The object's @@iterator method, or undefined (throws on a getter error).
bool GetIteratorMethod(v8::Isolate* isolate,
                       v8::Local<v8::Object> object,
                       v8::Local<v8::Value>* method,
                       V8ExceptionState& exception_state);

// Makes a UTF-8 std::string into a JS string.
v8::Local<v8::String> ToV8String(v8::Isolate* isolate, const std::string& s);

// The name WebIDL gives a type in messages.
template <typename T>
struct TypeName;
#define MEDIACAPTURE_IDL_TYPE_NAME(type, name) \
  template <>                                  \
  struct TypeName<type> {                      \
    static constexpr const char* kName = name; \
  }
MEDIACAPTURE_IDL_TYPE_NAME(IDLByte, "byte");
MEDIACAPTURE_IDL_TYPE_NAME(IDLOctet, "octet");
MEDIACAPTURE_IDL_TYPE_NAME(IDLShort, "short");
MEDIACAPTURE_IDL_TYPE_NAME(IDLUnsignedShort, "unsigned short");
MEDIACAPTURE_IDL_TYPE_NAME(IDLLong, "long");
MEDIACAPTURE_IDL_TYPE_NAME(IDLUnsignedLong, "unsigned long");
MEDIACAPTURE_IDL_TYPE_NAME(IDLLongLong, "long long");
MEDIACAPTURE_IDL_TYPE_NAME(IDLUnsignedLongLong, "unsigned long long");
#undef MEDIACAPTURE_IDL_TYPE_NAME

}  // namespace bindings

template <>
struct NativeValueTraits<IDLBoolean> {
  // https://webidl.spec.whatwg.org/#js-boolean
  static bool NativeValue(v8::Isolate* isolate,
                          v8::Local<v8::Value> value,
                          V8ExceptionState&) {
    return value->BooleanValue(isolate);
  }
};

template <typename T, IntegerConversion mode>
struct NativeValueTraits<IDLInteger<T, mode>> {
  // https://webidl.spec.whatwg.org/#js-integer-types
  static T NativeValue(v8::Isolate* isolate,
                       v8::Local<v8::Value> value,
                       V8ExceptionState& exception_state) {
    // Fast path: an int32 that fits needs none of the steps.
    if (value->IsInt32()) {
      int32_t v = value.As<v8::Int32>()->Value();
      if (v >= static_cast<int64_t>(std::numeric_limits<T>::min()) &&
          v <= static_cast<int64_t>(std::numeric_limits<T>::max()))
        return static_cast<T>(v);
    }
    if (sizeof(T) == 8) {
      return static_cast<T>(bindings::ConvertToInt64Bits(
          isolate, value, std::is_signed<T>::value, mode,
          bindings::TypeName<IDLInteger<T>>::kName, exception_state));
    }
    double result = bindings::ConvertToInt(
        isolate, value, sizeof(T) * 8, std::is_signed<T>::value, mode,
        bindings::TypeName<IDLInteger<T>>::kName, exception_state);
    return static_cast<T>(result);
  }
};

template <typename T, bool restricted>
struct NativeValueTraits<IDLFloatingPoint<T, restricted>> {
  // https://webidl.spec.whatwg.org/#js-double (and float, unrestricted)
  static T NativeValue(v8::Isolate* isolate,
                       v8::Local<v8::Value> value,
                       V8ExceptionState& exception_state) {
    if (std::is_same<T, double>::value) {
      if (value->IsNumber()) {
        double v = value.As<v8::Number>()->Value();
        if (!restricted || std::isfinite(v))
          return static_cast<T>(v);
      }
      return static_cast<T>(bindings::ConvertToDouble(
          isolate, value, restricted, exception_state));
    }
    return static_cast<T>(
        bindings::ConvertToFloat(isolate, value, restricted, exception_state));
  }
};

template <StringKind kind>
struct NativeValueTraits<IDLStringBase<kind>> {
  // https://webidl.spec.whatwg.org/#js-DOMString (USVString, ByteString)
  static std::string NativeValue(v8::Isolate* isolate,
                                 v8::Local<v8::Value> value,
                                 V8ExceptionState& exception_state) {
    return bindings::ConvertToString(isolate, value, kind, exception_state);
  }
};

// Interfaces: https://webidl.spec.whatwg.org/#js-interface
template <typename T>
struct NativeValueTraits<
    T,
    std::enable_if_t<std::is_base_of<ScriptWrappable, T>::value>> {
  static T* NativeValue(v8::Isolate*,
                        v8::Local<v8::Value> value,
                        V8ExceptionState& exception_state) {
    T* impl = ToImpl<T>(value);
    if (!impl) {
      exception_state.ThrowTypeError(
          std::string("The provided value is not of type '") +
          T::wrapper_type_info_.interface_name + "'.");
    }
    return impl;
  }
};

// Enumerations: https://webidl.spec.whatwg.org/#js-enumeration
template <typename E>
struct NativeValueTraits<E, std::enable_if_t<std::is_enum<E>::value>> {
  static E NativeValue(v8::Isolate* isolate,
                       v8::Local<v8::Value> value,
                       V8ExceptionState& exception_state) {
    std::string s = bindings::ConvertToString(
        isolate, value, StringKind::kDOMString, exception_state);
    if (exception_state.HadException())
      return E();
    E result;
    if (!EnumTraits<E>::FromString(s, &result)) {
      exception_state.ThrowTypeError("The provided value '" + s +
                                     "' is not a valid enum value of type " +
                                     EnumTraits<E>::kName + ".");
      return E();
    }
    return result;
  }
};

// https://webidl.spec.whatwg.org/#js-any: any value, kept in a ScriptValue.
template <>
struct NativeValueTraits<IDLAny> {
  static ScriptValue NativeValue(v8::Isolate* isolate,
                                 v8::Local<v8::Value> value,
                                 V8ExceptionState&);
};

template <>
struct NativeValueTraits<IDLObject> {
  // https://webidl.spec.whatwg.org/#js-object
  static ScriptValue NativeValue(v8::Isolate* isolate,
                                 v8::Local<v8::Value> value,
                                 V8ExceptionState& exception_state) {
    if (!value->IsObject()) {
      exception_state.ThrowTypeError("The provided value is not an object.");
      return {};
    }
    return NativeValueTraits<IDLAny>::NativeValue(isolate, value,
                                                  exception_state);
  }
};

// See NativeValueTraits<IDLSequence<T>>.
inline constexpr size_t kMaxReservedSequenceLength = size_t{1} << 17;

template <typename T>
struct NativeValueTraits<IDLSequence<T>> {
  // https://webidl.spec.whatwg.org/#js-sequence
  using ImplType = ImplTypeOf<IDLSequence<T>>;
  static ImplType NativeValue(v8::Isolate* isolate,
                              v8::Local<v8::Value> value,
                              V8ExceptionState& exception_state) {
    ImplType result;
    // An Array's length is only a hint (its iterator may yield more or
    // fewer values), but reserving it spares a long sequence of large
    // elements (advanced constraint sets, ~1 KB each) the copies and the
    // doubled peak of growing. Capped: a sparse array's length costs
    // script nothing.
    if (value->IsArray()) {
      result.reserve(std::min<size_t>(value.As<v8::Array>()->Length(),
                                      kMaxReservedSequenceLength));
    }
    struct Closure {
      ImplType* result;
      V8ExceptionState* exception_state;
    } closure{&result, &exception_state};
    bindings::IterateSequence(
        isolate, value, exception_state,
        [](v8::Isolate* isolate, v8::Local<v8::Value> item, void* data) {
          auto* c = static_cast<Closure*>(data);
          auto converted = NativeValueTraits<T>::NativeValue(
              isolate, item, *c->exception_state);
          if (c->exception_state->HadException())
            return false;
          c->result->push_back(std::move(converted));
          return true;
        },
        &closure);
    return result;
  }
};

template <typename T>
struct NativeValueTraits<IDLFrozenArray<T>> {
  // https://webidl.spec.whatwg.org/#js-frozen-array: the values of the
  // sequence<T> conversion (the frozen array is made on the way back out).
  using ImplType = ImplTypeOf<IDLFrozenArray<T>>;
  static ImplType NativeValue(v8::Isolate* isolate,
                              v8::Local<v8::Value> value,
                              V8ExceptionState& exception_state) {
    return NativeValueTraits<IDLSequence<T>>::NativeValue(isolate, value,
                                                          exception_state);
  }
};

template <typename K, typename V>
struct NativeValueTraits<IDLRecord<K, V>> {
  // https://webidl.spec.whatwg.org/#js-record
  using ImplType = ImplTypeOf<IDLRecord<K, V>>;
  static ImplType NativeValue(v8::Isolate* isolate,
                              v8::Local<v8::Value> value,
                              V8ExceptionState& exception_state) {
    ImplType result;
    if (!value->IsObject()) {
      exception_state.ThrowTypeError("The provided value is not an object.");
      return result;
    }
    v8::Local<v8::Context> context = isolate->GetCurrentContext();
    v8::Local<v8::Object> object = value.As<v8::Object>();
    // What script throws (a proxy's traps, a getter) stays pending in V8 for
    // the caller; no TryCatch, which would also turn termination into a
    // catchable value on ReThrow().
    v8::Local<v8::Array> keys;
    if (!object
             ->GetOwnPropertyNames(context, v8::ALL_PROPERTIES,
                                   v8::KeyConversionMode::kConvertToString)
             .ToLocal(&keys)) {
      exception_state.RethrowV8Exception();
      return result;
    }
    for (uint32_t i = 0; i < keys->Length(); ++i) {
      v8::Local<v8::Value> key;
      v8::Local<v8::Value> descriptor;
      v8::Local<v8::Value> item;
      if (!keys->Get(context, i).ToLocal(&key) ||
          !object->GetOwnPropertyDescriptor(context, key.As<v8::Name>())
               .ToLocal(&descriptor)) {
        exception_state.RethrowV8Exception();
        return result;
      }
      if (descriptor->IsUndefined())
        continue;
      v8::Local<v8::Value> enumerable;
      if (!descriptor.As<v8::Object>()
               ->Get(context, bindings::ToV8String(isolate, "enumerable"))
               .ToLocal(&enumerable)) {
        exception_state.RethrowV8Exception();
        return result;
      }
      if (!enumerable->BooleanValue(isolate))
        continue;
      if (!object->Get(context, key).ToLocal(&item)) {
        exception_state.RethrowV8Exception();
        return result;
      }
      std::string k =
          NativeValueTraits<K>::NativeValue(isolate, key, exception_state);
      if (exception_state.HadException())
        return result;
      auto v =
          NativeValueTraits<V>::NativeValue(isolate, item, exception_state);
      if (exception_state.HadException())
        return result;
      result.emplace_back(std::move(k), std::move(v));
    }
    return result;
  }
};

template <typename T>
struct NativeValueTraits<IDLNullable<T>> {
  // https://webidl.spec.whatwg.org/#js-nullable-type
  using ImplType = ImplTypeOf<IDLNullable<T>>;
  static ImplType NativeValue(v8::Isolate* isolate,
                              v8::Local<v8::Value> value,
                              V8ExceptionState& exception_state) {
    if (value->IsNullOrUndefined())
      return ImplType();
    return ImplType(
        NativeValueTraits<T>::NativeValue(isolate, value, exception_state));
  }
};

// Unions: https://webidl.spec.whatwg.org/#es-union, step by step. Each
// step looks for the first member type of a kind and converts to it.
template <typename... T>
struct NativeValueTraits<IDLUnion<T...>> {
  using ImplType = ImplTypeOf<IDLUnion<T...>>;

  template <size_t I>
  using Member = std::tuple_element_t<I, std::tuple<T...>>;

  // The index of the first member of |kind|, or -1.
  template <size_t I = 0>
  static constexpr int IndexOf(IdlKind kind) {
    if constexpr (I == sizeof...(T)) {
      return -1;
    } else {
      return IdlKindOf<Member<I>>() == kind ? static_cast<int>(I)
                                            : IndexOf<I + 1>(kind);
    }
  }

  template <size_t I = 0>
  static ImplType ConvertTo(int index,
                            v8::Isolate* isolate,
                            v8::Local<v8::Value> value,
                            V8ExceptionState& exception_state) {
    if constexpr (I == sizeof...(T)) {
      return ImplType();
    } else {
      if (static_cast<int>(I) != index)
        return ConvertTo<I + 1>(index, isolate, value, exception_state);
      return ImplType(std::in_place_index<I>,
                      NativeValueTraits<Member<I>>::NativeValue(
                          isolate, value, exception_state));
    }
  }

  // Step 4: the first interface member that |value| implements.
  template <size_t I = 0>
  static int ImplementedInterface(v8::Local<v8::Value> value) {
    if constexpr (I == sizeof...(T)) {
      return -1;
    } else {
      if constexpr (IdlKindOf<Member<I>>() == IdlKind::kInterface) {
        if (HasInstance(value, &Member<I>::wrapper_type_info_))
          return static_cast<int>(I);
      }
      return ImplementedInterface<I + 1>(value);
    }
  }

  static ImplType NativeValue(v8::Isolate* isolate,
                              v8::Local<v8::Value> value,
                              V8ExceptionState& exception_state) {
    int index = -1;
    // Steps 1-3 (undefined, then null/undefined to a dictionary). Nullable
    // unions are IDLNullable<IDLUnion<...>>, handled before this.
    if (value->IsUndefined() && IndexOf(IdlKind::kUndefined) >= 0)
      return ConvertTo(IndexOf(IdlKind::kUndefined), isolate, value,
                       exception_state);
    if (value->IsNullOrUndefined() && IndexOf(IdlKind::kDictionary) >= 0)
      return ConvertTo(IndexOf(IdlKind::kDictionary), isolate, value,
                       exception_state);
    if (value->IsObject()) {
      // Step 4: platform objects.
      index = ImplementedInterface(value);
      if (index < 0 && IndexOf(IdlKind::kObject) >= 0 &&
          value.As<v8::Object>()->InternalFieldCount() == kWrapperFieldCount)
        index = IndexOf(IdlKind::kObject);
      // Step 8: callable → callback function.
      if (index < 0 && value->IsFunction())
        index = IndexOf(IdlKind::kCallbackFunction);
      // Step 9: sequence when @@iterator exists, then record, dictionary,
      // callback interface, object.
      if (index < 0 && IndexOf(IdlKind::kSequence) >= 0) {
        v8::Local<v8::Value> method;
        if (!bindings::GetIteratorMethod(isolate, value.As<v8::Object>(),
                                         &method, exception_state))
          return ImplType();
        if (!method->IsUndefined())
          index = IndexOf(IdlKind::kSequence);
      }
      if (index < 0)
        index = IndexOf(IdlKind::kDictionary);
      if (index < 0)
        index = IndexOf(IdlKind::kRecord);
      if (index < 0)
        index = IndexOf(IdlKind::kCallbackInterface);
      if (index < 0)
        index = IndexOf(IdlKind::kObject);
    }
    // Step 10: a Boolean to boolean; step 11: a Number to a numeric type.
    if (index < 0 && value->IsBoolean())
      index = IndexOf(IdlKind::kBoolean);
    if (index < 0 && value->IsNumber())
      index = IndexOf(IdlKind::kNumeric);
    // Steps 13-16: string, numeric, boolean, in that order.
    if (index < 0)
      index = IndexOf(IdlKind::kString);
    if (index < 0)
      index = IndexOf(IdlKind::kNumeric);
    if (index < 0)
      index = IndexOf(IdlKind::kBoolean);
    if (index < 0) {
      // Step 17.
      exception_state.ThrowTypeError(
          "The provided value is not of a type of the union.");
      return ImplType();
    }
    return ConvertTo(index, isolate, value, exception_state);
  }
};

namespace bindings {

// DictionaryConversion<D> (platform/bindings/dictionary_conversion.h) over
// NativeValueTraits<D>. Every ExceptionState that reaches core comes from a
// binding call, so it is a V8ExceptionState.
template <typename D>
D DictionaryFromScriptValue(const ScriptValue& value,
                            ExceptionState& exception_state) {
  auto& v8_exception_state = static_cast<V8ExceptionState&>(exception_state);
  v8::Isolate* isolate = v8_exception_state.isolate();
  v8::Local<v8::Value> v8_value;
  if (!ScriptValueToV8(isolate->GetCurrentContext(), value)
           .ToLocal(&v8_value)) {
    v8_exception_state.RethrowV8Exception();
    return D();
  }
  return NativeValueTraits<D>::NativeValue(isolate, v8_value,
                                           v8_exception_state);
}

}  // namespace bindings

}  // namespace mediacapture

#endif  // BINDINGS_NATIVE_VALUE_TRAITS_H_

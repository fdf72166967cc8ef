// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// C++ → JS conversions (https://webidl.spec.whatwg.org/#es-type-mapping,
// the "converted to a JavaScript value" direction):
//
//   v8::Local<v8::Value> v;
//   if (!ToV8Traits<T>::ToV8(context, impl_value).ToLocal(&v)) return;
//
// Empty only when V8 threw (out of memory, a getter on an accessed object).

#ifndef BINDINGS_TO_V8_TRAITS_H_
#define BINDINGS_TO_V8_TRAITS_H_

#include <atomic>
#include <cstddef>
#include <optional>
#include <string>
#include <type_traits>
#include <variant>
#include <vector>

#include <v8.h>

#include "bindings/dom_wrapper.h"
#include "bindings/native_value_traits.h"
#include "platform/bindings/idl_types.h"

namespace mediacapture {

namespace bindings {

// The index of one per-isolate cache (PerIsolateData::CachedNames()), the
// same in every isolate: handed out on first use from a process-wide
// counter. Constant-initialized (no static initializer), so generated code
// declares one per enum or dictionary at namespace or class scope.
class CacheSlot {
 public:
  constexpr CacheSlot() = default;
  CacheSlot(const CacheSlot&) = delete;
  CacheSlot& operator=(const CacheSlot&) = delete;

  size_t Get() const {
    size_t index = index_.load(std::memory_order_acquire);
    return index ? index - 1 : Assign();
  }

 private:
  size_t Assign() const;
  // The index plus one; 0 until assigned.
  mutable std::atomic<size_t> index_{0};
};

// |text| as an internalized string, made once per isolate and kept at
// (|slot|, |index|): an enum's values, a dictionary's keys.
v8::Local<v8::String> CachedString(v8::Isolate* isolate,
                                   const CacheSlot& slot,
                                   size_t index,
                                   const char* text);

}  // namespace bindings

template <typename T, typename Enable = void>
struct ToV8Traits;

template <>
struct ToV8Traits<IDLUndefined> {
  static v8::MaybeLocal<v8::Value> ToV8(
      v8::Local<v8::Context> context,
      const IDLUndefined::ImplType& = IDLUndefined::ImplType()) {
    return v8::Undefined(context->GetIsolate());
  }
};

template <>
struct ToV8Traits<IDLBoolean> {
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        bool value) {
    return v8::Boolean::New(context->GetIsolate(), value);
  }
};

template <typename T, IntegerConversion mode>
struct ToV8Traits<IDLInteger<T, mode>> {
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        T value) {
    v8::Isolate* isolate = context->GetIsolate();
    if (sizeof(T) <= 4 && std::is_signed<T>::value)
      return v8::Integer::New(isolate, static_cast<int32_t>(value));
    if (sizeof(T) <= 4)
      return v8::Integer::NewFromUnsigned(isolate,
                                          static_cast<uint32_t>(value));
    // 64-bit: the nearest double
    // (https://webidl.spec.whatwg.org/#js-long-long).
    return v8::Number::New(isolate, static_cast<double>(value));
  }
};

template <typename T, bool restricted>
struct ToV8Traits<IDLFloatingPoint<T, restricted>> {
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        T value) {
    return v8::Number::New(context->GetIsolate(), static_cast<double>(value));
  }
};

template <StringKind kind>
struct ToV8Traits<IDLStringBase<kind>> {
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        const std::string& value) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::Local<v8::String> result;
    bool ok =
        kind == StringKind::kByteString
            ? v8::String::NewFromOneByte(
                  isolate, reinterpret_cast<const uint8_t*>(value.data()),
                  v8::NewStringType::kNormal, static_cast<int>(value.size()))
                  .ToLocal(&result)
            : v8::String::NewFromUtf8(isolate, value.data(),
                                      v8::NewStringType::kNormal,
                                      static_cast<int>(value.size()))
                  .ToLocal(&result);
    if (!ok)
      return {};
    return result;
  }
};

template <typename T>
struct ToV8Traits<
    T,
    std::enable_if_t<std::is_base_of<ScriptWrappable, T>::value>> {
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        T* value) {
    if (!value)
      return v8::Null(context->GetIsolate());
    v8::Local<v8::Object> wrapper;
    if (!ToV8Wrapper(context, value).ToLocal(&wrapper))
      return {};
    return wrapper;
  }
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        const scoped_refptr<T>& value) {
    return ToV8(context, value.get());
  }
};

// An enum value is its string (https://webidl.spec.whatwg.org/#js-enumeration),
// internalized once per isolate: no string-table lookup per conversion.
// Generated enums number their values 0, 1, ... in IDL order.
template <typename E>
struct ToV8Traits<E, std::enable_if_t<std::is_enum<E>::value>> {
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        E value) {
    return bindings::CachedString(context->GetIsolate(), strings_,
                                  static_cast<size_t>(value),
                                  EnumTraits<E>::ToString(value));
  }

 private:
  inline static bindings::CacheSlot strings_;
};

template <>
struct ToV8Traits<IDLAny> {
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        const ScriptValue& value);
};

template <>
struct ToV8Traits<IDLObject> {
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context>,
                                        v8::Local<v8::Object> value) {
    return value;
  }
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        const ScriptValue& value) {
    return ToV8Traits<IDLAny>::ToV8(context, value);
  }
};

template <typename T>
struct ToV8Traits<IDLSequence<T>> {
  static v8::MaybeLocal<v8::Value> ToV8(
      v8::Local<v8::Context> context,
      const ImplTypeOf<IDLSequence<T>>& values) {
    // The elements first, then the array in one allocation
    // (v8::Array::New(isolate, elements, length)): the same fresh array as
    // CreateDataProperty() for each index, without a property lookup per
    // element. The caller's HandleScope holds the element handles.
    constexpr size_t kInlineCount = 16;
    const size_t count = values.size();
    v8::Local<v8::Value> inline_items[kInlineCount];
    std::vector<v8::Local<v8::Value>> heap_items;
    v8::Local<v8::Value>* items = inline_items;
    if (count > kInlineCount) {
      heap_items.resize(count);
      items = heap_items.data();
    }
    size_t index = 0;
    for (const auto& value : values) {
      if (!ToV8Traits<T>::ToV8(context, value).ToLocal(&items[index++]))
        return {};
    }
    return v8::Array::New(context->GetIsolate(), items, count);
  }
};

// https://webidl.spec.whatwg.org/#es-frozen-array: "create a frozen array"
// from the values, i.e. an array, then SetIntegrityLevel(array, "frozen").
template <typename T>
struct ToV8Traits<IDLFrozenArray<T>> {
  static v8::MaybeLocal<v8::Value> ToV8(
      v8::Local<v8::Context> context,
      const ImplTypeOf<IDLFrozenArray<T>>& values) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::EscapableHandleScope scope(isolate);
    v8::Local<v8::Value> array;
    if (!ToV8Traits<IDLSequence<T>>::ToV8(context, values).ToLocal(&array))
      return {};
    if (array.As<v8::Object>()
            ->SetIntegrityLevel(context, v8::IntegrityLevel::kFrozen)
            .IsNothing())
      return {};
    return scope.Escape(array);
  }
};

template <typename K, typename V>
struct ToV8Traits<IDLRecord<K, V>> {
  static v8::MaybeLocal<v8::Value> ToV8(
      v8::Local<v8::Context> context,
      const ImplTypeOf<IDLRecord<K, V>>& entries) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::EscapableHandleScope scope(isolate);
    v8::Local<v8::Object> object = v8::Object::New(isolate);
    for (const auto& entry : entries) {
      v8::Local<v8::Value> value;
      if (!ToV8Traits<V>::ToV8(context, entry.second).ToLocal(&value) ||
          object
              ->CreateDataProperty(
                  context, bindings::ToV8String(isolate, entry.first), value)
              .IsNothing())
        return {};
    }
    return scope.Escape(object);
  }
};

template <typename T>
struct ToV8Traits<IDLNullable<T>> {
  using ImplType = ImplTypeOf<IDLNullable<T>>;
  static v8::MaybeLocal<v8::Value> ToV8(v8::Local<v8::Context> context,
                                        const ImplType& value) {
    if (!value)
      return v8::Null(context->GetIsolate());
    if constexpr (std::is_same<ImplType, ImplTypeOf<T>>::value)
      return ToV8Traits<T>::ToV8(context, value);
    else
      return ToV8Traits<T>::ToV8(context, *value);
  }
};

template <typename... T>
struct ToV8Traits<IDLUnion<T...>> {
  template <size_t I>
  using Member = std::tuple_element_t<I, std::tuple<T...>>;

  template <size_t I = 0>
  static v8::MaybeLocal<v8::Value> ToV8(
      v8::Local<v8::Context> context,
      const ImplTypeOf<IDLUnion<T...>>& value) {
    if constexpr (I == sizeof...(T)) {
      return {};
    } else {
      if (value.index() == I)
        return ToV8Traits<Member<I>>::ToV8(context, std::get<I>(value));
      return ToV8<I + 1>(context, value);
    }
  }
};

}  // namespace mediacapture

#endif  // BINDINGS_TO_V8_TRAITS_H_

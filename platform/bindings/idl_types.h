// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// C++ tags for WebIDL types, and the C++ type ("impl type") each converts
// to. V8-free: core code names IDL types (e.g. PromiseResolver<IDLBoolean>)
// without seeing V8.
//
//   boolean                 bool
//   byte ... long long      int8_t ... uint64_t (IDLInteger<T, mode>)
//   float, double           float, double (restricted or not)
//   DOMString, USVString    std::string, UTF-8
//   ByteString              std::string, one byte per code unit
//   sequence<T>             std::vector<impl of T>
//   record<K, V>            std::vector<std::pair<std::string, impl of V>>
//   T?                      std::optional<impl of T>; an interface stays a
//                           scoped_refptr (null is null)
//   (A or B)                std::variant<impl of A, impl of B>
//   interface I             scoped_refptr<I> (arguments: I*)
//   any, object             ScriptValue
//   dictionary D            the generated struct D
//   enum E                  the generated enum class E
//   callback C              scoped_refptr<C> (generated abstract class)
//
// Dictionaries, enums and interfaces are their own tags.

#ifndef PLATFORM_BINDINGS_IDL_TYPES_H_
#define PLATFORM_BINDINGS_IDL_TYPES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <variant>
#include <vector>

#include "platform/bindings/ref_counted.h"
#include "platform/bindings/script_value.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

// How a type behaves in union resolution and overload resolution
// (https://webidl.spec.whatwg.org/#es-union).
enum class IdlKind {
  kUndefined,
  kBoolean,
  kNumeric,
  kString,  // DOMString, USVString, ByteString and enumerations
  kInterface,
  kDictionary,
  kSequence,
  kRecord,
  kCallbackFunction,
  kCallbackInterface,
  kObject,
  kAny,
  kPromise,
  kNullable,
  kUnion,
};

// https://webidl.spec.whatwg.org/#abstract-opdef-converttoint
enum class IntegerConversion { kDefault, kEnforceRange, kClamp };

struct IDLUndefined {
  static constexpr IdlKind kKind = IdlKind::kUndefined;
  struct ImplType {};
};
// `any`: a ScriptValue (platform/bindings/script_value.h).
struct IDLAny {
  static constexpr IdlKind kKind = IdlKind::kAny;
  using ImplType = ScriptValue;
};
// `object`: a ScriptValue that holds a JS object.
struct IDLObject {
  static constexpr IdlKind kKind = IdlKind::kObject;
  using ImplType = ScriptValue;
};
struct IDLBoolean {
  static constexpr IdlKind kKind = IdlKind::kBoolean;
  using ImplType = bool;
};
template <typename T, IntegerConversion mode = IntegerConversion::kDefault>
struct IDLInteger {
  static constexpr IdlKind kKind = IdlKind::kNumeric;
  static constexpr IntegerConversion kMode = mode;
  using ImplType = T;
};
using IDLByte = IDLInteger<int8_t>;
using IDLOctet = IDLInteger<uint8_t>;
using IDLShort = IDLInteger<int16_t>;
using IDLUnsignedShort = IDLInteger<uint16_t>;
using IDLLong = IDLInteger<int32_t>;
using IDLUnsignedLong = IDLInteger<uint32_t>;
using IDLLongLong = IDLInteger<int64_t>;
using IDLUnsignedLongLong = IDLInteger<uint64_t>;

template <typename T, bool restricted>
struct IDLFloatingPoint {
  static constexpr IdlKind kKind = IdlKind::kNumeric;
  static constexpr bool kRestricted = restricted;
  using ImplType = T;
};
using IDLFloat = IDLFloatingPoint<float, true>;
using IDLUnrestrictedFloat = IDLFloatingPoint<float, false>;
using IDLDouble = IDLFloatingPoint<double, true>;
using IDLUnrestrictedDouble = IDLFloatingPoint<double, false>;

enum class StringKind { kDOMString, kUSVString, kByteString };
template <StringKind kind>
struct IDLStringBase {
  static constexpr IdlKind kKind = IdlKind::kString;
  static constexpr StringKind kStringKind = kind;
  using ImplType = std::string;
};
using IDLDOMString = IDLStringBase<StringKind::kDOMString>;
using IDLUSVString = IDLStringBase<StringKind::kUSVString>;
using IDLByteString = IDLStringBase<StringKind::kByteString>;

// Generated dictionaries and callbacks specialize this; interfaces and
// enums are recognised by their C++ type.
template <typename T, typename Enable = void>
struct IdlTypeTraits {
  static constexpr IdlKind kKind = T::kKind;
  using ImplType = typename T::ImplType;
};
template <typename T>
struct IdlTypeTraits<
    T,
    std::enable_if_t<std::is_base_of<ScriptWrappable, T>::value>> {
  static constexpr IdlKind kKind = IdlKind::kInterface;
  using ImplType = scoped_refptr<T>;
};
template <typename T>
struct IdlTypeTraits<T, std::enable_if_t<std::is_enum<T>::value>> {
  static constexpr IdlKind kKind = IdlKind::kString;
  using ImplType = T;
};

template <typename T>
using ImplTypeOf = typename IdlTypeTraits<T>::ImplType;
template <typename T>
constexpr IdlKind IdlKindOf() {
  return IdlTypeTraits<T>::kKind;
}

// The generated enum header specializes EnumTraits<E> with kName,
// ToString(E) and FromString(const std::string&, E*).
template <typename E>
struct EnumTraits;

template <typename T>
struct IDLSequence {
  static constexpr IdlKind kKind = IdlKind::kSequence;
  using ImplType = std::vector<ImplTypeOf<T>>;
};

// FrozenArray<T> (https://webidl.spec.whatwg.org/#idl-frozen-array): held
// as a vector like sequence<T>; converted to JS as a frozen array.
template <typename T>
struct IDLFrozenArray {
  static constexpr IdlKind kKind = IdlKind::kSequence;
  using ImplType = std::vector<ImplTypeOf<T>>;
};

template <typename K, typename V>
struct IDLRecord {
  static constexpr IdlKind kKind = IdlKind::kRecord;
  using ImplType = std::vector<std::pair<std::string, ImplTypeOf<V>>>;
};

template <typename T>
struct IDLNullable {
  static constexpr IdlKind kKind = IdlKind::kNullable;
  using ImplType =
      std::conditional_t<IdlKindOf<T>() == IdlKind::kInterface ||
                             IdlKindOf<T>() == IdlKind::kCallbackFunction ||
                             IdlKindOf<T>() == IdlKind::kCallbackInterface,
                         ImplTypeOf<T>,
                         std::optional<ImplTypeOf<T>>>;
};

// Member types in the order written; the impl type is a variant with one
// alternative per member, in the same order (alternatives may repeat a C++
// type, e.g. DOMString and USVString: use the index, not the type).
template <typename... T>
struct IDLUnion {
  static constexpr IdlKind kKind = IdlKind::kUnion;
  using ImplType = std::variant<ImplTypeOf<T>...>;
};

template <typename T>
struct IDLPromise {
  static constexpr IdlKind kKind = IdlKind::kPromise;
};

}  // namespace mediacapture

#endif  // PLATFORM_BINDINGS_IDL_TYPES_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Converting a ScriptValue to an IDL dictionary, for the few core steps
// that take an `object` and convert it themselves, more than once and to
// more than one type (https://w3c.github.io/permissions/#dom-permissions-query
// steps 2 and 4). Core stays V8-free: bindings/ sets the conversion of each
// generated dictionary when it registers its interfaces (the generated
// <target>_registry.cc), before any script runs.

#ifndef PLATFORM_BINDINGS_DICTIONARY_CONVERSION_H_
#define PLATFORM_BINDINGS_DICTIONARY_CONVERSION_H_

#include <atomic>

#include "platform/bindings/exception_state.h"
#include "platform/bindings/script_value.h"

namespace mediacapture {

template <typename D>
class DictionaryConversion {
 public:
  // https://webidl.spec.whatwg.org/#js-dictionary: throws through
  // |exception_state| (which must be the one of the binding call) and
  // returns D() when the value does not convert.
  using Function = D (*)(const ScriptValue& value,
                         ExceptionState& exception_state);

  static void Set(Function function) { function_.store(function); }

  static D Convert(const ScriptValue& value, ExceptionState& exception_state) {
    Function function = function_.load();
    if (!function) {
      exception_state.ThrowTypeError("No conversion to this dictionary");
      return D();
    }
    return function(value, exception_state);
  }

 private:
  // Any thread: set once per process, possibly from two threads that
  // install interfaces at once.
  static inline std::atomic<Function> function_{nullptr};
};

}  // namespace mediacapture

#endif  // PLATFORM_BINDINGS_DICTIONARY_CONVERSION_H_

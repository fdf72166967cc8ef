// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/dom_exception.h"

#include <cstring>

namespace mediacapture {

namespace {

// https://webidl.spec.whatwg.org/#idl-DOMException-error-names: the names
// that have a legacy code (the others have code 0).
struct LegacyCode {
  const char* name;
  uint16_t code;
};
constexpr LegacyCode kLegacyCodes[] = {
    {"IndexSizeError", 1},
    {"HierarchyRequestError", 3},
    {"WrongDocumentError", 4},
    {"InvalidCharacterError", 5},
    {"NoModificationAllowedError", 7},
    {"NotFoundError", 8},
    {"NotSupportedError", 9},
    {"InUseAttributeError", 10},
    {"InvalidStateError", 11},
    {"SyntaxError", 12},
    {"InvalidModificationError", 13},
    {"NamespaceError", 14},
    {"InvalidAccessError", 15},
    {"TypeMismatchError", 17},
    {"SecurityError", 18},
    {"NetworkError", 19},
    {"AbortError", 20},
    {"URLMismatchError", 21},
    {"QuotaExceededError", 22},
    {"TimeoutError", 23},
    {"InvalidNodeTypeError", 24},
    {"DataCloneError", 25},
};

}  // namespace

// static
scoped_refptr<DOMException> DOMException::Create(const std::string& message,
                                                 const std::string& name) {
  return scoped_refptr<DOMException>(new DOMException(message, name));
}

// static
uint16_t DOMException::LegacyCodeForName(const std::string& name) {
  for (const LegacyCode& entry : kLegacyCodes) {
    if (name == entry.name)
      return entry.code;
  }
  return 0;
}

DOMException::DOMException(const std::string& message, const std::string& name)
    : name_(name), message_(message) {}

}  // namespace mediacapture

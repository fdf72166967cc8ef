// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// DOMException: https://webidl.spec.whatwg.org/#idl-DOMException
// The error names and their legacy codes are the table of
// https://webidl.spec.whatwg.org/#idl-DOMException-error-names.

#ifndef CORE_DOM_DOM_EXCEPTION_H_
#define CORE_DOM_DOM_EXCEPTION_H_

#include <cstdint>
#include <string>

#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

// JS thread only.
class DOMException : public ScriptWrappable {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // https://webidl.spec.whatwg.org/#dom-domexception-domexception
  static scoped_refptr<DOMException> Create(const std::string& message,
                                            const std::string& name);

  // The legacy code of an error name of the table, 0 for any other name.
  static uint16_t LegacyCodeForName(const std::string& name);

  const std::string& name() const { return name_; }
  const std::string& message() const { return message_; }
  // https://webidl.spec.whatwg.org/#dom-domexception-code
  uint16_t code() const { return LegacyCodeForName(name_); }

 protected:
  DOMException(const std::string& message, const std::string& name);

 private:
  const std::string name_;
  const std::string message_;
};

}  // namespace mediacapture

#endif  // CORE_DOM_DOM_EXCEPTION_H_

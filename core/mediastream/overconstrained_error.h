// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/mediacapture-main/#overconstrainederror-interface:
// a DOMException named "OverconstrainedError" that names the constraint
// that could not be satisfied. Any thread until wrapped; then JS thread.

#ifndef CORE_MEDIASTREAM_OVERCONSTRAINED_ERROR_H_
#define CORE_MEDIASTREAM_OVERCONSTRAINED_ERROR_H_

#include <string>

#include "core/dom/dom_exception.h"

namespace mediacapture {

class OverconstrainedError : public DOMException {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // https://w3c.github.io/mediacapture-main/#dom-overconstrainederror-constructor
  static scoped_refptr<OverconstrainedError> Create(
      const std::string& constraint,
      const std::string& message);

  const std::string& constraint() const { return constraint_; }

 private:
  OverconstrainedError(const std::string& constraint,
                       const std::string& message);

  const std::string constraint_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_OVERCONSTRAINED_ERROR_H_

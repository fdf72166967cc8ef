// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/overconstrained_error.h"

namespace mediacapture {

// static
scoped_refptr<OverconstrainedError> OverconstrainedError::Create(
    const std::string& constraint,
    const std::string& message) {
  return scoped_refptr<OverconstrainedError>(
      new OverconstrainedError(constraint, message));
}

OverconstrainedError::OverconstrainedError(const std::string& constraint,
                                           const std::string& message)
    : DOMException(message, "OverconstrainedError"), constraint_(constraint) {}

}  // namespace mediacapture

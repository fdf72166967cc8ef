// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/bindings/script_wrappable.h"

#include <cassert>

namespace mediacapture {

ScriptWrappable::~ScriptWrappable() {
  // The wrapper holds a reference, so it is gone before the object is.
  assert(!wrapper_slot_);
}

}  // namespace mediacapture

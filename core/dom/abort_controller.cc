// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/abort_controller.h"

namespace mediacapture {

// static
scoped_refptr<AbortController> AbortController::Create() {
  return scoped_refptr<AbortController>(new AbortController());
}

AbortController::AbortController() : signal_(AbortSignal::Create()) {}

void AbortController::Abort(const std::optional<ScriptValue>& reason) {
  signal_->SignalAbort(reason);
}

}  // namespace mediacapture

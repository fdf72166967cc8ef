// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// AbortController: https://dom.spec.whatwg.org/#interface-abortcontroller

#ifndef CORE_DOM_ABORT_CONTROLLER_H_
#define CORE_DOM_ABORT_CONTROLLER_H_

#include <optional>

#include "core/dom/abort_signal.h"
#include "platform/bindings/script_value.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

// JS thread only.
class AbortController : public ScriptWrappable {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<AbortController> Create();

  AbortSignal* signal() const { return signal_.get(); }
  // https://dom.spec.whatwg.org/#dom-abortcontroller-abort
  void Abort(const std::optional<ScriptValue>& reason);

 private:
  AbortController();
  scoped_refptr<AbortSignal> signal_;
};

}  // namespace mediacapture

#endif  // CORE_DOM_ABORT_CONTROLLER_H_

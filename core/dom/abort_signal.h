// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// AbortSignal: https://dom.spec.whatwg.org/#interface-AbortSignal

#ifndef CORE_DOM_ABORT_SIGNAL_H_
#define CORE_DOM_ABORT_SIGNAL_H_

#include <functional>
#include <optional>
#include <vector>

#include "core/dom/event_target.h"
#include "platform/bindings/exception_state.h"
#include "platform/bindings/script_value.h"

namespace mediacapture {

// JS thread only.
class AbortSignal : public EventTarget {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<AbortSignal> Create();
  // https://dom.spec.whatwg.org/#dom-abortsignal-abort
  static scoped_refptr<AbortSignal> Abort(
      const std::optional<ScriptValue>& reason);

  bool aborted() const { return aborted_; }
  const ScriptValue& reason() const { return reason_; }
  // https://dom.spec.whatwg.org/#dom-abortsignal-throwifaborted
  void ThrowIfAborted(ExceptionState& exception_state);

  // https://dom.spec.whatwg.org/#abortsignal-add: runs |algorithm| when the
  // signal aborts (never if it already has).
  void AddAlgorithm(std::function<void()> algorithm);
  // https://dom.spec.whatwg.org/#abortsignal-signal-abort; an undefined
  // |reason| becomes a new "AbortError" DOMException.
  void SignalAbort(const std::optional<ScriptValue>& reason);

 private:
  AbortSignal();
  static ScriptValue ReasonOrAbortError(
      const std::optional<ScriptValue>& reason);

  bool aborted_ = false;
  ScriptValue reason_;
  std::vector<std::function<void()>> algorithms_;
};

}  // namespace mediacapture

#endif  // CORE_DOM_ABORT_SIGNAL_H_

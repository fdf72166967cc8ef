// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/abort_signal.h"

#include "core/dom/dom_exception.h"

namespace mediacapture {

// static
scoped_refptr<AbortSignal> AbortSignal::Create() {
  return scoped_refptr<AbortSignal>(new AbortSignal());
}

AbortSignal::AbortSignal() = default;

// static
ScriptValue AbortSignal::ReasonOrAbortError(
    const std::optional<ScriptValue>& reason) {
  if (reason && !reason->IsUndefined())
    return *reason;
  return ScriptValue(scoped_refptr<ScriptWrappable>(
      DOMException::Create("signal is aborted without reason", "AbortError")
          .get()));
}

// static
scoped_refptr<AbortSignal> AbortSignal::Abort(
    const std::optional<ScriptValue>& reason) {
  scoped_refptr<AbortSignal> signal = Create();
  signal->aborted_ = true;
  signal->reason_ = ReasonOrAbortError(reason);
  return signal;
}

void AbortSignal::ThrowIfAborted(ExceptionState& exception_state) {
  if (aborted_)
    exception_state.ThrowValue(reason_);
}

void AbortSignal::AddAlgorithm(std::function<void()> algorithm) {
  if (aborted_)
    return;
  algorithms_.push_back(std::move(algorithm));
}

void AbortSignal::SignalAbort(const std::optional<ScriptValue>& reason) {
  if (aborted_)
    return;
  aborted_ = true;
  reason_ = ReasonOrAbortError(reason);
  // Run the algorithms, then empty the list; fire abort (trusted).
  std::vector<std::function<void()>> algorithms;
  algorithms.swap(algorithms_);
  for (auto& algorithm : algorithms)
    algorithm();
  scoped_refptr<Event> event = Event::CreateTrusted("abort");
  DispatchEvent(event.get());
}

}  // namespace mediacapture

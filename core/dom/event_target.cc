// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/event_target.h"

#include <algorithm>

#include "core/dom/abort_signal.h"
#include "idl/dom/add_event_listener_options.h"
#include "idl/dom/event_listener_options.h"

namespace mediacapture {

// static
scoped_refptr<EventTarget> EventTarget::Create() {
  return scoped_refptr<EventTarget>(new EventTarget());
}

EventTarget::EventTarget() = default;

EventTarget::~EventTarget() = default;

void EventTarget::AddEventListener(
    const std::string& type,
    EventListener* callback,
    const std::variant<AddEventListenerOptions, bool>& options) {
  // https://dom.spec.whatwg.org/#event-flatten-more
  auto listener = std::make_shared<Listener>();
  listener->type = type;
  listener->callback = callback;
  if (const bool* capture = std::get_if<bool>(&options)) {
    listener->capture = *capture;
  } else {
    const auto& dict = std::get<AddEventListenerOptions>(options);
    listener->capture = dict.capture;
    listener->once = dict.once;
    listener->passive = dict.passive.value_or(false);
  }
  AbortSignal* signal = nullptr;
  if (const auto* dict = std::get_if<AddEventListenerOptions>(&options)) {
    if (dict->signal)
      signal = dict->signal->get();
  }
  // https://dom.spec.whatwg.org/#add-an-event-listener
  if (signal && signal->aborted())
    return;
  if (!callback)
    return;
  for (const auto& existing : listeners_) {
    if (existing->type == type && existing->capture == listener->capture &&
        !existing->is_attribute && existing->callback->Matches(*callback))
      return;
  }
  if (signal) {
    // Step 6: abort removes the listener. The algorithm keeps the target
    // alive until the signal aborts or goes away.
    scoped_refptr<EventTarget> target(this);
    std::weak_ptr<Listener> weak = listener;
    signal->AddAlgorithm([target, weak]() {
      if (auto l = weak.lock())
        target->RemoveListener(l);
    });
  }
  listeners_.push_back(std::move(listener));
}

void EventTarget::RemoveEventListener(
    const std::string& type,
    EventListener* callback,
    const std::variant<EventListenerOptions, bool>& options) {
  // https://dom.spec.whatwg.org/#event-flatten
  bool capture = std::holds_alternative<bool>(options)
                     ? std::get<bool>(options)
                     : std::get<EventListenerOptions>(options).capture;
  if (!callback)
    return;
  for (const auto& existing : listeners_) {
    if (existing->type == type && existing->capture == capture &&
        !existing->is_attribute && existing->callback->Matches(*callback)) {
      RemoveListener(existing);
      return;
    }
  }
}

void EventTarget::RemoveListener(const std::shared_ptr<Listener>& listener) {
  // https://dom.spec.whatwg.org/#remove-an-event-listener: a dispatch in
  // progress holds its own copy of the list and skips removed listeners.
  listener->removed = true;
  listeners_.erase(std::remove(listeners_.begin(), listeners_.end(), listener),
                   listeners_.end());
}

bool EventTarget::DispatchEvent(Event* event, ExceptionState& exception_state) {
  if (event->dispatching() || !event->initialized()) {
    exception_state.ThrowDOMException(
        "InvalidStateError",
        "The event is already being dispatched or was not initialized.");
    return false;
  }
  return DispatchEvent(event);
}

bool EventTarget::DispatchEvent(Event* event) {
  // https://dom.spec.whatwg.org/#concept-event-dispatch, for a path of one
  // target. Keep both alive: a listener may drop the last JS reference.
  scoped_refptr<EventTarget> protect_target(this);
  scoped_refptr<Event> protect_event(event);
  event->BeginDispatch(this);
  ListenerList listeners = listeners_;
  event->SetPhase(Event::kAtTarget);
  // https://dom.spec.whatwg.org/#concept-event-listener-invoke at target:
  // capture listeners first (the capturing pass), then the others.
  InnerInvoke(event, listeners, /*capture=*/true);
  if (!event->stop_propagation())
    InnerInvoke(event, listeners, /*capture=*/false);
  event->EndDispatch();
  return !event->default_prevented();
}

void EventTarget::InnerInvoke(Event* event,
                              const ListenerList& listeners,
                              bool capture) {
  for (const auto& listener : listeners) {
    if (listener->removed || listener->type != event->type() ||
        listener->capture != capture)
      continue;
    if (listener->once)
      RemoveListener(listener);
    event->SetInPassiveListener(listener->passive);
    // Hold the callback: the listener may remove itself.
    scoped_refptr<EventListener> callback = listener->callback;
    callback->Invoke(event);
    event->SetInPassiveListener(false);
    if (event->stop_immediate_propagation())
      return;
  }
}

EventListener* EventTarget::GetAttributeEventListener(
    const std::string& type) const {
  for (const auto& listener : listeners_) {
    if (listener->is_attribute && listener->type == type)
      return listener->callback.get();
  }
  return nullptr;
}

void EventTarget::SetAttributeEventListener(
    const std::string& type,
    scoped_refptr<EventListener> callback) {
  // https://html.spec.whatwg.org/#event-handler-attributes: the first set
  // registers a listener; later sets replace its callback in place; null
  // deactivates (removes) it.
  for (const auto& listener : listeners_) {
    if (listener->is_attribute && listener->type == type) {
      if (callback)
        listener->callback = std::move(callback);
      else
        RemoveListener(listener);
      return;
    }
  }
  if (!callback)
    return;
  auto listener = std::make_shared<Listener>();
  listener->type = type;
  listener->callback = std::move(callback);
  listener->is_attribute = true;
  listeners_.push_back(std::move(listener));
}

bool EventTarget::HasEventListeners() const {
  return !listeners_.empty();
}

bool EventTarget::HasEventListeners(const std::string& type) const {
  return std::any_of(listeners_.begin(), listeners_.end(),
                     [&](const auto& l) { return l->type == type; });
}

}  // namespace mediacapture

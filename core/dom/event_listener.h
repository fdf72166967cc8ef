// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// An event listener as core sees it: the "callback" of
// https://dom.spec.whatwg.org/#concept-event-listener. bindings/ implements
// it over a JS function or an object with handleEvent (JSEventListener),
// and over an event handler attribute's function
// (https://html.spec.whatwg.org/#event-handler-attributes).

#ifndef CORE_DOM_EVENT_LISTENER_H_
#define CORE_DOM_EVENT_LISTENER_H_

#include "platform/bindings/idl_types.h"
#include "platform/bindings/ref_counted.h"

namespace mediacapture {

class Event;

// JS thread only.
class EventListener : public RefCounted {
 public:
  // Calls the listener (https://dom.spec.whatwg.org/#concept-event-listener-
  // inner-invoke step "Call a user object's operation"). An exception it
  // throws is reported, never propagated to the dispatcher.
  virtual void Invoke(Event* event) = 0;

  // True if |other| wraps the same JS callback object (the identity that
  // addEventListener and removeEventListener compare).
  virtual bool Matches(const EventListener& other) const = 0;
};

template <>
struct IdlTypeTraits<EventListener> {
  static constexpr IdlKind kKind = IdlKind::kCallbackInterface;
  using ImplType = scoped_refptr<EventListener>;
};

}  // namespace mediacapture

#endif  // CORE_DOM_EVENT_LISTENER_H_

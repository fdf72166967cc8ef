// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// EventTarget: https://dom.spec.whatwg.org/#interface-eventtarget
// Listener lists, add/remove with the spec's flattening of options, event
// handler attributes (https://html.spec.whatwg.org/#event-handler-attributes)
// and dispatch. Targets here are not nodes, so an event's path is its target
// alone: dispatch runs the capture listeners, then the others, at target.

#ifndef CORE_DOM_EVENT_TARGET_H_
#define CORE_DOM_EVENT_TARGET_H_

#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/dom/event.h"
#include "core/dom/event_listener.h"
#include "platform/bindings/exception_state.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

// bindings/add_event_listener_options.h and event_listener_options.h, which
// name AbortSignal, an EventTarget.
struct AddEventListenerOptions;
struct EventListenerOptions;

// JS thread only.
class EventTarget : public ScriptWrappable {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // https://dom.spec.whatwg.org/#dom-eventtarget-eventtarget
  static scoped_refptr<EventTarget> Create();
  ~EventTarget() override;

  // https://dom.spec.whatwg.org/#dom-eventtarget-addeventlistener
  void AddEventListener(
      const std::string& type,
      EventListener* callback,
      const std::variant<AddEventListenerOptions, bool>& options);
  // https://dom.spec.whatwg.org/#dom-eventtarget-removeeventlistener
  void RemoveEventListener(
      const std::string& type,
      EventListener* callback,
      const std::variant<EventListenerOptions, bool>& options);
  // https://dom.spec.whatwg.org/#dom-eventtarget-dispatchevent
  // Throws InvalidStateError if |event| is being dispatched or was not
  // initialized.
  bool DispatchEvent(Event* event, ExceptionState& exception_state);
  // Fires an event that core created (not yet dispatched, initialized).
  // Returns false if a listener canceled it.
  bool DispatchEvent(Event* event);

  // Event handler attributes (on<type>): the handler takes the place of
  // the first registration and keeps it when replaced; null removes it.
  EventListener* GetAttributeEventListener(const std::string& type) const;
  void SetAttributeEventListener(const std::string& type,
                                 scoped_refptr<EventListener> listener);

  bool HasEventListeners() const;
  bool HasEventListeners(const std::string& type) const;

 protected:
  EventTarget();

 private:
  // https://dom.spec.whatwg.org/#concept-event-listener
  struct Listener {
    std::string type;
    scoped_refptr<EventListener> callback;
    bool capture = false;
    bool passive = false;
    bool once = false;
    bool removed = false;
    bool is_attribute = false;
  };
  using ListenerList = std::vector<std::shared_ptr<Listener>>;

  // https://dom.spec.whatwg.org/#concept-event-listener-inner-invoke
  void InnerInvoke(Event* event, const ListenerList& listeners, bool capture);
  void RemoveListener(const std::shared_ptr<Listener>& listener);
  // Passive default: https://dom.spec.whatwg.org/#default-passive-value
  // (false for every target that is not a node or window).

  ListenerList listeners_;
};

}  // namespace mediacapture

#endif  // CORE_DOM_EVENT_TARGET_H_

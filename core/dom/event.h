// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Event: https://dom.spec.whatwg.org/#interface-event
// Targets in this project are not nodes: an event's path is its target
// alone, so composedPath() is [currentTarget] during dispatch, and
// bubbling and composed only show in their attributes.

#ifndef CORE_DOM_EVENT_H_
#define CORE_DOM_EVENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "idl/dom/event_init.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

class EventTarget;

// JS thread only.
class Event : public ScriptWrappable {
  DEFINE_WRAPPERTYPEINFO();

 public:
  // https://dom.spec.whatwg.org/#dom-event-eventphase
  enum Phase : uint16_t {
    kNone = 0,
    kCapturingPhase = 1,
    kAtTarget = 2,
    kBubblingPhase = 3,
  };

  // https://dom.spec.whatwg.org/#dom-event-event (from script: untrusted).
  static scoped_refptr<Event> Create(const std::string& type,
                                     const EventInit& init);
  // An event that core fires (https://dom.spec.whatwg.org/#concept-event-fire):
  // trusted, not bubbling, not cancelable unless |init| says so.
  static scoped_refptr<Event> CreateTrusted(const std::string& type,
                                            const EventInit& init = {});
  ~Event() override;

  const std::string& type() const { return type_; }
  EventTarget* target() const { return target_.get(); }
  EventTarget* src_element() const { return target_.get(); }
  EventTarget* current_target() const { return current_target_.get(); }
  std::vector<scoped_refptr<EventTarget>> ComposedPath() const;
  uint16_t event_phase() const { return phase_; }

  void StopPropagation() { stop_propagation_ = true; }
  bool cancel_bubble() const { return stop_propagation_; }
  // https://dom.spec.whatwg.org/#dom-event-cancelbubble
  void set_cancel_bubble(bool value) {
    if (value)
      stop_propagation_ = true;
  }
  void StopImmediatePropagation() {
    stop_propagation_ = true;
    stop_immediate_propagation_ = true;
  }

  bool bubbles() const { return bubbles_; }
  bool cancelable() const { return cancelable_; }
  // https://dom.spec.whatwg.org/#dom-event-returnvalue
  bool return_value() const { return !canceled_; }
  void set_return_value(bool value) {
    if (!value)
      SetCanceledFlag();
  }
  void PreventDefault() { SetCanceledFlag(); }
  bool default_prevented() const { return canceled_; }
  bool composed() const { return composed_; }
  bool is_trusted() const { return is_trusted_; }
  // Milliseconds since the process's time origin
  // (https://w3c.github.io/hr-time/#dfn-current-high-resolution-time).
  double time_stamp() const { return time_stamp_; }

  // https://dom.spec.whatwg.org/#dom-event-initevent
  void InitEvent(const std::string& type, bool bubbles, bool cancelable);

  // Dispatch state, driven by EventTarget::DispatchEvent.
  bool dispatching() const { return dispatching_; }
  bool initialized() const { return initialized_; }
  bool stop_propagation() const { return stop_propagation_; }
  bool stop_immediate_propagation() const {
    return stop_immediate_propagation_;
  }
  void BeginDispatch(EventTarget* target);
  void SetPhase(Phase phase) { phase_ = phase; }
  void SetInPassiveListener(bool value) { in_passive_listener_ = value; }
  void EndDispatch();

 protected:
  // For interfaces that inherit from Event (MediaStreamTrackEvent, ...).
  Event(const std::string& type, const EventInit& init, bool trusted);

 private:
  // https://dom.spec.whatwg.org/#set-the-canceled-flag
  void SetCanceledFlag() {
    if (cancelable_ && !in_passive_listener_)
      canceled_ = true;
  }

  std::string type_;
  scoped_refptr<EventTarget> target_;
  scoped_refptr<EventTarget> current_target_;
  uint16_t phase_ = kNone;
  bool bubbles_;
  bool cancelable_;
  bool composed_;
  bool is_trusted_;
  bool initialized_ = true;
  bool dispatching_ = false;
  bool stop_propagation_ = false;
  bool stop_immediate_propagation_ = false;
  bool canceled_ = false;
  bool in_passive_listener_ = false;
  double time_stamp_;
};

}  // namespace mediacapture

#endif  // CORE_DOM_EVENT_H_

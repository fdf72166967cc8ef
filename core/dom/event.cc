// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/event.h"

#include <chrono>

#include "core/dom/event_target.h"

namespace mediacapture {

namespace {

// The time origin: the first use in the process (a shell runs one page).
double NowMs() {
  using Clock = std::chrono::steady_clock;
  static const Clock::time_point origin = Clock::now();
  return std::chrono::duration<double, std::milli>(Clock::now() - origin)
      .count();
}

}  // namespace

// static
scoped_refptr<Event> Event::Create(const std::string& type,
                                   const EventInit& init) {
  return scoped_refptr<Event>(new Event(type, init, /*trusted=*/false));
}

// static
scoped_refptr<Event> Event::CreateTrusted(const std::string& type,
                                          const EventInit& init) {
  return scoped_refptr<Event>(new Event(type, init, /*trusted=*/true));
}

Event::Event(const std::string& type, const EventInit& init, bool trusted)
    : type_(type),
      bubbles_(init.bubbles),
      cancelable_(init.cancelable),
      composed_(init.composed),
      is_trusted_(trusted),
      time_stamp_(NowMs()) {}

Event::~Event() = default;

std::vector<scoped_refptr<EventTarget>> Event::ComposedPath() const {
  // https://dom.spec.whatwg.org/#dom-event-composedpath: the path is the
  // target alone here, and empty outside of dispatch.
  if (!dispatching_ || !current_target_)
    return {};
  return {current_target_};
}

void Event::InitEvent(const std::string& type, bool bubbles, bool cancelable) {
  // https://dom.spec.whatwg.org/#dom-event-initevent: no effect while
  // dispatching.
  if (dispatching_)
    return;
  initialized_ = true;
  stop_propagation_ = false;
  stop_immediate_propagation_ = false;
  canceled_ = false;
  is_trusted_ = false;
  target_ = nullptr;
  type_ = type;
  bubbles_ = bubbles;
  cancelable_ = cancelable;
}

void Event::BeginDispatch(EventTarget* target) {
  dispatching_ = true;
  target_ = target;
  current_target_ = target;
}

void Event::EndDispatch() {
  // https://dom.spec.whatwg.org/#concept-event-dispatch steps 7-13.
  phase_ = kNone;
  current_target_ = nullptr;
  dispatching_ = false;
  stop_propagation_ = false;
  stop_immediate_propagation_ = false;
}

}  // namespace mediacapture

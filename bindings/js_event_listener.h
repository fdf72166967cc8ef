// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// EventListener over a JS callback: a function or an object with
// handleEvent (https://dom.spec.whatwg.org/#callbackdef-eventlistener), or
// an event handler attribute's value
// (https://html.spec.whatwg.org/#the-event-handler-processing-algorithm).
//
// The JS callback is held weakly: the bindings also keep it on the target's
// wrapper (RetainOnWrapper, the event handler's private slot), so it lives
// exactly as long as the wrapper, and a target with listeners but without
// pending activity stays collectable.

#ifndef BINDINGS_JS_EVENT_LISTENER_H_
#define BINDINGS_JS_EVENT_LISTENER_H_

#include <v8.h>

#include "bindings/native_value_traits.h"
#include "bindings/v8_exception_state.h"
#include "core/dom/event_listener.h"

namespace mediacapture {

// JS thread only.
class JSEventListener final : public EventListener {
 public:
  static scoped_refptr<EventListener> Create(v8::Isolate* isolate,
                                             v8::Local<v8::Object> callback);
  static scoped_refptr<EventListener> CreateEventHandler(
      v8::Isolate* isolate,
      v8::Local<v8::Object> callback);

  void Invoke(Event* event) override;
  bool Matches(const EventListener& other) const override;

 private:
  JSEventListener(v8::Isolate* isolate,
                  v8::Local<v8::Object> callback,
                  bool is_event_handler);

  v8::Isolate* const isolate_;
  v8::Global<v8::Object> callback_;
  v8::Global<v8::Context> context_;
  const bool is_event_handler_;
};

// https://webidl.spec.whatwg.org/#es-callback-interface: any object.
template <>
struct NativeValueTraits<EventListener> {
  static scoped_refptr<EventListener> NativeValue(
      v8::Isolate* isolate,
      v8::Local<v8::Value> value,
      V8ExceptionState& exception_state);
};

}  // namespace mediacapture

#endif  // BINDINGS_JS_EVENT_LISTENER_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/js_event_listener.h"

#include "bindings/exception_reporter.h"
#include "bindings/interface_support.h"
#include "core/dom/event.h"
#include "core/dom/event_target.h"

namespace mediacapture {

// static
scoped_refptr<EventListener> JSEventListener::Create(
    v8::Isolate* isolate,
    v8::Local<v8::Object> callback) {
  return scoped_refptr<EventListener>(
      new JSEventListener(isolate, callback, /*is_event_handler=*/false));
}

// static
scoped_refptr<EventListener> JSEventListener::CreateEventHandler(
    v8::Isolate* isolate,
    v8::Local<v8::Object> callback) {
  return scoped_refptr<EventListener>(
      new JSEventListener(isolate, callback, /*is_event_handler=*/true));
}

JSEventListener::JSEventListener(v8::Isolate* isolate,
                                 v8::Local<v8::Object> callback,
                                 bool is_event_handler)
    : isolate_(isolate),
      callback_(isolate, callback),
      context_(isolate, isolate->GetCurrentContext()),
      is_event_handler_(is_event_handler) {
  callback_.SetWeak();
  context_.SetWeak();
}

bool JSEventListener::Matches(const EventListener& other) const {
  const auto* js = dynamic_cast<const JSEventListener*>(&other);
  return js && !callback_.IsEmpty() && callback_ == js->callback_;
}

void JSEventListener::Invoke(Event* event) {
  v8::HandleScope handle_scope(isolate_);
  v8::Local<v8::Context> context = context_.Get(isolate_);
  v8::Local<v8::Object> callback = callback_.Get(isolate_);
  // Collected with its target's wrapper: nobody can observe the call.
  if (context.IsEmpty() || callback.IsEmpty())
    return;
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate_);
  v8::Local<v8::Value> event_value;
  v8::Local<v8::Value> this_value;
  if (!ToV8Traits<Event>::ToV8(context, event).ToLocal(&event_value) ||
      !ToV8Traits<IDLNullable<EventTarget>>::ToV8(context,
                                                  event->current_target())
           .ToLocal(&this_value)) {
    bindings::ReportException(isolate_, try_catch);
    return;
  }
  // https://webidl.spec.whatwg.org/#call-a-user-objects-operation: a
  // callable object is called itself, with this = currentTarget; otherwise
  // its handleEvent, with this = the object.
  v8::Local<v8::Value> function = callback;
  if (!callback->IsFunction()) {
    if (is_event_handler_) {
      // https://webidl.spec.whatwg.org/#invoke-a-callback-function: not
      // callable → TypeError, reported.
      isolate_->ThrowException(
          v8::Exception::TypeError(v8::String::NewFromUtf8Literal(
              isolate_, "The event handler is not callable.")));
      bindings::ReportException(isolate_, try_catch);
      return;
    }
    this_value = callback;
    if (!callback
             ->Get(context,
                   v8::String::NewFromUtf8Literal(isolate_, "handleEvent"))
             .ToLocal(&function)) {
      bindings::ReportException(isolate_, try_catch);
      return;
    }
    if (!function->IsFunction()) {
      isolate_->ThrowException(
          v8::Exception::TypeError(v8::String::NewFromUtf8Literal(
              isolate_, "The listener's handleEvent is not callable.")));
      bindings::ReportException(isolate_, try_catch);
      return;
    }
  }
  v8::Local<v8::Value> result;
  if (!function.As<v8::Function>()
           ->Call(context, this_value, 1, &event_value)
           .ToLocal(&result)) {
    if (try_catch.HasCaught() && try_catch.CanContinue())
      bindings::ReportException(isolate_, try_catch);
    return;
  }
  // https://html.spec.whatwg.org/#the-event-handler-processing-algorithm
  // step 5: a handler returning false cancels the event.
  if (is_event_handler_ && result->IsFalse())
    event->PreventDefault();
}

// static
scoped_refptr<EventListener> NativeValueTraits<EventListener>::NativeValue(
    v8::Isolate* isolate,
    v8::Local<v8::Value> value,
    V8ExceptionState& exception_state) {
  if (!value->IsObject()) {
    exception_state.ThrowTypeError(
        "The callback provided as parameter 2 is "
        "not an object.");
    return nullptr;
  }
  return JSEventListener::Create(isolate, value.As<v8::Object>());
}

}  // namespace mediacapture

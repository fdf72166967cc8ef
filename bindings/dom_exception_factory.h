// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Creates DOMException objects (core/dom/dom_exception.h wrapped by the
// generated V8DOMException) for exceptions and promise rejections.

#ifndef BINDINGS_DOM_EXCEPTION_FACTORY_H_
#define BINDINGS_DOM_EXCEPTION_FACTORY_H_

#include <string>

#include <v8.h>

namespace mediacapture {

class DOMException;

// A new DOMException in the isolate's current context, with a `stack`
// captured where it was created. Empty if V8 threw while creating it.
v8::Local<v8::Value> CreateDOMException(v8::Isolate* isolate,
                                        const std::string& name,
                                        const std::string& message);

// Wraps an error object of core (a DOMException or a subclass such as
// OverconstrainedError) and gives it a `stack` ("Name: message" then the
// frames of the current JS stack).
v8::Local<v8::Value> WrapErrorObject(v8::Isolate* isolate, DOMException* error);

}  // namespace mediacapture

#endif  // BINDINGS_DOM_EXCEPTION_FACTORY_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Setting up a V8 context for pages that use Media Capture and Streams:
// defines the interface objects of every bound interface on the global
// object, and lets the embedder see exceptions that script cannot catch
// (thrown by event listeners and callbacks).

#ifndef INCLUDE_MEDIACAPTURE_CONTEXT_H_
#define INCLUDE_MEDIACAPTURE_CONTEXT_H_

#include <string>

#include <v8.h>

#include "mediacapture/export.h"

namespace mediacapture {

struct InstallOptions {
  // https://html.spec.whatwg.org/#secure-context: whether the page is a
  // secure context. When false, [SecureContext] interfaces and members
  // (e.g. navigator.mediaDevices) are not installed.
  bool secure_context = true;
};

// https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
// for a serialized origin: true for https:, wss: and file: origins and for
// localhost, *.localhost, 127.0.0.0/8 and [::1] hosts. Embedders use it for
// InstallOptions::secure_context and MediaContextOptions::secure_context of
// a page at |origin| (e.g. "http://localhost:8000").
MEDIACAPTURE_EXPORT bool IsPotentiallyTrustworthyOrigin(
    const std::string& origin);

// Defines every generated interface exposed to Window (EventTarget, Event,
// DOMException, MediaStream, ...) as a property of |context|'s global
// object, following https://webidl.spec.whatwg.org/#es-interfaces. Call once
// per context, with the context's isolate entered, before running script.
// Returns false if V8 threw (an exception is pending).
MEDIACAPTURE_EXPORT bool InstallInterfaces(v8::Local<v8::Context> context);
MEDIACAPTURE_EXPORT bool InstallInterfaces(v8::Local<v8::Context> context,
                                           const InstallOptions& options);

// Receives an exception that an event listener or a callback threw (the
// dispatch goes on: https://html.spec.whatwg.org/#report-the-exception).
// |message| may be empty.
using ExceptionReporter = void (*)(v8::Isolate* isolate,
                                   v8::Local<v8::Value> exception,
                                   v8::Local<v8::Message> message);

// Sets the isolate's reporter; null restores the default, which prints
// "Uncaught <exception>" with its location and stack to stderr.
MEDIACAPTURE_EXPORT void SetExceptionReporter(v8::Isolate* isolate,
                                              ExceptionReporter reporter);

}  // namespace mediacapture

#endif  // INCLUDE_MEDIACAPTURE_CONTEXT_H_

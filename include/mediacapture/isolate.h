// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// For a host that owns V8: its platform, its isolates, its event loop (a
// browser shell, Node.js, a gin embedder). The host initializes V8 and
// creates the isolate as it always does, with any ArrayBuffer allocator;
// then it attaches the library to the isolate before InstallInterfaces()
// (context.h) and detaches it before disposing of the isolate. A host that
// wants the library to own V8 uses Environment (environment.h) instead,
// which attaches every isolate it makes.

#ifndef INCLUDE_MEDIACAPTURE_ISOLATE_H_
#define INCLUDE_MEDIACAPTURE_ISOLATE_H_

#include <cstdint>
#include <string>

#include <v8.h>

#include "mediacapture/export.h"

namespace mediacapture {

// The one isolate data slot (v8::Isolate::SetData()) the library uses, for
// its per-isolate state. It uses no context embedder data and no other
// slot. Hosts conventionally take the low slots (gin, and so Chromium,
// takes 0).
constexpr uint32_t kIsolateDataSlot = 3;

// Sets the library up on |isolate|: call on the isolate's thread, before
// InstallInterfaces() for any of its contexts. Returns false and sets
// |error| when the isolate's data slot kIsolateDataSlot holds something the
// library did not put there. Attaching an attached isolate again succeeds
// and does nothing.
MEDIACAPTURE_EXPORT bool AttachToIsolate(v8::Isolate* isolate,
                                         std::string* error);

// Whether AttachToIsolate() has set |isolate| up (and DetachFromIsolate()
// has not undone it). Any thread.
MEDIACAPTURE_EXPORT bool IsAttachedToIsolate(v8::Isolate* isolate);

// The counterpart: releases every object the library made for |isolate|'s
// scripts and clears its data slot. Call on the isolate's thread after
// UninstallMediaContext() for each of its contexts and before the host
// disposes of the isolate. Safe on an isolate that is not attached.
MEDIACAPTURE_EXPORT void DetachFromIsolate(v8::Isolate* isolate);

}  // namespace mediacapture

#endif  // INCLUDE_MEDIACAPTURE_ISOLATE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef INCLUDE_MEDIACAPTURE_EXPORT_H_
#define INCLUDE_MEDIACAPTURE_EXPORT_H_

// Every public header includes this one, so the V8 version check below runs
// in every translation unit that uses the library.
//
// The library is built against one V8, Debian's libnode108 (V8 10.2), and
// its API passes V8 handles, isolates and contexts across; an embedder
// compiling against other V8 headers would build, then fail at link or run
// time. Stop at compile time instead, with one clear message.
//
// Only where V8's headers are on the include path: the V8-free headers
// (media_sink.h, permission_delegate.h, task_runner.h) are also included by
// core/, which builds without V8; the headers that use V8 need V8's include
// path anyway, so for them the check always runs.
#if defined(__has_include)
#if __has_include(<v8-version.h>)
#include <v8-version.h>
#if !defined(V8_MAJOR_VERSION) || !defined(V8_MINOR_VERSION) || \
    V8_MAJOR_VERSION != 10 || V8_MINOR_VERSION != 2
#error \
    "mediacapture supports V8 10.2 (Debian's libnode108, libnode-dev); these V8 headers declare another version"
#endif
#endif
#endif

// Symbols of the public API stay visible in libmediacapture.so; everything
// else is built with -fvisibility=hidden.
#define MEDIACAPTURE_EXPORT __attribute__((visibility("default")))

#endif  // INCLUDE_MEDIACAPTURE_EXPORT_H_

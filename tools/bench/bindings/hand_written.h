// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// HandTarget: BenchTarget's three members bound by hand with V8's API, the
// floor the generated bindings are measured against. It does the same work
// (brand check, WebIDL conversions of the same dictionaries and unions) but
// written directly for these types.

#ifndef TOOLS_BENCH_BINDINGS_HAND_WRITTEN_H_
#define TOOLS_BENCH_BINDINGS_HAND_WRITTEN_H_

#include <v8.h>

namespace mediacapture {
namespace bench {

// Defines HandTarget on |context|'s global.
void InstallHandWritten(v8::Local<v8::Context> context);

}  // namespace bench
}  // namespace mediacapture

#endif  // TOOLS_BENCH_BINDINGS_HAND_WRITTEN_H_

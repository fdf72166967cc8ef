// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Hands an exception that script cannot catch (thrown by a listener or a
// callback that core called) to the isolate's ExceptionReporter
// (mediacapture/context.h).

#ifndef BINDINGS_EXCEPTION_REPORTER_H_
#define BINDINGS_EXCEPTION_REPORTER_H_

#include <v8.h>

namespace mediacapture {
namespace bindings {

void ReportException(v8::Isolate* isolate, const v8::TryCatch& try_catch);

}  // namespace bindings
}  // namespace mediacapture

#endif  // BINDINGS_EXCEPTION_REPORTER_H_

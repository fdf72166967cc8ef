// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_REPORTING_H_
#define SHELL_REPORTING_H_

#include <string>

#include <v8.h>

namespace mediacapture {
namespace shell {

// Formats an exception caught by |try_catch| the way the shell reports it
// (V8's samples/shell.cc ReportException):
//   file:line: Uncaught TypeError: message
//   <the source line>
//   <a caret underline>
//   <the stack, when there is one>
// A SyntaxError is reported on one line: "file:line: SyntaxError: message".
std::string FormatException(v8::Isolate* isolate, v8::TryCatch* try_catch);

// The same for an exception value with its message (for promise rejections
// and errors thrown from event listeners).
std::string FormatException(v8::Isolate* isolate,
                            v8::Local<v8::Value> exception,
                            v8::Local<v8::Message> message);

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_REPORTING_H_

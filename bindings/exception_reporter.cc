// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/exception_reporter.h"

#include <cstdio>
#include <string>

#include "bindings/per_isolate_data.h"
#include "mediacapture/context.h"

namespace mediacapture {

namespace {

std::string ToUtf8(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value text(isolate, value);
  return *text ? std::string(*text, text.length()) : "<no string form>";
}

// The default reporter: "Uncaught <exception>", "file:line", the stack.
void PrintToStderr(v8::Isolate* isolate,
                   v8::Local<v8::Value> exception,
                   v8::Local<v8::Message> message) {
  v8::HandleScope scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string text = "Uncaught " + ToUtf8(isolate, exception);
  if (!message.IsEmpty()) {
    int line = message->GetLineNumber(context).FromMaybe(0);
    text += "\n    at " + ToUtf8(isolate, message->GetScriptResourceName()) +
            ":" + std::to_string(line);
  }
  v8::Local<v8::Value> stack;
  if (exception->IsObject() &&
      exception.As<v8::Object>()
          ->Get(context, v8::String::NewFromUtf8Literal(isolate, "stack"))
          .ToLocal(&stack) &&
      stack->IsString()) {
    text += "\n" + ToUtf8(isolate, stack);
  }
  fprintf(stderr, "%s\n", text.c_str());
}

}  // namespace

void SetExceptionReporter(v8::Isolate* isolate, ExceptionReporter reporter) {
  // An isolate whose data slot the host holds keeps the default reporter
  // (InstallInterfaces() reports that slot as the error).
  std::string error;
  if (!PerIsolateData::Attach(isolate, &error))
    return;
  PerIsolateData::From(isolate)->set_exception_reporter(reporter);
}

namespace bindings {

void ReportException(v8::Isolate* isolate, const v8::TryCatch& try_catch) {
  ExceptionReporter reporter =
      PerIsolateData::From(isolate)->exception_reporter();
  if (!reporter)
    reporter = &PrintToStderr;
  reporter(isolate, try_catch.Exception(), try_catch.Message());
}

}  // namespace bindings
}  // namespace mediacapture

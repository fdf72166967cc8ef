// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/reporting.h"

#include <algorithm>
#include <sstream>

namespace mediacapture {
namespace shell {

namespace {

std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length())
               : "<string conversion failed>";
}

bool IsSyntaxError(v8::Isolate* isolate, v8::Local<v8::Value> exception) {
  if (!exception->IsNativeError())
    return false;
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Value> name;
  if (!exception.As<v8::Object>()
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "name"))
           .ToLocal(&name))
    return false;
  return name->IsString() && ToStdString(isolate, name) == "SyntaxError";
}

}  // namespace

std::string FormatException(v8::Isolate* isolate, v8::TryCatch* try_catch) {
  return FormatException(isolate, try_catch->Exception(), try_catch->Message());
}

std::string FormatException(v8::Isolate* isolate,
                            v8::Local<v8::Value> exception,
                            v8::Local<v8::Message> message) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::ostringstream out;
  std::string text =
      exception.IsEmpty() ? "<no exception>" : ToStdString(isolate, exception);
  if (message.IsEmpty()) {
    out << "Uncaught " << text << "\n";
    return out.str();
  }
  std::string file = ToStdString(isolate, message->GetScriptResourceName());
  int line = message->GetLineNumber(context).FromMaybe(0);
  bool syntax_error = IsSyntaxError(isolate, exception);
  out << file << ":" << line << ": " << (syntax_error ? "" : "Uncaught ")
      << text << "\n";
  if (syntax_error)
    return out.str();

  v8::Local<v8::String> source_line;
  if (message->GetSourceLine(context).ToLocal(&source_line)) {
    out << ToStdString(isolate, source_line) << "\n";
    // A message without a position (a terminated script's) has columns of
    // -1: the caret then goes at the start of the line.
    int start = std::max(0, message->GetStartColumn(context).FromMaybe(0));
    int end = message->GetEndColumn(context).FromMaybe(start + 1);
    out << std::string(start, ' ') << std::string(std::max(1, end - start), '^')
        << "\n";
  }
  v8::Local<v8::Value> stack;
  if (exception->IsObject() &&
      v8::TryCatch::StackTrace(context, exception).ToLocal(&stack) &&
      stack->IsString()) {
    std::string stack_text = ToStdString(isolate, stack);
    // The stack's first line repeats the message printed above.
    size_t newline = stack_text.find('\n');
    if (newline != std::string::npos)
      out << stack_text.substr(newline + 1) << "\n";
  }
  return out.str();
}

}  // namespace shell
}  // namespace mediacapture

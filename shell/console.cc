// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/console.h"

#include <cstdio>

namespace mediacapture {
namespace shell {

namespace {

std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value utf8(isolate, value);
  return *utf8 ? std::string(*utf8, utf8.length()) : std::string();
}

// Which stream a console method writes to is carried in the callback data.
enum class Stream { kOut, kErr };

void Print(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string line;
  for (int i = 0; i < info.Length(); ++i) {
    if (i)
      line += ' ';
    line += ConsoleFormat(context, info[i]);
  }
  line += '\n';
  Stream stream = static_cast<Stream>(info.Data().As<v8::Int32>()->Value());
  FILE* file = stream == Stream::kOut ? stdout : stderr;
  fwrite(line.data(), 1, line.size(), file);
  fflush(file);
}

}  // namespace

std::string ConsoleFormat(v8::Local<v8::Context> context,
                          v8::Local<v8::Value> value) {
  v8::Isolate* isolate = context->GetIsolate();
  if (value->IsString())
    return ToStdString(isolate, value);
  if (value->IsSymbol()) {
    v8::Local<v8::Value> description =
        value.As<v8::Symbol>()->Description(isolate);
    return "Symbol(" +
           (description->IsUndefined() ? std::string()
                                       : ToStdString(isolate, description)) +
           ")";
  }
  if (value->IsObject() && !value->IsFunction() && !value->IsNativeError()) {
    v8::TryCatch try_catch(isolate);
    v8::Local<v8::String> json;
    if (v8::JSON::Stringify(context, value).ToLocal(&json))
      return ToStdString(isolate, json);
  }
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::String> text;
  if (value->ToString(context).ToLocal(&text) ||
      value->ToDetailString(context).ToLocal(&text))
    return ToStdString(isolate, text);
  return "<value>";
}

bool InstallConsole(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> console = v8::Object::New(isolate);
  struct Method {
    const char* name;
    Stream stream;
  };
  const Method kMethods[] = {
      {"log", Stream::kOut},  {"info", Stream::kOut},  {"debug", Stream::kOut},
      {"warn", Stream::kErr}, {"error", Stream::kErr},
  };
  for (const Method& method : kMethods) {
    v8::Local<v8::Function> function;
    if (!v8::Function::New(
             context, Print,
             v8::Int32::New(isolate, static_cast<int>(method.stream)))
             .ToLocal(&function))
      return false;
    v8::Local<v8::String> name;
    if (!v8::String::NewFromUtf8(isolate, method.name).ToLocal(&name))
      return false;
    function->SetName(name);
    if (console->Set(context, name, function).IsNothing())
      return false;
  }
  return context->Global()
      ->Set(context, v8::String::NewFromUtf8Literal(isolate, "console"),
            console)
      .FromMaybe(false);
}

}  // namespace shell
}  // namespace mediacapture

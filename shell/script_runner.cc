// Copyright 2026 The mediacapture authors. All rights reserved.

#include "shell/script_runner.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "shell/error_reporter.h"
#include "shell/reporting.h"

namespace mediacapture {
namespace shell {

bool ReadFile(const std::string& path,
              std::string* contents,
              std::string* error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    *error = "cannot read '" + path + "': " + strerror(errno);
    return false;
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) {
    *error = "cannot read '" + path + "': " + strerror(errno);
    return false;
  }
  *contents = buffer.str();
  return true;
}

RunResult RunScript(v8::Local<v8::Context> context,
                    const std::string& name,
                    const std::string& source,
                    int line_offset,
                    ErrorReporter* reporter) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope handle_scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::String> v8_source;
  v8::Local<v8::String> v8_name;
  if (!v8::String::NewFromUtf8(isolate, source.data(),
                               v8::NewStringType::kNormal,
                               static_cast<int>(source.size()))
           .ToLocal(&v8_source) ||
      !v8::String::NewFromUtf8(isolate, name.data(), v8::NewStringType::kNormal,
                               static_cast<int>(name.size()))
           .ToLocal(&v8_name)) {
    fprintf(stderr, "%s: the script is too large\n", name.c_str());
    return RunResult::kException;
  }
  v8::ScriptOrigin origin(isolate, v8_name, line_offset);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  if (!v8::Script::Compile(context, v8_source, &origin).ToLocal(&script) ||
      !script->Run(context).ToLocal(&result)) {
    if (reporter) {
      reporter->ReportException(&try_catch);
      return RunResult::kException;
    }
    std::string report = FormatException(isolate, &try_catch);
    fwrite(report.data(), 1, report.size(), stderr);
    fflush(stderr);
    return RunResult::kException;
  }
  return RunResult::kOk;
}

RunResult RunFile(v8::Local<v8::Context> context,
                  const std::string& path,
                  ErrorReporter* reporter) {
  std::string source;
  std::string error;
  if (!ReadFile(path, &source, &error)) {
    fprintf(stderr, "capture_shell: %s\n", error.c_str());
    return RunResult::kUnreadable;
  }
  return RunScript(context, path, source, 0, reporter);
}

}  // namespace shell
}  // namespace mediacapture

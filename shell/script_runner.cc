// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/script_runner.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <utility>

#include "shell/error_reporter.h"
#include "shell/reporting.h"

namespace mediacapture {
namespace shell {

bool ReadFile(const std::string& path,
              std::string* contents,
              std::string* error) {
  auto fail = [&](const std::string& reason) {
    *error = "cannot read '" + path + "': " + reason;
    return false;
  };
  // O_NONBLOCK: opening a fifo with no writer would otherwise block before
  // fstat() can tell it is no file.
  int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0)
    return fail(strerror(errno));
  struct stat info;
  if (fstat(fd, &info) != 0) {
    std::string reason = strerror(errno);
    close(fd);
    return fail(reason);
  }
  if (!S_ISREG(info.st_mode)) {
    close(fd);
    return fail(S_ISDIR(info.st_mode) ? "it is a directory"
                                      : "it is not a regular file");
  }
  std::string too_large = "it is larger than " +
                          std::to_string(kMaxFileBytes / (1024 * 1024)) +
                          " MiB";
  if (info.st_size > static_cast<off_t>(kMaxFileBytes)) {
    close(fd);
    return fail(too_large);
  }
  std::string data;
  data.reserve(static_cast<size_t>(info.st_size));
  char buffer[64 * 1024];
  for (;;) {
    ssize_t count = read(fd, buffer, sizeof(buffer));
    if (count < 0 && errno == EINTR)
      continue;
    if (count < 0) {
      std::string reason = strerror(errno);
      close(fd);
      return fail(reason);
    }
    if (count == 0)
      break;
    // The file may grow while it is read.
    if (data.size() + static_cast<size_t>(count) > kMaxFileBytes) {
      close(fd);
      return fail(too_large);
    }
    data.append(buffer, static_cast<size_t>(count));
  }
  close(fd);
  *contents = std::move(data);
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

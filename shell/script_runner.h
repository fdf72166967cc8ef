// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_SCRIPT_RUNNER_H_
#define SHELL_SCRIPT_RUNNER_H_

#include <cstddef>
#include <string>

#include <v8.h>

namespace mediacapture {
namespace shell {

class ErrorReporter;

// How running one script ended.
enum class RunResult {
  kOk,
  kException,   // Uncaught exception or syntax error (reported on stderr).
  kUnreadable,  // The file could not be read (reported on stderr).
};

// The largest file ReadFile() reads: far above any script or page the shell
// runs (testharness.js is about 200 KB), and small enough that V8 and the
// page parser take it in their stride.
constexpr size_t kMaxFileBytes = 32 * 1024 * 1024;

// Reads a whole regular file of at most kMaxFileBytes. Returns false and sets
// |error| (one sentence naming the file and the reason) when it cannot: it
// does not exist, is a directory, a device or a fifo (which could be read
// without end or block), or is too large.
bool ReadFile(const std::string& path,
              std::string* contents,
              std::string* error);

// Compiles and runs |source| as a classic script named |name| in |context|,
// its first line being line |line_offset| + 1 of |name|. An uncaught
// exception goes to |reporter| (HTML's "report an exception"), or straight
// to stderr without one. JS thread only.
RunResult RunScript(v8::Local<v8::Context> context,
                    const std::string& name,
                    const std::string& source,
                    int line_offset = 0,
                    ErrorReporter* reporter = nullptr);

// ReadFile() then RunScript().
RunResult RunFile(v8::Local<v8::Context> context,
                  const std::string& path,
                  ErrorReporter* reporter = nullptr);

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_SCRIPT_RUNNER_H_

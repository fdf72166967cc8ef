// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_CONSOLE_H_
#define SHELL_CONSOLE_H_

#include <string>

#include <v8.h>

namespace mediacapture {
namespace shell {

// Installs `console` (log, info, debug to stdout; warn, error to stderr) on
// the context's global object. JS thread only.
bool InstallConsole(v8::Local<v8::Context> context);

// How console.log shows one value: strings as they are, errors as
// "Name: message", other objects as JSON where they have a JSON form.
std::string ConsoleFormat(v8::Local<v8::Context> context,
                          v8::Local<v8::Value> value);

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_CONSOLE_H_

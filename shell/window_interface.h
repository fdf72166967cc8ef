// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// A `Window` interface object for the shell's global object
// (https://html.spec.whatwg.org/#window): `self instanceof Window` holds and
// Window.prototype sits between the global and its old prototype. Enough
// for idlharness.js, which asks `'Window' in self` to know which [Exposed]
// members to expect. JS thread.

#ifndef SHELL_WINDOW_INTERFACE_H_
#define SHELL_WINDOW_INTERFACE_H_

#include <v8.h>

namespace mediacapture {
namespace shell {

bool InstallWindowInterface(v8::Local<v8::Context> context);

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_WINDOW_INTERFACE_H_

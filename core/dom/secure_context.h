// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy
// for a serialized origin ("https://example.test", "http://localhost:8000",
// "file://"). V8-free.

#ifndef CORE_DOM_SECURE_CONTEXT_H_
#define CORE_DOM_SECURE_CONTEXT_H_

#include <string>

namespace mediacapture {

// True for the schemes https, wss and file, and for the hosts localhost,
// *.localhost, 127.0.0.0/8 and [::1] with any scheme. Case-insensitive.
bool IsPotentiallyTrustworthyOriginString(const std::string& origin);

}  // namespace mediacapture

#endif  // CORE_DOM_SECURE_CONTEXT_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/secure_context.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

TEST_CASE("potentially trustworthy origins follow Secure Contexts",
          "[secure_context]") {
  CHECK(IsPotentiallyTrustworthyOriginString("https://example.test"));
  CHECK(IsPotentiallyTrustworthyOriginString("HTTPS://EXAMPLE.TEST"));
  CHECK(IsPotentiallyTrustworthyOriginString("wss://example.test"));
  CHECK(IsPotentiallyTrustworthyOriginString("file://"));
  CHECK(IsPotentiallyTrustworthyOriginString("http://localhost"));
  CHECK(IsPotentiallyTrustworthyOriginString("http://localhost:8000"));
  CHECK(IsPotentiallyTrustworthyOriginString("http://a.localhost"));
  CHECK(IsPotentiallyTrustworthyOriginString("http://127.0.0.1"));
  CHECK(IsPotentiallyTrustworthyOriginString("http://127.8.9.10:81"));
  CHECK(IsPotentiallyTrustworthyOriginString("http://[::1]:80"));
  CHECK_FALSE(IsPotentiallyTrustworthyOriginString("http://example.test"));
  CHECK_FALSE(IsPotentiallyTrustworthyOriginString("ws://example.test"));
  CHECK_FALSE(IsPotentiallyTrustworthyOriginString("http://127.0.0.1.x"));
  CHECK_FALSE(IsPotentiallyTrustworthyOriginString("http://localhost.x"));
  CHECK_FALSE(IsPotentiallyTrustworthyOriginString("http://[::2]"));
  CHECK_FALSE(IsPotentiallyTrustworthyOriginString("localhost"));
  CHECK_FALSE(IsPotentiallyTrustworthyOriginString(""));
}

}  // namespace
}  // namespace mediacapture

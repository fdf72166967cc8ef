// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/dom_exception.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

TEST_CASE("legacy codes follow the WebIDL error name table") {
  CHECK(DOMException::LegacyCodeForName("IndexSizeError") == 1);
  CHECK(DOMException::LegacyCodeForName("NotFoundError") == 8);
  CHECK(DOMException::LegacyCodeForName("InvalidStateError") == 11);
  CHECK(DOMException::LegacyCodeForName("AbortError") == 20);
  CHECK(DOMException::LegacyCodeForName("DataCloneError") == 25);
}

TEST_CASE("names without a legacy code have code 0") {
  CHECK(DOMException::LegacyCodeForName("NotAllowedError") == 0);
  CHECK(DOMException::LegacyCodeForName("NotReadableError") == 0);
  CHECK(DOMException::LegacyCodeForName("OverconstrainedError") == 0);
  CHECK(DOMException::LegacyCodeForName("Error") == 0);
}

TEST_CASE("a DOMException keeps its name and message") {
  scoped_refptr<DOMException> e = DOMException::Create("oops", "NotFoundError");
  CHECK(e->name() == "NotFoundError");
  CHECK(e->message() == "oops");
  CHECK(e->code() == 8);
}

}  // namespace
}  // namespace mediacapture

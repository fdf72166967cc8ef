// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/user_media_rejection.h"

#include <catch2/catch.hpp>

#include <string>

#include "core/dom/dom_exception.h"
#include "core/mediastream/overconstrained_error.h"

namespace mediacapture {
namespace {

// Records how it was rejected.
class RecordingResolver : public PromiseResolver<IDLUndefined> {
 public:
  void RejectWithDOMException(const std::string& name,
                              const std::string& message) override {
    if (Settle())
      error = DOMException::Create(message, name);
  }
  void RejectWithTypeError(const std::string& message) override {
    if (Settle())
      type_error = message;
  }
  void Reject(DOMException* rejected) override {
    if (Settle())
      error = rejected;
  }

  scoped_refptr<DOMException> error;
  std::string type_error;

 private:
  void ResolveImpl(const ValueType&) override {}
};

TEST_CASE(
    "each DOMException code rejects with the spec's name and the "
    "message") {
  auto [code, name] =
      GENERATE(std::pair{UserMediaErrorCode::kNotAllowed, "NotAllowedError"},
               std::pair{UserMediaErrorCode::kNotFound, "NotFoundError"},
               std::pair{UserMediaErrorCode::kNotReadable, "NotReadableError"},
               std::pair{UserMediaErrorCode::kAbort, "AbortError"});
  DYNAMIC_SECTION(name) {
    scoped_refptr<RecordingResolver> resolver(new RecordingResolver);
    RejectWithUserMediaError(UserMediaError::Make(code, "why"), resolver.get());
    REQUIRE(resolver->error);
    CHECK(resolver->error->name() == name);
    CHECK(resolver->error->message() == "why");
    CHECK(resolver->type_error.empty());
  }
}

TEST_CASE(
    "kOverconstrained rejects with an OverconstrainedError naming the "
    "constraint") {
  scoped_refptr<RecordingResolver> resolver(new RecordingResolver);
  RejectWithUserMediaError(
      UserMediaError::Overconstrained("width", "No video input device"),
      resolver.get());
  REQUIRE(resolver->error);
  CHECK(resolver->error->name() == "OverconstrainedError");
  CHECK(resolver->error->message() == "No video input device");
  auto* overconstrained =
      static_cast<OverconstrainedError*>(resolver->error.get());
  CHECK(overconstrained->constraint() == "width");
}

TEST_CASE("kTypeError rejects with a TypeError, not a DOMException") {
  scoped_refptr<RecordingResolver> resolver(new RecordingResolver);
  RejectWithUserMediaError(
      UserMediaError::Make(UserMediaErrorCode::kTypeError, "nothing asked"),
      resolver.get());
  CHECK_FALSE(resolver->error);
  CHECK(resolver->type_error == "nothing asked");
}

}  // namespace
}  // namespace mediacapture

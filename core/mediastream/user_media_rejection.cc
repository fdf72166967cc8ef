// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/user_media_rejection.h"

#include "core/dom/dom_exception.h"
#include "core/mediastream/overconstrained_error.h"

namespace mediacapture {

void RejectWithUserMediaError(const UserMediaError& error,
                              PromiseResolverBase* resolver) {
  const char* name = nullptr;
  switch (error.code) {
    case UserMediaErrorCode::kTypeError:
      resolver->RejectWithTypeError(error.message);
      return;
    case UserMediaErrorCode::kOverconstrained:
      // https://w3c.github.io/mediacapture-main/#overconstrainederror-interface
      resolver->Reject(
          OverconstrainedError::Create(error.constraint, error.message).get());
      return;
    case UserMediaErrorCode::kNotAllowed:
      name = "NotAllowedError";
      break;
    case UserMediaErrorCode::kNotFound:
      name = "NotFoundError";
      break;
    case UserMediaErrorCode::kNotReadable:
      name = "NotReadableError";
      break;
    case UserMediaErrorCode::kAbort:
      name = "AbortError";
      break;
  }
  resolver->Reject(DOMException::Create(error.message, name).get());
}

}  // namespace mediacapture

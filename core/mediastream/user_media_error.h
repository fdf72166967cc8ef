// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_MEDIASTREAM_USER_MEDIA_ERROR_H_
#define CORE_MEDIASTREAM_USER_MEDIA_ERROR_H_

#include <string>
#include <utility>

namespace mediacapture {

// Why getUserMedia() or applyConstraints() failed, one code per outcome the
// spec names
// (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia,
// https://w3c.github.io/mediacapture-main/#dom-constrainablepattern-applyconstraints).
// The pipeline (UserMediaProcessor) decides the code;
// RejectWithUserMediaError() (user_media_rejection.h) is the one place that
// turns it into the error object script sees, so no error name travels as a
// string below the bindings.
enum class UserMediaErrorCode {
  // TypeError: neither audio nor video requested.
  kTypeError,
  // NotAllowedError: the user or the embedder denied permission.
  kNotAllowed,
  // NotFoundError: no device of a requested kind, or it vanished before
  // it could be opened.
  kNotFound,
  // NotReadableError: the device is busy or failed to start or restart.
  kNotReadable,
  // OverconstrainedError: no device's settings satisfy the required
  // constraints; UserMediaError::constraint names the one to blame.
  kOverconstrained,
  // AbortError: the context went away before the request could run.
  kAbort,
};

// A failed request: its code, one sentence for the error's message and, for
// kOverconstrained, OverconstrainedError.constraint ("" when no single
// required constraint is to blame, or when the page may not learn it).
// A value type; any thread (core makes and reads it on the JS thread).
struct UserMediaError {
  UserMediaErrorCode code = UserMediaErrorCode::kAbort;
  std::string message;
  std::string constraint;
  // kOverconstrained only: true when SelectSettings found no device that
  // satisfies the constraints, so that getUserMedia() runs the spec's
  // "Constraint Failure" step on it (NotAllowedError while a permission is
  // denied, |constraint| hidden until device information can be exposed;
  // MediaDevices::GetUserMedia). False for a constraint string over our
  // length limit (ConstraintTooLong()), which says nothing of the devices.
  bool constraint_failure = false;

  static UserMediaError Make(UserMediaErrorCode code, std::string message) {
    return UserMediaError{code, std::move(message), std::string(), false};
  }
  static UserMediaError Overconstrained(std::string constraint,
                                        std::string message) {
    return UserMediaError{UserMediaErrorCode::kOverconstrained,
                          std::move(message), std::move(constraint), true};
  }
  static UserMediaError ConstraintTooLong(std::string constraint,
                                          std::string message) {
    return UserMediaError{UserMediaErrorCode::kOverconstrained,
                          std::move(message), std::move(constraint), false};
  }
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_USER_MEDIA_ERROR_H_

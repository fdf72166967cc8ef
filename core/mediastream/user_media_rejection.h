// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_MEDIASTREAM_USER_MEDIA_REJECTION_H_
#define CORE_MEDIASTREAM_USER_MEDIA_REJECTION_H_

#include "core/mediastream/user_media_error.h"
#include "platform/bindings/promise_resolver.h"

namespace mediacapture {

// Rejects |resolver| with the error object the spec gives |error|: a
// TypeError, an OverconstrainedError whose constraint is error.constraint,
// or a DOMException named for the code (NotAllowedError, NotFoundError,
// NotReadableError, AbortError)
// (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia,
// https://w3c.github.io/mediacapture-main/#dom-constrainablepattern-applyconstraints).
// The only place a UserMediaErrorCode becomes a name script sees. JS thread.
void RejectWithUserMediaError(const UserMediaError& error,
                              PromiseResolverBase* resolver);

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_USER_MEDIA_REJECTION_H_

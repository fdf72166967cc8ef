// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/v4l2/v4l2_errors.h"

#include <errno.h>
#include <string.h>

namespace mediacapture {

ErrorCategory CategoryForErrno(int error) {
  switch (error) {
    case ENODEV:
    case EIO:
    case ENXIO:
      return ErrorCategory::kDeviceLost;
    case EBUSY:
      return ErrorCategory::kBusy;
    default:
      return ErrorCategory::kInternal;
  }
}

Status ErrnoStatus(V4l2ErrorCode code, const std::string& what, int error) {
  return Status::Error(CategoryForErrno(error), code,
                       what + ": " + strerror(error));
}

}  // namespace mediacapture

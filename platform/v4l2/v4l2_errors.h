// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_V4L2_V4L2_ERRORS_H_
#define PLATFORM_V4L2_V4L2_ERRORS_H_

#include <string>

#include "platform/capture/status.h"

namespace mediacapture {

// One code per failure site in platform/v4l2, carried in Status::code()
// beside the category core acts on.
enum V4l2ErrorCode {
  kV4l2NoError = 0,
  kV4l2OpenFailed,
  kV4l2QueryCapFailed,
  kV4l2NotCaptureDevice,
  kV4l2DeviceReplaced,
  kV4l2EnumerationFailed,
  kV4l2NoUsableMode,
  kV4l2InvalidState,
  kV4l2SetFormatFailed,
  kV4l2FormatSubstituted,
  kV4l2SetParmFailed,
  kV4l2RequestBuffersFailed,
  kV4l2QueryBufferFailed,
  kV4l2MmapFailed,
  kV4l2QueueBufferFailed,
  kV4l2StreamOnFailed,
  kV4l2StopEventFailed,
  kV4l2PollFailed,
  kV4l2DequeueFailed,
  kV4l2QueueStuck,
};

// The category for an errno from a V4L2 call on an open device: ENODEV,
// EIO and ENXIO mean the device went away (kDeviceLost); EBUSY that another
// process holds it (kBusy); anything else kInternal.
ErrorCategory CategoryForErrno(int error);

// Status::Error with the category for |error| and the message
// "<what>: <strerror>".
Status ErrnoStatus(V4l2ErrorCode code, const std::string& what, int error);

}  // namespace mediacapture

#endif  // PLATFORM_V4L2_V4L2_ERRORS_H_

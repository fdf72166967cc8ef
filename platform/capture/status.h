// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_CAPTURE_STATUS_H_
#define PLATFORM_CAPTURE_STATUS_H_

#include <string>
#include <utility>

namespace mediacapture {

// What kind of failure a platform error is, which is all core needs to map it
// to the spec's outcome:
//   kBusy        → NotReadableError (EBUSY on open, the device in use).
//   kNotFound    → NotFoundError (the device is gone before open).
//   kDeviceLost  → the track ends with `ended` (ENODEV/EIO mid-stream).
//   kUnsupported → OverconstrainedError or NotReadableError, by context.
//   kInternal    → NotReadableError (anything else the OS said).
enum class ErrorCategory {
  kNone,
  kBusy,
  kNotFound,
  kDeviceLost,
  kUnsupported,
  kInternal,
};

// The result of a platform operation: ok, or an error with its category, the
// adapter's own code for the failure site (an enumerator of the adapter's
// error enum, cast to int) and one sentence:
//   Status::Error(ErrorCategory::kInternal, kV4l2SetFormatFailed,
//                 "VIDIOC_S_FMT failed for 1280x720 MJPG")
// No exceptions in platform/: functions return a Status.
class Status {
 public:
  Status() = default;
  static Status Ok() { return Status(); }
  static Status Error(ErrorCategory category, int code, std::string message) {
    Status status;
    status.category_ = category;
    status.code_ = code;
    status.message_ = std::move(message);
    return status;
  }

  bool ok() const { return category_ == ErrorCategory::kNone; }
  ErrorCategory category() const { return category_; }
  int code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  ErrorCategory category_ = ErrorCategory::kNone;
  int code_ = 0;
  std::string message_;
};

}  // namespace mediacapture

#endif  // PLATFORM_CAPTURE_STATUS_H_

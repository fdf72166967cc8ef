// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_FAKE_ERROR_H_
#define PLATFORM_FAKE_FAKE_ERROR_H_

namespace mediacapture {

// One code per failure site of the fake devices and their file readers, for
// Status::code(). The category says what core does with it.
enum FakeError : int {
  kFakeOk = 0,
  // The factory and its devices.
  kFakeDeviceNotFound,  // kNotFound: no such raw id (removed?)
  kFakeDeviceBusy,      // kBusy: the "busy" fault
  kFakeDeviceLost,      // kDeviceLost: removed while open
  kFakeBadParams,       // kUnsupported: a size, rate or channel count
  kFakeAlreadyStarted,  // kInternal: Start twice, or after Stop
  kFakeWrongKind,       // kUnsupported: video on a microphone or back
  // Files.
  kFakeFileOpenFailed,            // kNotFound: open() failed
  kFakeFileReadFailed,            // kInternal (kDeviceLost mid-stream)
  kFakeY4mBadHeader,              // kInternal
  kFakeY4mUnsupportedColorSpace,  // kUnsupported
  kFakeY4mNoFrames,               // kInternal: not one complete frame
  kFakeWavBadHeader,              // kInternal
  kFakeWavUnsupportedFormat,      // kUnsupported
  kFakeWavNoData,                 // kInternal: not one complete sample frame
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_FAKE_ERROR_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// InputDeviceInfo is declared beside its parent MediaDeviceInfo; the
// generated bindings look for it here.

#ifndef CORE_MEDIASTREAM_INPUT_DEVICE_INFO_H_
#define CORE_MEDIASTREAM_INPUT_DEVICE_INFO_H_

#include "core/mediastream/media_device_info.h"

#endif  // CORE_MEDIASTREAM_INPUT_DEVICE_INFO_H_

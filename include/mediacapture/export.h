// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef INCLUDE_MEDIACAPTURE_EXPORT_H_
#define INCLUDE_MEDIACAPTURE_EXPORT_H_

// Symbols of the public API stay visible in libmediacapture.so; everything
// else is built with -fvisibility=hidden.
#define MEDIACAPTURE_EXPORT __attribute__((visibility("default")))

#endif  // INCLUDE_MEDIACAPTURE_EXPORT_H_

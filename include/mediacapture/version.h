// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef INCLUDE_MEDIACAPTURE_VERSION_H_
#define INCLUDE_MEDIACAPTURE_VERSION_H_

#define MEDIACAPTURE_VERSION_MAJOR 0
#define MEDIACAPTURE_VERSION_MINOR 1
#define MEDIACAPTURE_VERSION_PATCH 0
#define MEDIACAPTURE_VERSION_STRING "0.1.0"

#endif  // INCLUDE_MEDIACAPTURE_VERSION_H_

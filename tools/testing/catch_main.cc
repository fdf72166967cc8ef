// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The main() of capture_unittests.

#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

// Copyright 2026 The mediacapture authors. All rights reserved.
//
// The main() of capture_unittests.

#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>

// Copyright 2026 The mediacapture authors. All rights reserved.
#include <catch2/catch.hpp>

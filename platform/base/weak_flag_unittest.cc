// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/base/weak_flag.h"

#include <memory>

#include <catch2/catch.hpp>

namespace mediacapture {

TEST_CASE("a Weak of a live flag is alive", "[base]") {
  WeakFlag flag;
  WeakFlag::Weak weak = flag.GetWeak();
  CHECK(weak.IsAlive());
  WeakFlag::Weak copy = weak;
  CHECK(copy.IsAlive());
}

TEST_CASE("Invalidate ends every Weak, earlier and later", "[base]") {
  WeakFlag flag;
  WeakFlag::Weak before = flag.GetWeak();
  flag.Invalidate();
  CHECK_FALSE(before.IsAlive());
  CHECK_FALSE(flag.GetWeak().IsAlive());
}

TEST_CASE("destroying the owner ends its Weaks", "[base]") {
  auto flag = std::make_unique<WeakFlag>();
  WeakFlag::Weak weak = flag->GetWeak();
  flag.reset();
  CHECK_FALSE(weak.IsAlive());
}

TEST_CASE("a default Weak is not alive", "[base]") {
  CHECK_FALSE(WeakFlag::Weak().IsAlive());
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/base/random.h"

#include <regex>
#include <set>
#include <string>

#include <catch2/catch.hpp>

namespace mediacapture {

TEST_CASE("RandomUuid is a version 4 RFC 4122 UUID", "[base]") {
  const std::regex form(
      "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
  for (int i = 0; i < 100; ++i) {
    std::string uuid = RandomUuid();
    CAPTURE(uuid);
    CHECK(std::regex_match(uuid, form));
  }
}

TEST_CASE("RandomUuid does not repeat over 10000 calls", "[base]") {
  std::set<std::string> seen;
  for (int i = 0; i < 10000; ++i)
    seen.insert(RandomUuid());
  CHECK(seen.size() == 10000);
}

TEST_CASE("RandomBytes gives the size asked for, not all zero", "[base]") {
  std::vector<uint8_t> bytes = RandomBytes(32);
  REQUIRE(bytes.size() == 32);
  // 2^-256 odds of a false failure.
  CHECK(bytes != std::vector<uint8_t>(32, 0));
  CHECK(RandomBytes(32) != bytes);
}

}  // namespace mediacapture

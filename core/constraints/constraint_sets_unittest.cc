// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/constraints/constraint_sets.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace constraint_model {
namespace {

TEST_CASE("a default numeric range set is universal") {
  NumericRangeSet<int> set;
  CHECK_FALSE(set.IsEmpty());
  CHECK(set.Contains(-1000000));
  CHECK(set.Contains(1000000));
}

TEST_CASE("a numeric range set contains its bounds and nothing past them") {
  NumericRangeSet<int> set(10, 20);
  CHECK(set.Contains(10));
  CHECK(set.Contains(20));
  CHECK_FALSE(set.Contains(9));
  CHECK_FALSE(set.Contains(21));
  CHECK(set.Clamp(5) == 10);
  CHECK(set.Clamp(25) == 20);
  CHECK(set.Clamp(15) == 15);
}

TEST_CASE("intersecting numeric ranges keeps the tighter bounds") {
  struct Row {
    std::optional<double> a_min, a_max, b_min, b_max;
    std::optional<double> min, max;
    bool empty;
  } rows[] = {
      {1, 10, 5, 20, 5, 10, false}, {{}, 10, 5, {}, 5, 10, false},
      {1, 4, 5, 20, 5, 4, true},    {{}, {}, {}, {}, {}, {}, false},
      {3, 3, 3, 3, 3, 3, false},
  };
  int i = 0;
  for (const Row& row : rows) {
    DYNAMIC_SECTION("row " << i++) {
      const NumericRangeSet<double> a(row.a_min, row.a_max);
      const NumericRangeSet<double> b(row.b_min, row.b_max);
      const NumericRangeSet<double> both = a.Intersection(b);
      CHECK(both.min() == row.min);
      CHECK(both.max() == row.max);
      CHECK(both.IsEmpty() == row.empty);
      CHECK(b.Intersection(a).IsEmpty() == row.empty);
    }
  }
}

TEST_CASE("a range from a constraint takes min, max and exact but not ideal") {
  NumericConstraint c;
  c.min = 100;
  c.max = 300;
  c.ideal = 1000;
  NumericRangeSet<double> set = NumericRangeSet<double>::FromConstraint(c);
  CHECK(set.min() == 100.0);
  CHECK(set.max() == 300.0);
  c.exact = 200;
  set = NumericRangeSet<double>::FromConstraint(c);
  CHECK(set.min() == 200.0);
  CHECK(set.max() == 200.0);
  c.exact = 400;  // Outside [min, max]: nothing satisfies both.
  CHECK(NumericRangeSet<double>::FromConstraint(c).IsEmpty());
}

TEST_CASE("an integer range from a constraint rounds inwards and saturates") {
  NumericConstraint c;
  c.min = 10.5;
  c.max = 20.5;
  NumericRangeSet<int> set = NumericRangeSet<int>::FromConstraint(c);
  CHECK(set.min() == 11);
  CHECK(set.max() == 20);
  c.min = 4294967295.0;
  c.max.reset();
  set = NumericRangeSet<int>::FromConstraint(c);
  CHECK(set.min() == std::numeric_limits<int>::max());
}

TEST_CASE("discrete sets are universal, explicit or empty") {
  const auto universal = DiscreteSet<std::string>::UniversalSet();
  const DiscreteSet<std::string> some({"a", "b"});
  const auto empty = DiscreteSet<std::string>::EmptySet();
  CHECK(universal.Contains("anything"));
  CHECK_FALSE(universal.IsEmpty());
  CHECK(some.Contains("a"));
  CHECK_FALSE(some.Contains("c"));
  CHECK(empty.IsEmpty());
  CHECK_FALSE(empty.Contains("a"));

  CHECK(universal.Intersection(some).elements() ==
        std::vector<std::string>{"a", "b"});
  CHECK(some.Intersection(universal).elements() ==
        std::vector<std::string>{"a", "b"});
  CHECK(some.Intersection(DiscreteSet<std::string>({"b", "c"})).elements() ==
        std::vector<std::string>{"b"});
  CHECK(some.Intersection(DiscreteSet<std::string>({"c"})).IsEmpty());
  CHECK(some.Intersection(empty).IsEmpty());
  CHECK(universal.Intersection(universal).is_universal());
}

TEST_CASE("discrete sets from constraints take only exact values") {
  StringConstraint s;
  s.ideal = {"user"};
  CHECK(StringSetFromConstraint(s).is_universal());
  s.exact = {"left", "right"};
  CHECK(StringSetFromConstraint(s).elements() ==
        std::vector<std::string>{"left", "right"});
  BooleanConstraint b;
  b.ideal = true;
  CHECK(BoolSetFromConstraint(b).is_universal());
  b.exact = false;
  CHECK(BoolSetFromConstraint(b).Contains(false));
  CHECK_FALSE(BoolSetFromConstraint(b).Contains(true));
}

TEST_CASE("a resolution set holds the sizes on its grid") {
  const ResolutionSet set(16, 1920, 8, 16, 1080, 8);
  CHECK(set.Contains(16, 16));
  CHECK(set.Contains(1000, 504));
  CHECK_FALSE(set.Contains(1001, 504));
  CHECK_FALSE(set.Contains(1000, 505));
  CHECK_FALSE(set.Contains(1928, 16));
  CHECK(set.SnapWidthDown(1001) == 1000);
  CHECK(set.SnapWidthUp(1001) == 1008);
  CHECK(set.SnapWidthUp(5000) == 1920);
  CHECK(set.SnapHeightDown(1) == 16);
}

TEST_CASE("narrowing a resolution set by width, height and aspect ratio") {
  const ResolutionSet vga_or_less(1, 640, 1, 1, 480, 1);
  const ResolutionSet square =
      vga_or_less.IntersectAspectRatio(NumericRangeSet<double>::FromValue(1.0));
  CHECK(square.Contains(480, 480));
  CHECK_FALSE(square.Contains(640, 480));
  CHECK_FALSE(square.IsEmpty());

  const ResolutionSet wide =
      vga_or_less.IntersectHeight(NumericRangeSet<int>(480, {}))
          .IntersectAspectRatio(NumericRangeSet<double>(2.0, {}));
  CHECK(wide.IsEmpty());  // 480 high needs 960 wide.

  const ResolutionSet too_wide =
      vga_or_less.IntersectWidth(NumericRangeSet<int>(641, {}));
  CHECK(too_wide.IsEmpty());
}

TEST_CASE("any point of a resolution set is a member of it") {
  const ResolutionSet set = ResolutionSet(16, 1920, 8, 16, 1080, 8)
                                .IntersectAspectRatio(NumericRangeSet<double>(
                                    1.7777777778, 1.7777777778));
  const auto point = set.FindAnyPoint();
  REQUIRE(point);
  CHECK(set.Contains(point->width, point->height));
  CHECK(point->width * 9 == point->height * 16);
}

TEST_CASE("a discrete resolution set is a single point") {
  const ResolutionSet set(640, 640, 1, 480, 480, 1);
  CHECK(set.FindAnyPoint() == ResolutionSet::Point{640, 480});
  CHECK(
      set.IntersectAspectRatio(NumericRangeSet<double>::FromValue(1.3333333333))
          .Contains(640, 480));
  CHECK(set.IntersectAspectRatio(NumericRangeSet<double>::FromValue(1.5))
            .IsEmpty());
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The core side of TestDerivedInterface (bindings/test/test_interfaces.idl):
// a TestInterface one level down, for the members it inherits.

#ifndef BINDINGS_TEST_TEST_DERIVED_INTERFACE_H_
#define BINDINGS_TEST_TEST_DERIVED_INTERFACE_H_

#include <cstdint>
#include <string>

#include "bindings/test/test_interface.h"

namespace mediacapture {

// JS thread only.
class TestDerivedInterface : public TestInterface {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<TestDerivedInterface> Create(const std::string& label);

  int32_t depth() const { return 1; }

 private:
  explicit TestDerivedInterface(const std::string& label);
};

}  // namespace mediacapture

#endif  // BINDINGS_TEST_TEST_DERIVED_INTERFACE_H_

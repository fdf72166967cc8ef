// Copyright 2026 The mediacapture authors. All rights reserved.

#include "bindings/test/test_derived_interface.h"

namespace mediacapture {

// static
scoped_refptr<TestDerivedInterface> TestDerivedInterface::Create(
    const std::string& label) {
  return scoped_refptr<TestDerivedInterface>(new TestDerivedInterface(label));
}

TestDerivedInterface::TestDerivedInterface(const std::string& label)
    : TestInterface(label) {}

}  // namespace mediacapture

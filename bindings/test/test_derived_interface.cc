// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

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

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/interface_registry.h"

namespace mediacapture {
namespace bindings {

namespace {

// A function-local static: registrations run during static initialization,
// in any order relative to this file.
std::vector<const WrapperTypeInfo*>& Registry() {
  static auto* registry = new std::vector<const WrapperTypeInfo*>();
  return *registry;
}

}  // namespace

InterfaceRegistration::InterfaceRegistration(
    const WrapperTypeInfo* const* infos,
    size_t count) {
  Registry().insert(Registry().end(), infos, infos + count);
}

const std::vector<const WrapperTypeInfo*>& RegisteredInterfaces() {
  return Registry();
}

}  // namespace bindings
}  // namespace mediacapture

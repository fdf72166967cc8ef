// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The interfaces InstallInterfaces() defines. Each idl_bindings() target
// (tools/bindings/bindings.gni) generates one <target>_registry.cc with
// RegisterInterfaces_<target>(), which adds its interfaces once; it also
// runs at start-up, so test and benchmark targets need no call.

#ifndef BINDINGS_INTERFACE_REGISTRY_H_
#define BINDINGS_INTERFACE_REGISTRY_H_

#include <cstddef>
#include <vector>

#include "bindings/wrapper_type_info.h"

namespace mediacapture {
namespace bindings {

class InterfaceRegistration {
 public:
  InterfaceRegistration(const WrapperTypeInfo* const* infos, size_t count);
};

// Every registered interface, in registration order.
const std::vector<const WrapperTypeInfo*>& RegisteredInterfaces();

}  // namespace bindings
}  // namespace mediacapture

#endif  // BINDINGS_INTERFACE_REGISTRY_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
//
// The interfaces InstallInterfaces() defines. Each idl_bindings() target
// (tools/bindings/bindings.gni) generates one <target>_registry.cc whose
// single static InterfaceRegistration adds its interfaces at start-up, so
// the library knows every generated interface without a hand-kept list.

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

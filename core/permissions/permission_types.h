// Copyright 2026 The mediacapture authors. All rights reserved.

#ifndef CORE_PERMISSIONS_PERMISSION_TYPES_H_
#define CORE_PERMISSIONS_PERMISSION_TYPES_H_

#include <optional>
#include <string>

namespace mediacapture {
namespace permission_model {

// The powerful features of
// https://w3c.github.io/mediacapture-main/#permissions-integration
enum class PermissionName {
  kCamera,
  kMicrophone,
};

// https://w3c.github.io/permissions/#dom-permissionstate
enum class PermissionState {
  kPrompt,
  kGranted,
  kDenied,
};

const char* PermissionNameToString(PermissionName name);
std::optional<PermissionName> PermissionNameFromString(const std::string& s);
const char* PermissionStateToString(PermissionState state);
std::optional<PermissionState> PermissionStateFromString(const std::string& s);

// One origin's state for both features.
struct OriginPermissions {
  PermissionState camera = PermissionState::kPrompt;
  PermissionState microphone = PermissionState::kPrompt;

  PermissionState Get(PermissionName name) const {
    return name == PermissionName::kCamera ? camera : microphone;
  }
  void Set(PermissionName name, PermissionState state) {
    (name == PermissionName::kCamera ? camera : microphone) = state;
  }
  bool operator==(const OriginPermissions& other) const {
    return camera == other.camera && microphone == other.microphone;
  }
};

}  // namespace permission_model
}  // namespace mediacapture

#endif  // CORE_PERMISSIONS_PERMISSION_TYPES_H_

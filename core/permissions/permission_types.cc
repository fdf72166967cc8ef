// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/permissions/permission_types.h"

namespace mediacapture {
namespace permission_model {

const char* PermissionNameToString(PermissionName name) {
  switch (name) {
    case PermissionName::kCamera:
      return "camera";
    case PermissionName::kMicrophone:
      return "microphone";
  }
  return "camera";
}

std::optional<PermissionName> PermissionNameFromString(const std::string& s) {
  if (s == "camera")
    return PermissionName::kCamera;
  if (s == "microphone")
    return PermissionName::kMicrophone;
  return std::nullopt;
}

const char* PermissionStateToString(PermissionState state) {
  switch (state) {
    case PermissionState::kPrompt:
      return "prompt";
    case PermissionState::kGranted:
      return "granted";
    case PermissionState::kDenied:
      return "denied";
  }
  return "prompt";
}

std::optional<PermissionState> PermissionStateFromString(const std::string& s) {
  if (s == "prompt")
    return PermissionState::kPrompt;
  if (s == "granted")
    return PermissionState::kGranted;
  if (s == "denied")
    return PermissionState::kDenied;
  return std::nullopt;
}

}  // namespace permission_model
}  // namespace mediacapture

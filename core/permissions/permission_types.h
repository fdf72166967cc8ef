// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_PERMISSIONS_PERMISSION_TYPES_H_
#define CORE_PERMISSIONS_PERMISSION_TYPES_H_

#include <optional>
#include <string>

#include "idl/permissions/permission_state.h"

namespace mediacapture {

// The powerful features of
// https://w3c.github.io/mediacapture-main/#permissions-integration
enum class MediaPermission {
  kCamera,
  kMicrophone,
};

// Permission states are the generated PermissionState
// (https://w3c.github.io/permissions/#dom-permissionstate: kGranted,
// kDenied, kPrompt); a name is only one of the two features here, not the
// generated PermissionName of every feature the Permissions spec lists.
const char* MediaPermissionToString(MediaPermission name);
std::optional<MediaPermission> MediaPermissionFromString(const std::string& s);
const char* PermissionStateToString(PermissionState state);
std::optional<PermissionState> PermissionStateFromString(const std::string& s);

// One origin's state for both features.
struct OriginPermissions {
  PermissionState camera = PermissionState::kPrompt;
  PermissionState microphone = PermissionState::kPrompt;

  PermissionState Get(MediaPermission name) const {
    return name == MediaPermission::kCamera ? camera : microphone;
  }
  void Set(MediaPermission name, PermissionState state) {
    (name == MediaPermission::kCamera ? camera : microphone) = state;
  }
  bool operator==(const OriginPermissions& other) const {
    return camera == other.camera && microphone == other.microphone;
  }
};

}  // namespace mediacapture

#endif  // CORE_PERMISSIONS_PERMISSION_TYPES_H_

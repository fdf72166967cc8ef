// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/permissions/permission_types.h"

namespace mediacapture {

const char* MediaPermissionToString(MediaPermission name) {
  switch (name) {
    case MediaPermission::kCamera:
      return "camera";
    case MediaPermission::kMicrophone:
      return "microphone";
  }
  return "camera";
}

std::optional<MediaPermission> MediaPermissionFromString(const std::string& s) {
  if (s == "camera")
    return MediaPermission::kCamera;
  if (s == "microphone")
    return MediaPermission::kMicrophone;
  return std::nullopt;
}

const char* PermissionStateToString(PermissionState state) {
  return EnumTraits<PermissionState>::ToString(state);
}

std::optional<PermissionState> PermissionStateFromString(const std::string& s) {
  PermissionState state;
  if (!EnumTraits<PermissionState>::FromString(s, &state))
    return std::nullopt;
  return state;
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_CAPTURE_DEVICE_DESCRIPTOR_H_
#define PLATFORM_CAPTURE_DEVICE_DESCRIPTOR_H_

#include <string>
#include <vector>

#include "platform/capture/capture_mode.h"

namespace mediacapture {

enum class DeviceKind {
  kVideoInput,
  kAudioInput,
};

// Which way a camera faces, when the driver says so.
enum class FacingMode {
  kUnknown,
  kUser,
  kEnvironment,
  kLeft,
  kRight,
};

// One capture device as an adapter sees it. core turns raw ids into the
// per-origin deviceId/groupId (HMAC) and never shows raw ids to script.
struct DeviceDescriptor {
  DeviceKind kind = DeviceKind::kVideoInput;
  // Stable across replugging into the same port (V4L2: bus_info; Pulse: the
  // source name). Unique within the factory.
  std::string raw_id;
  // Shown as MediaDeviceInfo.label after permission (card name, source
  // description).
  std::string label;
  // Devices with the same non-empty raw group id are one physical device
  // (a webcam's camera and microphone): they share a groupId.
  std::string raw_group_id;
  FacingMode facing_mode = FacingMode::kUnknown;
  // The system's default device of its kind: listed first.
  bool is_default = false;

  // What the device can do, for the constraints algorithm. Video devices
  // fill video_modes, audio devices audio_modes.
  std::vector<VideoCaptureMode> video_modes;
  std::vector<AudioCaptureMode> audio_modes;
};

}  // namespace mediacapture

#endif  // PLATFORM_CAPTURE_DEVICE_DESCRIPTOR_H_

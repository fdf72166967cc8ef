// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef INCLUDE_MEDIACAPTURE_PERMISSION_DELEGATE_H_
#define INCLUDE_MEDIACAPTURE_PERMISSION_DELEGATE_H_

#include <functional>
#include <string>

#include "mediacapture/export.h"

namespace mediacapture {

enum class PermissionDecision {
  kGranted,
  kDenied,
};

// One prompt: an origin asks for the camera, the microphone, or both at once
// (getUserMedia({audio: true, video: true}) is one prompt, not two).
struct PermissionRequest {
  std::string origin;
  bool camera = false;
  bool microphone = false;
};

// The embedder decides prompts. mediacapture asks only when the origin's
// stored state is "prompt"; the answer is remembered for the origin.
class MEDIACAPTURE_EXPORT PermissionDelegate {
 public:
  using DecisionCallback = std::function<void(PermissionDecision)>;

  virtual ~PermissionDelegate() = default;

  // Called on the JS thread. Call |done| exactly once, from any thread, when
  // the user (or policy) has decided; the getUserMedia promise stays pending
  // until then. A second request from the same origin is not sent while one
  // is pending: it waits for this answer.
  virtual void RequestPermission(const PermissionRequest& request,
                                 DecisionCallback done) = 0;
};

}  // namespace mediacapture

#endif  // INCLUDE_MEDIACAPTURE_PERMISSION_DELEGATE_H_

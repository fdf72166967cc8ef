// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/permissions/permission_status.h"

namespace mediacapture {

// static
// static
scoped_refptr<PermissionStatus> PermissionStatus::Create(MediaContext* context,
                                                         MediaPermission name) {
  return scoped_refptr<PermissionStatus>(new PermissionStatus(context, name));
}

PermissionStatus::PermissionStatus(MediaContext* context, MediaPermission name)
    : context_(context),
      name_(name),
      name_string_(MediaPermissionToString(name)),
      state_(PermissionState::kPrompt) {
  // https://w3c.github.io/permissions/#dfn-permission-query-algorithm
  // Step 2 of https://w3c.github.io/permissions/#dfn-permission-state:
  // outside a secure context every powerful feature is "denied".
  if (!context_->secure_context()) {
    state_ = PermissionState::kDenied;
  } else if (context_->permissions()) {
    state_ = context_->permissions()->GetState(context_->origin(), name);
  }
  context_->AddPermissionObserver(this);
}

PermissionStatus::~PermissionStatus() {
  context_->RemovePermissionObserver(this);
}

bool PermissionStatus::HasPendingActivity() const {
  return !context_->is_shut_down() && HasEventListeners("change");
}

void PermissionStatus::OnPermissionChanged(MediaPermission name,
                                           PermissionState state) {
  // https://w3c.github.io/permissions/#dfn-permissionstatus-update-steps
  if (name != name_ || !context_->secure_context())
    return;
  if (state == state_)
    return;
  state_ = state;
  scoped_refptr<PermissionStatus> protect(this);
  scoped_refptr<Event> event = Event::CreateTrusted("change");
  DispatchEvent(event.get());
}

}  // namespace mediacapture

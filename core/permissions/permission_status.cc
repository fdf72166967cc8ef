// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/permissions/permission_status.h"

namespace mediacapture {

namespace pm = permission_model;

// static
PermissionState PermissionStatus::ToIdl(pm::PermissionState state) {
  switch (state) {
    case pm::PermissionState::kGranted:
      return PermissionState::kGranted;
    case pm::PermissionState::kDenied:
      return PermissionState::kDenied;
    case pm::PermissionState::kPrompt:
      break;
  }
  return PermissionState::kPrompt;
}

// static
scoped_refptr<PermissionStatus> PermissionStatus::Create(
    MediaContext* context,
    pm::PermissionName name) {
  return scoped_refptr<PermissionStatus>(new PermissionStatus(context, name));
}

PermissionStatus::PermissionStatus(MediaContext* context,
                                   pm::PermissionName name)
    : context_(context),
      name_(name),
      name_string_(pm::PermissionNameToString(name)),
      state_(PermissionState::kPrompt) {
  // https://w3c.github.io/permissions/#dfn-permission-query-algorithm
  // Step 2 of https://w3c.github.io/permissions/#dfn-permission-state:
  // outside a secure context every powerful feature is "denied".
  if (!context_->secure_context()) {
    state_ = PermissionState::kDenied;
  } else if (context_->permissions()) {
    state_ = ToIdl(context_->permissions()->GetState(context_->origin(), name));
  }
  context_->AddPermissionObserver(this);
}

PermissionStatus::~PermissionStatus() {
  context_->RemovePermissionObserver(this);
}

bool PermissionStatus::HasPendingActivity() const {
  return !context_->is_shut_down() && HasEventListeners("change");
}

void PermissionStatus::OnPermissionChanged(pm::PermissionName name,
                                           pm::PermissionState state) {
  // https://w3c.github.io/permissions/#dfn-permissionstatus-update-steps
  if (name != name_ || !context_->secure_context())
    return;
  PermissionState new_state = ToIdl(state);
  if (new_state == state_)
    return;
  state_ = new_state;
  scoped_refptr<PermissionStatus> protect(this);
  scoped_refptr<Event> event = Event::CreateTrusted("change");
  DispatchEvent(event.get());
}

}  // namespace mediacapture

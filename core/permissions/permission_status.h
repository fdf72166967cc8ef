// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/permissions/#permissionstatus-interface: the state
// of one permission of the page's origin, kept current; `change` fires when
// it changes. JS thread only.

#ifndef CORE_PERMISSIONS_PERMISSION_STATUS_H_
#define CORE_PERMISSIONS_PERMISSION_STATUS_H_

#include <string>

#include "core/dom/event_target.h"
#include "core/mediastream/media_context.h"
#include "core/permissions/permission_types.h"
#include "idl/permissions/permission_state.h"

namespace mediacapture {

class PermissionStatus : public EventTarget,
                         public MediaContext::PermissionObserver {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<PermissionStatus> Create(MediaContext* context,
                                                MediaPermission name);
  ~PermissionStatus() override;

  PermissionState state() const { return state_; }
  // https://w3c.github.io/permissions/#dom-permissionstatus-name
  const std::string& name() const { return name_string_; }

  // A `change` listener keeps the wrapper while the context lives.
  bool HasPendingActivity() const override;

  // MediaContext::PermissionObserver:
  void OnPermissionChanged(MediaPermission name,
                           PermissionState state) override;

 private:
  PermissionStatus(MediaContext* context, MediaPermission name);

  scoped_refptr<MediaContext> context_;
  const MediaPermission name_;
  const std::string name_string_;
  PermissionState state_;
};

}  // namespace mediacapture

#endif  // CORE_PERMISSIONS_PERMISSION_STATUS_H_

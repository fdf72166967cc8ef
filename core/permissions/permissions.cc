// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/permissions/permissions.h"

#include "core/mediastream/media_context.h"
#include "idl/camera_device_permission_descriptor.h"
#include "idl/permissions/permission_descriptor.h"
#include "platform/bindings/dictionary_conversion.h"

namespace mediacapture {

// static
scoped_refptr<Permissions> Permissions::Create(MediaContext* context) {
  return scoped_refptr<Permissions>(new Permissions(context));
}

Permissions::Permissions(MediaContext* context) : context_(context) {}

void Permissions::Query(
    const ScriptValue& permission_desc,
    scoped_refptr<PromiseResolver<PermissionStatus>> resolver,
    ExceptionState& exception_state) {
  // Step 2: rootDesc (a TypeError without `name`, thrown here and turned
  // into the rejection by the binding).
  PermissionDescriptor root =
      DictionaryConversion<PermissionDescriptor>::Convert(permission_desc,
                                                          exception_state);
  if (exception_state.HadException())
    return;
  // Step 3: a name this User Agent does not support.
  std::optional<MediaPermission> name = MediaPermissionFromString(root.name);
  if (!name) {
    resolver->RejectWithTypeError("The permission name '" + root.name +
                                  "' is not supported");
    return;
  }
  // Step 4: typedDescriptor.
  if (*name == MediaPermission::kCamera) {
    DictionaryConversion<CameraDevicePermissionDescriptor>::Convert(
        permission_desc, exception_state);
    if (exception_state.HadException())
      return;
  }
  // Steps 5-6: in parallel, then resolve in a queued task.
  scoped_refptr<MediaContext> context = context_;
  MediaPermission queried = *name;
  context_->task_runner()->PostTask([context, queried, resolver] {
    if (context->is_shut_down())
      return;
    resolver->Resolve(PermissionStatus::Create(context.get(), queried));
  });
}

}  // namespace mediacapture

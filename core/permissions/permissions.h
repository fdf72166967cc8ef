// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/permissions/#permissions-interface:
// navigator.permissions, for the "camera" and "microphone" permissions.
// JS thread only.

#ifndef CORE_PERMISSIONS_PERMISSIONS_H_
#define CORE_PERMISSIONS_PERMISSIONS_H_

#include "core/permissions/permission_status.h"
#include "platform/bindings/exception_state.h"
#include "platform/bindings/promise_resolver.h"
#include "platform/bindings/script_value.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

class MediaContext;

class Permissions : public ScriptWrappable {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<Permissions> Create(MediaContext* context);

  // https://w3c.github.io/permissions/#dom-permissions-query: the IDL takes
  // `object`, converted here to PermissionDescriptor and then to the
  // descriptor type of its name (conversion errors are thrown through
  // |exception_state|, which the binding turns into the rejection). Names
  // other than "camera" and "microphone" are not supported: TypeError.
  void Query(const ScriptValue& permission_desc,
             scoped_refptr<PromiseResolver<PermissionStatus>> resolver,
             ExceptionState& exception_state);

 private:
  explicit Permissions(MediaContext* context);

  scoped_refptr<MediaContext> context_;
};

}  // namespace mediacapture

#endif  // CORE_PERMISSIONS_PERMISSIONS_H_

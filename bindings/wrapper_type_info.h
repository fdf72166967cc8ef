// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// One static WrapperTypeInfo per IDL interface, defined by the generated
// bindings (v8_<interface>.cc) as <CoreClass>::wrapper_type_info_. Its
// address is the interface's identity: a brand check compares pointers,
// walking the parent chain (Blink: platform/bindings/wrapper_type_info.h).

#ifndef BINDINGS_WRAPPER_TYPE_INFO_H_
#define BINDINGS_WRAPPER_TYPE_INFO_H_

#include <v8.h>

namespace mediacapture {

// A wrapper object's internal fields.
enum WrapperField : int {
  kWrapperFieldObject = 0,    // ScriptWrappable*
  kWrapperFieldTypeInfo = 1,  // const WrapperTypeInfo*
  kWrapperFieldCount = 2,
};

struct WrapperTypeInfo {
  // Fills a new FunctionTemplate for the interface (prototype members,
  // constants, parent). Called once per isolate; the result is cached.
  using ConfigureTemplate = void (*)(v8::Isolate* isolate,
                                     v8::Local<v8::FunctionTemplate> tmpl);
  // Removes the interface's [SecureContext] members from its interface
  // object and prototype in an insecure context (may be null).
  using RemoveSecureMembers = void (*)(v8::Local<v8::Context> context,
                                       v8::Local<v8::Function> interface);

  const char* interface_name;
  const WrapperTypeInfo* parent;
  ConfigureTemplate configure_template;
  RemoveSecureMembers remove_secure_members;
  // Instances may report HasPendingActivity(); their wrappers are checked
  // at each garbage collection.
  bool may_have_pending_activity;
  // [SecureContext] on the interface itself.
  bool secure_context_only;
  // [Exposed] includes Window (or is *): installed on the global object.
  bool exposed_on_window;
  // A callback interface or an interface with [LegacyNoInterfaceObject]:
  // never installed on the global.
  bool no_interface_object;

  // True if this interface is |other| or inherits from it.
  bool IsSubclassOf(const WrapperTypeInfo* other) const {
    for (const WrapperTypeInfo* info = this; info; info = info->parent) {
      if (info == other)
        return true;
    }
    return false;
  }
};

}  // namespace mediacapture

#endif  // BINDINGS_WRAPPER_TYPE_INFO_H_

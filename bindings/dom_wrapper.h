// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The link between a core object (ScriptWrappable) and its JS wrapper.
// A wrapper is an instance of the interface's template with two internal
// fields (the object, its WrapperTypeInfo). It holds one reference to the
// object; its global handle is weak, except while the object has pending
// activity (checked at each GC).

#ifndef BINDINGS_DOM_WRAPPER_H_
#define BINDINGS_DOM_WRAPPER_H_

#include <v8.h>

#include "bindings/wrapper_type_info.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

// The object's wrapper, created (from its most derived interface) if it has
// none. Empty only when V8 could not allocate (an exception is pending).
v8::MaybeLocal<v8::Object> ToV8Wrapper(v8::Local<v8::Context> context,
                                       ScriptWrappable* object);

// The existing wrapper, or an empty handle.
v8::Local<v8::Object> GetExistingWrapper(v8::Isolate* isolate,
                                         const ScriptWrappable* object);

// Makes |wrapper| (a fresh instance of |info|'s template, e.g. the receiver
// of a constructor call) the wrapper of |object|.
void AssociateWrapper(v8::Isolate* isolate,
                      ScriptWrappable* object,
                      const WrapperTypeInfo* info,
                      v8::Local<v8::Object> wrapper);

// The brand check: |value| is a wrapper of |info| or of an interface that
// inherits from it.
bool HasInstance(v8::Local<v8::Value> value, const WrapperTypeInfo* info);

// The object behind |value| if it passes the brand check, else null.
ScriptWrappable* ToScriptWrappable(v8::Local<v8::Value> value,
                                   const WrapperTypeInfo* info);

template <typename T>
T* ToImpl(v8::Local<v8::Value> value) {
  return static_cast<T*>(ToScriptWrappable(value, &T::wrapper_type_info_));
}

}  // namespace mediacapture

#endif  // BINDINGS_DOM_WRAPPER_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// A value of WebIDL type `any` as core holds it (no V8): either a JS value
// kept by bindings/ behind an opaque holder, or a core object that script
// sees through its wrapper (e.g. a DOMException core created). Empty means
// undefined.

#ifndef PLATFORM_BINDINGS_SCRIPT_VALUE_H_
#define PLATFORM_BINDINGS_SCRIPT_VALUE_H_

#include <memory>
#include <utility>

#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

// JS thread only.
class ScriptValue {
 public:
  // Implemented by bindings/ over a V8 handle.
  class Holder {
   public:
    virtual ~Holder() = default;
  };

  ScriptValue() = default;
  explicit ScriptValue(std::shared_ptr<Holder> holder)
      : holder_(std::move(holder)) {}
  explicit ScriptValue(scoped_refptr<ScriptWrappable> object)
      : object_(std::move(object)) {}

  bool IsUndefined() const { return !holder_ && !object_; }
  const Holder* holder() const { return holder_.get(); }
  ScriptWrappable* object() const { return object_.get(); }

 private:
  std::shared_ptr<Holder> holder_;
  scoped_refptr<ScriptWrappable> object_;
};

}  // namespace mediacapture

#endif  // PLATFORM_BINDINGS_SCRIPT_VALUE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The base of every core object that script can see. It knows nothing of
// V8: it holds an opaque slot that bindings/ fills with the object's JS
// wrapper, and names its interface through a WrapperTypeInfo that only the
// generated bindings define (DEFINE_WRAPPERTYPEINFO below).
//
// Ownership (ARCHITECTURE.md, "Ownership"): a wrapper holds one reference to
// its object and is weak, so V8 may collect it; an object whose
// HasPendingActivity() is true keeps its wrapper (and so itself and its
// listeners) alive until the activity ends.

#ifndef PLATFORM_BINDINGS_SCRIPT_WRAPPABLE_H_
#define PLATFORM_BINDINGS_SCRIPT_WRAPPABLE_H_

#include "platform/bindings/ref_counted.h"

namespace mediacapture {

// Defined in bindings/wrapper_type_info.h; opaque to core.
struct WrapperTypeInfo;

// JS thread only.
class ScriptWrappable : public RefCounted {
 public:
  ~ScriptWrappable() override;

  // The most derived interface of this object (set up by
  // DEFINE_WRAPPERTYPEINFO in each class that script can see).
  virtual const WrapperTypeInfo* GetWrapperTypeInfo() const = 0;

  // True while the object may still fire an event or settle a promise that
  // script can observe; then its wrapper is not collected. bindings/ asks
  // at each garbage collection for objects whose interface says it may.
  virtual bool HasPendingActivity() const { return false; }

  // The opaque wrapper slot. Only bindings/ reads or writes it.
  void* wrapper_slot() const { return wrapper_slot_; }
  void set_wrapper_slot(void* slot) { wrapper_slot_ = slot; }

 protected:
  ScriptWrappable() = default;

 private:
  void* wrapper_slot_ = nullptr;
};

// In a class that script can see:
//   class Event : public ScriptWrappable {
//     DEFINE_WRAPPERTYPEINFO();
//    public: ...
// The generated v8_event.cc defines Event::wrapper_type_info_.
#define DEFINE_WRAPPERTYPEINFO()                                               \
 public:                                                                       \
  static const ::mediacapture::WrapperTypeInfo wrapper_type_info_;             \
  const ::mediacapture::WrapperTypeInfo* GetWrapperTypeInfo() const override { \
    return &wrapper_type_info_;                                                \
  }                                                                            \
                                                                               \
 private:                                                                      \
  static_assert(true, "")

}  // namespace mediacapture

#endif  // PLATFORM_BINDINGS_SCRIPT_WRAPPABLE_H_

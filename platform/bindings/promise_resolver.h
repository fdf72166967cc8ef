// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The settling end of a promise that a Promise<T>-returning operation gave
// to script, as core sees it (no V8). The generated binding creates it and
// passes it as the core method's last argument; core keeps it until the
// operation completes, then resolves or rejects it on the JS thread. Only
// the first Resolve/Reject counts.

#ifndef PLATFORM_BINDINGS_PROMISE_RESOLVER_H_
#define PLATFORM_BINDINGS_PROMISE_RESOLVER_H_

#include <string>

#include "platform/bindings/idl_types.h"
#include "platform/bindings/ref_counted.h"

namespace mediacapture {

class DOMException;

// JS thread only.
class PromiseResolverBase : public RefCounted {
 public:
  // Rejects with a new DOMException of |name| (e.g. "NotAllowedError").
  virtual void RejectWithDOMException(const std::string& name,
                                      const std::string& message) = 0;
  virtual void RejectWithTypeError(const std::string& message) = 0;
  // Rejects with an error object of core (a DOMException or a subclass such
  // as OverconstrainedError).
  virtual void Reject(DOMException* error) = 0;

  bool settled() const { return settled_; }

 protected:
  // Marks the promise settled; false if it already was.
  bool Settle() {
    if (settled_)
      return false;
    settled_ = true;
    return true;
  }

 private:
  bool settled_ = false;
};

template <typename IDLType>
class PromiseResolver : public PromiseResolverBase {
 public:
  using ValueType = ImplTypeOf<IDLType>;

  void Resolve(const ValueType& value = ValueType()) {
    if (Settle())
      ResolveImpl(value);
  }

 protected:
  virtual void ResolveImpl(const ValueType& value) = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_BINDINGS_PROMISE_RESOLVER_H_

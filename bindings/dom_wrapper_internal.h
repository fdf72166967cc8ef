// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Wrapper slot operations shared by dom_wrapper.cc and per_isolate_data.cc.

#ifndef BINDINGS_DOM_WRAPPER_INTERNAL_H_
#define BINDINGS_DOM_WRAPPER_INTERNAL_H_

namespace mediacapture {

class ScriptWrappable;

namespace internal {

// Resets the wrapper handle and empties the slot, without releasing the
// wrapper's reference to |object|.
void DetachWrapper(ScriptWrappable* object);

// Makes the wrapper handle strong (the object has pending activity) or weak.
void SetWrapperStrong(ScriptWrappable* object, bool strong);

}  // namespace internal
}  // namespace mediacapture

#endif  // BINDINGS_DOM_WRAPPER_INTERNAL_H_

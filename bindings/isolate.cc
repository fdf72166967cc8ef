// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "mediacapture/isolate.h"

#include "bindings/per_isolate_data.h"

namespace mediacapture {

bool AttachToIsolate(v8::Isolate* isolate, std::string* error) {
  if (!isolate) {
    *error = "AttachToIsolate() needs an isolate";
    return false;
  }
  return PerIsolateData::Attach(isolate, error);
}

bool IsAttachedToIsolate(v8::Isolate* isolate) {
  return isolate && PerIsolateData::IsAttached(isolate);
}

void DetachFromIsolate(v8::Isolate* isolate) {
  if (isolate)
    PerIsolateData::Dispose(isolate);
}

}  // namespace mediacapture

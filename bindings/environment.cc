// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "mediacapture/environment.h"

#include <libplatform/libplatform.h>

#include "bindings/per_isolate_data.h"
#include "mediacapture/version.h"

namespace mediacapture {

const char* Version() {
  return MEDIACAPTURE_VERSION_STRING;
}

struct Environment::State {
  std::unique_ptr<v8::Platform> platform;
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator;
};

// static
std::unique_ptr<Environment> Environment::Create(const Options& options,
                                                 std::string* error) {
  static bool initialized = false;
  if (initialized) {
    *error = "mediacapture::Environment can be created once per process";
    return nullptr;
  }
  initialized = true;

  for (const std::string& flag : options.v8_flags)
    v8::V8::SetFlagsFromString(flag.c_str(), flag.size());
  if (!v8::V8::InitializeICUDefaultLocation(options.executable_path.c_str())) {
    // Debian's libnode carries ICU as a shared library with its data built
    // in, so this only fails on a broken install.
    *error = "cannot initialize ICU";
    return nullptr;
  }
  auto state = std::make_unique<State>();
  state->platform = v8::platform::NewDefaultPlatform();
  v8::V8::InitializePlatform(state->platform.get());
  if (!v8::V8::Initialize()) {
    *error = "cannot initialize V8";
    return nullptr;
  }
  state->allocator.reset(v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  return std::unique_ptr<Environment>(new Environment(std::move(state)));
}

Environment::Environment(std::unique_ptr<State> state)
    : state_(std::move(state)) {}

Environment::~Environment() {
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
}

v8::Isolate* Environment::NewIsolate() {
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = state_->allocator.get();
  v8::Isolate* isolate = v8::Isolate::New(params);
  // A new isolate's data slots are empty: attaching cannot fail.
  std::string error;
  PerIsolateData::Attach(isolate, &error);
  return isolate;
}

void Environment::DisposeIsolate(v8::Isolate* isolate) {
  // The bindings' per-isolate state holds references to core objects.
  PerIsolateData::Dispose(isolate);
  isolate->Dispose();
}

void Environment::PumpMessageLoop(v8::Isolate* isolate) {
  while (v8::platform::PumpMessageLoop(state_->platform.get(), isolate)) {
  }
}

v8::Platform* Environment::platform() const {
  return state_->platform.get();
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The process-wide environment an embedder creates once: it initializes V8
// (platform, ICU) and owns the threads that device capture will use.
// Everything an embedder touches is under include/mediacapture/.

#ifndef INCLUDE_MEDIACAPTURE_ENVIRONMENT_H_
#define INCLUDE_MEDIACAPTURE_ENVIRONMENT_H_

#include <memory>
#include <string>
#include <vector>

#include <v8.h>

#include "mediacapture/export.h"
#include "mediacapture/isolate.h"

namespace mediacapture {

// The library's version, "MAJOR.MINOR.PATCH".
MEDIACAPTURE_EXPORT const char* Version();

// Lives on the thread that created it (the embedder's main thread). Create at
// most one per process: V8's platform is process-wide.
class MEDIACAPTURE_EXPORT Environment {
 public:
  struct Options {
    // argv[0], used to find ICU data beside the binary when V8 needs it.
    std::string executable_path;
    // Flags passed to V8 verbatim, e.g. "--expose-gc".
    std::vector<std::string> v8_flags;
  };

  // Initializes V8. Returns nullptr and sets |error| if it cannot.
  static std::unique_ptr<Environment> Create(const Options& options,
                                             std::string* error);

  Environment(const Environment&) = delete;
  Environment& operator=(const Environment&) = delete;
  ~Environment();

  // A new isolate with the default array buffer allocator. Dispose it with
  // DisposeIsolate() before the environment goes away.
  v8::Isolate* NewIsolate();
  void DisposeIsolate(v8::Isolate* isolate);

  // Runs V8's own pending platform tasks for |isolate| (e.g. GC finalizers,
  // Atomics.waitAsync); call between tasks of the embedder's loop with no
  // Local handles on the stack.
  void PumpMessageLoop(v8::Isolate* isolate);

  v8::Platform* platform() const;

 private:
  struct State;
  explicit Environment(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

}  // namespace mediacapture

#endif  // INCLUDE_MEDIACAPTURE_ENVIRONMENT_H_

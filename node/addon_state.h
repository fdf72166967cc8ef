// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef NODE_ADDON_STATE_H_
#define NODE_ADDON_STATE_H_

#include <memory>
#include <string>
#include <vector>

#include <v8.h>

#include "node/addon_options.h"

namespace mediacapture {
namespace nodejs {

class NodeTaskRunner;

// The addon in one Node.js environment (the main thread's, or a worker's:
// each has its own isolate and loop): the task runner on the environment's
// loop, the contexts install() set up, index.js's hooks, and the teardown.
//
// One per isolate, made when the module first loads in the environment and
// deleted by the environment's cleanup hook, after it uninstalled every
// context left, detached the library from the isolate and closed the uv
// handles. Lives on the environment's JS thread.
class AddonState {
 public:
  // The environment's state, made on first use; |context| is the one that
  // loaded the module (the environment's main context).
  static AddonState* ForEnvironment(v8::Local<v8::Context> context);
  // The isolate's state, or null. Any thread.
  static AddonState* Get(v8::Isolate* isolate);

  AddonState(const AddonState&) = delete;
  AddonState& operator=(const AddonState&) = delete;

  // index.js's functions: how an exception that a listener threw is
  // reported (as an uncaught exception, like Node's own EventTarget does),
  // and the default onWarning (process.emitWarning).
  void SetHooks(v8::Local<v8::Function> report_exception,
                v8::Local<v8::Function> emit_warning);

  // Sets up |context|: attaches the library to the isolate the first time,
  // InstallInterfaces(), InstallMediaContext(). Returns false with an
  // exception thrown (an Error if |context| was installed before).
  bool Install(v8::Local<v8::Context> context, const AddonOptions& options);

  enum class State {
    kNever,        // install() never ran on the context.
    kInstalled,    // install() succeeded and uninstall() has not run.
    kUninstalled,  // uninstall() ran, or install() failed half-way.
  };
  State StateOf(v8::Local<v8::Context> context);

  // UninstallMediaContext() and the context's hooks dropped. Nothing if
  // |context| is not installed.
  void Uninstall(v8::Local<v8::Context> context);
  // Every installed context: at process 'exit', so that no capture thread
  // outlives the process's exit path (process.exit() skips the cleanup
  // hooks on the main thread).
  void UninstallAll();

  v8::Isolate* isolate() const { return isolate_; }

 private:
  struct Installation;
  class WarningHook;

  AddonState(v8::Isolate* isolate, v8::Local<v8::Context> context);
  ~AddonState();

  // node::AddEnvironmentCleanupHook(): the environment is going away.
  static void OnEnvironmentCleanup(void* data);
  // mediacapture::SetExceptionReporter(): an exception a listener threw.
  static void ReportException(v8::Isolate* isolate,
                              v8::Local<v8::Value> exception,
                              v8::Local<v8::Message> message);

  void UninstallAt(size_t index);
  // The private symbol that marks a global install() ran on.
  v8::Local<v8::Private> InstalledMark();

  v8::Isolate* const isolate_;
  NodeTaskRunner* task_runner_;  // Owned: Close() deletes it.
  bool attached_ = false;
  v8::Global<v8::Function> report_exception_;
  v8::Global<v8::Function> emit_warning_;
  std::vector<std::unique_ptr<Installation>> installations_;
};

}  // namespace nodejs
}  // namespace mediacapture

#endif  // NODE_ADDON_STATE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef NODE_SCRIPT_PERMISSION_DELEGATE_H_
#define NODE_SCRIPT_PERMISSION_DELEGATE_H_

#include <memory>

#include <v8.h>

#include "mediacapture/permission_delegate.h"
#include "mediacapture/task_runner.h"

namespace mediacapture {
namespace nodejs {

// The `permission` option of install(): "grant" and "deny" answer every
// prompt at once; a function `(request) => boolean | Promise<boolean>` is
// called for each prompt, in a task of its own (never inside the library's
// call), with request = {origin, camera, microphone}. Its result is
// resolved like Promise.resolve(result): true(thy) grants, false(y)
// denies, and so does a throw or a rejection.
//
// Lives on the JS thread of its context; the decision callback it hands
// the library is called there too.
class ScriptPermissionDelegate : public PermissionDelegate {
 public:
  enum class Mode { kGrant, kDeny, kAsk };

  // |decide| is used with kAsk only. |task_runner| must outlive the
  // delegate's prompts (it is the context's own).
  ScriptPermissionDelegate(v8::Isolate* isolate,
                           Mode mode,
                           v8::Local<v8::Function> decide,
                           TaskRunner* task_runner);
  ScriptPermissionDelegate(const ScriptPermissionDelegate&) = delete;
  ScriptPermissionDelegate& operator=(const ScriptPermissionDelegate&) = delete;
  ~ScriptPermissionDelegate() override;

  // PermissionDelegate. JS thread.
  void RequestPermission(const PermissionRequest& request,
                         DecisionCallback done) override;

  // JS thread, with the isolate alive: drops the function. Prompts asked
  // later, and those whose task has not run yet, are denied.
  void Shutdown();

 private:
  struct State;

  const Mode mode_;
  TaskRunner* const task_runner_;
  std::shared_ptr<State> state_;
};

}  // namespace nodejs
}  // namespace mediacapture

#endif  // NODE_SCRIPT_PERMISSION_DELEGATE_H_

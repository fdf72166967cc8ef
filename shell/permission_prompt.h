// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_PERMISSION_PROMPT_H_
#define SHELL_PERMISSION_PROMPT_H_

#include <cstdio>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "mediacapture/permission_delegate.h"
#include "mediacapture/task_runner.h"

namespace mediacapture {
namespace shell {

// capture_shell's PermissionDelegate:
//   --use-fake-ui-for-media-stream        grants every prompt (Chromium's
//                                         flag, as its web tests use it);
//   --use-fake-ui-for-media-stream=deny   denies every prompt;
//   otherwise, on a terminal, asks
//     "Allow https://origin to use your camera and microphone? [y/N] "
//   and reads the answer on its own thread (the event loop keeps running);
//   with no terminal, denies and says why on stderr.
//
// While a question waits for its answer it holds a pending activity on the
// TaskRunner, so the event loop does not run out of work and drop the
// getUserMedia promise; the answer (or --timeout) ends it.
//
// Lifetime: the reader threads are joinable, never detached. Shutdown() (or
// the destructor) wakes them, waits for them, and drops any answer that comes
// after it, so nothing posts to a TaskRunner (the shell's event loop) that is
// gone. Call it before the TaskRunner is destroyed.
//
// Lives on the JS thread; answers come from the JS thread or a reader thread.
class PermissionPrompt : public PermissionDelegate {
 public:
  enum class Mode {
    kAsk,    // A terminal, or deny when there is none.
    kGrant,  // --use-fake-ui-for-media-stream
    kDeny,   // --use-fake-ui-for-media-stream=deny
  };

  // |input| and |output| are the terminal (stdin and stderr in the shell);
  // |is_terminal| says whether a person can answer there. |task_runner|, when
  // not null, is kept alive (AddPendingActivity) while a question waits.
  PermissionPrompt(Mode mode,
                   FILE* input,
                   FILE* output,
                   bool is_terminal,
                   TaskRunner* task_runner = nullptr);
  PermissionPrompt(const PermissionPrompt&) = delete;
  PermissionPrompt& operator=(const PermissionPrompt&) = delete;
  ~PermissionPrompt() override;

  void RequestPermission(const PermissionRequest& request,
                         DecisionCallback done) override;

  // JS thread. Stops every reader thread and waits for it; an answer typed
  // after this is dropped, and later requests are denied at once. Idempotent.
  void Shutdown();

  // The question asked for |request|.
  static std::string Question(const PermissionRequest& request);

 private:
  struct Shared;

  const Mode mode_;
  FILE* const input_;
  FILE* const output_;
  const bool is_terminal_;
  TaskRunner* const task_runner_;
  // The reader threads and what they share with this object: the shutdown
  // flag under a mutex, and the pipe that wakes a reader blocked in poll().
  std::shared_ptr<Shared> shared_;
  std::vector<std::thread> readers_;  // JS thread only.
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_PERMISSION_PROMPT_H_

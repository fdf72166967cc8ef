// Copyright 2026 The mediacapture authors. All rights reserved.

#ifndef SHELL_PERMISSION_PROMPT_H_
#define SHELL_PERMISSION_PROMPT_H_

#include <cstdio>
#include <string>

#include "mediacapture/permission_delegate.h"

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
// Lives on the JS thread; answers come from the JS thread or the prompt's
// reader thread.
class PermissionPrompt : public PermissionDelegate {
 public:
  enum class Mode {
    kAsk,    // A terminal, or deny when there is none.
    kGrant,  // --use-fake-ui-for-media-stream
    kDeny,   // --use-fake-ui-for-media-stream=deny
  };

  // |input| and |output| are the terminal (stdin and stderr in the shell);
  // |is_terminal| says whether a person can answer there.
  PermissionPrompt(Mode mode, FILE* input, FILE* output, bool is_terminal);

  void RequestPermission(const PermissionRequest& request,
                         DecisionCallback done) override;

  // The question asked for |request|.
  static std::string Question(const PermissionRequest& request);

 private:
  const Mode mode_;
  FILE* const input_;
  FILE* const output_;
  const bool is_terminal_;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_PERMISSION_PROMPT_H_

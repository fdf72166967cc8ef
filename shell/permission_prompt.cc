// Copyright 2026 The mediacapture authors. All rights reserved.

#include "shell/permission_prompt.h"

#include <cctype>
#include <thread>

namespace mediacapture {
namespace shell {

namespace {

std::string What(const PermissionRequest& request) {
  if (request.camera && request.microphone)
    return "camera and microphone";
  return request.camera ? "camera" : "microphone";
}

}  // namespace

PermissionPrompt::PermissionPrompt(Mode mode,
                                   FILE* input,
                                   FILE* output,
                                   bool is_terminal)
    : mode_(mode), input_(input), output_(output), is_terminal_(is_terminal) {}

// static
std::string PermissionPrompt::Question(const PermissionRequest& request) {
  return "Allow " + request.origin + " to use your " + What(request) +
         "? [y/N] ";
}

void PermissionPrompt::RequestPermission(const PermissionRequest& request,
                                         DecisionCallback done) {
  switch (mode_) {
    case Mode::kGrant:
      done(PermissionDecision::kGranted);
      return;
    case Mode::kDeny:
      done(PermissionDecision::kDenied);
      return;
    case Mode::kAsk:
      break;
  }
  if (!is_terminal_) {
    fprintf(output_,
            "capture_shell: denied %s for %s: no terminal to ask on (pass "
            "--use-fake-ui-for-media-stream to grant)\n",
            What(request).c_str(), request.origin.c_str());
    fflush(output_);
    done(PermissionDecision::kDenied);
    return;
  }
  std::string question = Question(request);
  fputs(question.c_str(), output_);
  fflush(output_);
  // The answer is read on its own thread so that timers and capture go on
  // while the person thinks; the controller takes the answer from any thread.
  FILE* input = input_;
  std::thread([input, done = std::move(done)] {
    char line[64] = {};
    bool yes = false;
    if (fgets(line, sizeof(line), input)) {
      size_t i = 0;
      while (line[i] && isspace(static_cast<unsigned char>(line[i])))
        ++i;
      yes = tolower(static_cast<unsigned char>(line[i])) == 'y';
    }
    done(yes ? PermissionDecision::kGranted : PermissionDecision::kDenied);
  }).detach();
}

}  // namespace shell
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/permission_prompt.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <cctype>
#include <mutex>
#include <utility>

namespace mediacapture {
namespace shell {

namespace {

// An answer is a word; the rest of a longer line is read and ignored.
constexpr size_t kMaxAnswerLength = 64;

std::string What(const PermissionRequest& request) {
  if (request.camera && request.microphone)
    return "camera and microphone";
  return request.camera ? "camera" : "microphone";
}

bool IsYes(const std::string& line) {
  size_t i = 0;
  while (i < line.size() && isspace(static_cast<unsigned char>(line[i])))
    ++i;
  return i < line.size() && tolower(static_cast<unsigned char>(line[i])) == 'y';
}

}  // namespace

struct PermissionPrompt::Shared {
  Shared() {
    if (pipe2(wake, O_CLOEXEC) != 0)
      wake[0] = wake[1] = -1;
  }
  ~Shared() {
    for (int fd : wake) {
      if (fd >= 0)
        close(fd);
    }
  }

  // Reader thread: reads one line from |fd|, then answers through |done|
  // unless Shutdown() came first.
  void ReadAnswer(int fd, DecisionCallback done, TaskRunner* task_runner) {
    std::string line;
    for (;;) {
      pollfd fds[2] = {{fd, POLLIN, 0}, {wake[0], POLLIN, 0}};
      if (poll(fds, wake[0] >= 0 ? 2 : 1, -1) < 0) {
        if (errno == EINTR)
          continue;
        break;
      }
      if (fds[1].revents)
        return;  // Shutdown(): no answer.
      if (!fds[0].revents)
        continue;
      char c;
      ssize_t n = read(fd, &c, 1);
      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n <= 0 || c == '\n')
        break;  // The end of the line, of the input, or an error (deny).
      if (line.size() < kMaxAnswerLength)
        line += c;
    }
    // Under the lock, so that Shutdown() either waits for this answer to be
    // posted or makes it be dropped, never lets it reach a freed loop.
    std::lock_guard<std::mutex> hold(lock);
    if (closed)
      return;
    done(IsYes(line) ? PermissionDecision::kGranted
                     : PermissionDecision::kDenied);
    if (task_runner)
      task_runner->RemovePendingActivity();
  }

  std::mutex lock;
  bool closed = false;  // Under |lock|.
  int wake[2] = {-1, -1};
};

PermissionPrompt::PermissionPrompt(Mode mode,
                                   FILE* input,
                                   FILE* output,
                                   bool is_terminal,
                                   TaskRunner* task_runner)
    : mode_(mode),
      input_(input),
      output_(output),
      is_terminal_(is_terminal),
      task_runner_(task_runner),
      shared_(std::make_shared<Shared>()) {}

PermissionPrompt::~PermissionPrompt() {
  Shutdown();
}

void PermissionPrompt::Shutdown() {
  {
    std::lock_guard<std::mutex> hold(shared_->lock);
    shared_->closed = true;
  }
  if (!readers_.empty() && shared_->wake[1] >= 0) {
    char byte = 0;
    ssize_t ignored = write(shared_->wake[1], &byte, 1);
    (void)ignored;
  }
  for (std::thread& reader : readers_)
    reader.join();
  readers_.clear();
}

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
  bool closed;
  {
    std::lock_guard<std::mutex> hold(shared_->lock);
    closed = shared_->closed;
  }
  if (closed || shared_->wake[0] < 0) {
    done(PermissionDecision::kDenied);
    return;
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
  // The pending activity keeps the loop running until then.
  if (task_runner_)
    task_runner_->AddPendingActivity();
  readers_.emplace_back(&Shared::ReadAnswer, shared_, fileno(input_),
                        std::move(done), task_runner_);
}

}  // namespace shell
}  // namespace mediacapture

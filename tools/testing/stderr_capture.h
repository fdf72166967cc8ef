// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef TOOLS_TESTING_STDERR_CAPTURE_H_
#define TOOLS_TESTING_STDERR_CAPTURE_H_

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace mediacapture {
namespace testing {

// Test-only: what is written on stderr (fd 2, so libraries' writes too) from
// construction until Text() or destruction goes to a temporary file instead.
// One test thread; other threads' writes meanwhile are captured as well.
class StderrCapture {
 public:
  StderrCapture() {
    std::fflush(stderr);
    char path[] = "/tmp/mediacapture-stderr-XXXXXX";
    file_ = mkstemp(path);
    path_ = path;
    saved_ = dup(2);
    dup2(file_, 2);
  }
  StderrCapture(const StderrCapture&) = delete;
  StderrCapture& operator=(const StderrCapture&) = delete;
  ~StderrCapture() {
    Restore();
    close(file_);
    unlink(path_.c_str());
  }

  // Ends the capture and returns what was written.
  std::string Text() {
    Restore();
    std::ifstream in(path_);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }

 private:
  void Restore() {
    if (saved_ < 0)
      return;
    std::fflush(stderr);
    dup2(saved_, 2);
    close(saved_);
    saved_ = -1;
  }

  int file_ = -1;
  int saved_ = -1;
  std::string path_;
};

}  // namespace testing
}  // namespace mediacapture

#endif  // TOOLS_TESTING_STDERR_CAPTURE_H_

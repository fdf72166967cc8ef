// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef TOOLS_TESTING_SCOPED_ENV_H_
#define TOOLS_TESTING_SCOPED_ENV_H_

#include <stdlib.h>

#include <string>

namespace mediacapture {
namespace testing {

// Test-only: sets an environment variable (or unsets it, for null) for its
// scope, then restores it. One test thread, with no other thread reading
// the environment meanwhile.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    const char* old = getenv(name);
    had_ = old != nullptr;
    if (had_)
      old_ = old;
    if (value)
      setenv(name, value, 1);
    else
      unsetenv(name);
  }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;
  ~ScopedEnv() {
    if (had_)
      setenv(name_, old_.c_str(), 1);
    else
      unsetenv(name_);
  }

 private:
  const char* name_;
  bool had_ = false;
  std::string old_;
};

}  // namespace testing
}  // namespace mediacapture

#endif  // TOOLS_TESTING_SCOPED_ENV_H_

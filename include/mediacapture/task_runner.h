// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef INCLUDE_MEDIACAPTURE_TASK_RUNNER_H_
#define INCLUDE_MEDIACAPTURE_TASK_RUNNER_H_

#include <cstdint>
#include <functional>

#include "mediacapture/export.h"

namespace mediacapture {

// The embedder's event loop as mediacapture sees it. The embedder implements
// it (capture_shell's is on libuv); mediacapture posts every state change
// that script can observe (a resolved promise, `ended`, `devicechange`)
// through it, from any thread.
class MEDIACAPTURE_EXPORT TaskRunner {
 public:
  using Task = std::function<void()>;

  virtual ~TaskRunner() = default;

  // Any thread. Runs |task| on the JS thread, in posting order, followed by
  // a microtask checkpoint.
  virtual void PostTask(Task task) = 0;

  // Any thread. Like PostTask(), after at least |delay_ms| milliseconds.
  virtual void PostDelayedTask(Task task, int64_t delay_ms) = 0;

  // Any thread. While the count of pending activities is above zero (a live
  // capture, a pending permission prompt), the loop must not exit even with
  // no task queued.
  virtual void AddPendingActivity() = 0;
  virtual void RemovePendingActivity() = 0;
};

}  // namespace mediacapture

#endif  // INCLUDE_MEDIACAPTURE_TASK_RUNNER_H_

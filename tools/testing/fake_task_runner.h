// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef TOOLS_TESTING_FAKE_TASK_RUNNER_H_
#define TOOLS_TESTING_FAKE_TASK_RUNNER_H_

#include <deque>
#include <mutex>
#include <utility>

#include "mediacapture/task_runner.h"

namespace mediacapture {
namespace testing {

// A TaskRunner for unit tests: tasks wait until the test runs them with
// RunUntilIdle() on its own thread. Delays are ignored (tasks run in posting
// order). Posting is thread-safe.
class FakeTaskRunner : public TaskRunner {
 public:
  void PostTask(Task task) override {
    std::lock_guard<std::mutex> lock(lock_);
    tasks_.push_back(std::move(task));
  }
  void PostDelayedTask(Task task, int64_t) override {
    PostTask(std::move(task));
  }
  void AddPendingActivity() override {
    std::lock_guard<std::mutex> lock(lock_);
    ++pending_activities_;
  }
  void RemovePendingActivity() override {
    std::lock_guard<std::mutex> lock(lock_);
    --pending_activities_;
  }

  // Runs tasks, including those they post, until none is left. Returns how
  // many ran.
  int RunUntilIdle() {
    int ran = 0;
    while (RunOneTask())
      ++ran;
    return ran;
  }

  // Runs the oldest task; false if there was none.
  bool RunOneTask() {
    Task task;
    {
      std::lock_guard<std::mutex> lock(lock_);
      if (tasks_.empty())
        return false;
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    task();
    return true;
  }

  int pending_activities() {
    std::lock_guard<std::mutex> lock(lock_);
    return pending_activities_;
  }

 private:
  std::mutex lock_;
  std::deque<Task> tasks_;      // Under |lock_|.
  int pending_activities_ = 0;  // Under |lock_|.
};

}  // namespace testing
}  // namespace mediacapture

#endif  // TOOLS_TESTING_FAKE_TASK_RUNNER_H_

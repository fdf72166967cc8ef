// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// A flag that its owner invalidates when it shuts down or is destroyed, so
// that a task it posted, which may run after that, can tell whether the
// owner is still there (the single-thread part of Chromium's
// WeakPtrFactory, without the pointer):
//
//   WeakFlag::Weak weak = weak_flag_.GetWeak();
//   task_runner->PostTask([weak, this] {
//     if (weak.IsAlive())
//       OnSomething();
//   });
//
// The owner creates, invalidates and checks on its own thread (the JS
// thread for core's classes); a Weak may be copied on any thread.

#ifndef PLATFORM_BASE_WEAK_FLAG_H_
#define PLATFORM_BASE_WEAK_FLAG_H_

#include <memory>

namespace mediacapture {

class WeakFlag {
 public:
  class Weak {
   public:
    Weak() = default;

    // True until the owner invalidated the flag or was destroyed. The
    // owner's thread only (invalidation happens there, so the answer holds
    // until the caller returns to the loop).
    bool IsAlive() const { return !flag_.expired(); }

   private:
    friend class WeakFlag;
    explicit Weak(const std::shared_ptr<char>& flag) : flag_(flag) {}

    std::weak_ptr<char> flag_;
  };

  WeakFlag() : flag_(std::make_shared<char>()) {}
  WeakFlag(const WeakFlag&) = delete;
  WeakFlag& operator=(const WeakFlag&) = delete;
  ~WeakFlag() = default;

  // Every Weak, given out before or after, is no longer alive.
  void Invalidate() { flag_.reset(); }

  Weak GetWeak() const { return Weak(flag_); }

 private:
  std::shared_ptr<char> flag_;
};

}  // namespace mediacapture

#endif  // PLATFORM_BASE_WEAK_FLAG_H_

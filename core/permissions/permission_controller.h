// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_PERMISSIONS_PERMISSION_CONTROLLER_H_
#define CORE_PERMISSIONS_PERMISSION_CONTROLLER_H_

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/permissions/permission_store.h"
#include "core/permissions/permission_types.h"
#include "mediacapture/permission_delegate.h"
#include "mediacapture/task_runner.h"
#include "platform/base/weak_flag.h"

namespace mediacapture {

// Holds, per origin, the state of "camera" and "microphone", asks the
// embedder's PermissionDelegate when a request meets "prompt", remembers the
// answer (in the PermissionStore when there is one) and tells observers of
// every change (PermissionStatus `change` events; revocation ending tracks).
//
// Requests follow getUserMedia's "request permission to use" step
// (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia):
//   - any requested feature already "denied" → denied, without a prompt;
//   - every requested feature "granted" → granted, without a prompt;
//   - otherwise one prompt covers every requested feature still at
//     "prompt", and its answer is stored for each of them.
// While an origin has a prompt open, its later requests wait in order and
// are decided after the answer (often without a second prompt).
//
// Lives on the JS thread. The delegate may answer from any thread: the
// answer is posted back through the TaskRunner.
class PermissionController {
 public:
  class Observer {
   public:
    virtual ~Observer() = default;
    virtual void OnPermissionChanged(const std::string& origin,
                                     MediaPermission name,
                                     PermissionState state) = 0;
  };

  // true when every requested feature is granted.
  using RequestCallback = std::function<void(bool granted)>;

  // |delegate| may be null (every prompt is denied). |store| may be null
  // (nothing persists). Warnings from loading the store go to
  // load_warnings().
  PermissionController(PermissionDelegate* delegate,
                       TaskRunner* task_runner,
                       std::unique_ptr<PermissionStore> store);
  PermissionController(const PermissionController&) = delete;
  PermissionController& operator=(const PermissionController&) = delete;
  ~PermissionController();

  PermissionState GetState(const std::string& origin,
                           MediaPermission name) const;

  // Sets a state directly (test_driver.set_permission, the embedder's
  // settings UI), persists it and notifies observers when it changed.
  void SetState(const std::string& origin,
                MediaPermission name,
                PermissionState state);

  // Decides |request| as described above; |done| runs on the JS thread,
  // synchronously when no prompt is needed.
  void Request(const PermissionRequest& request, RequestCallback done);

  void AddObserver(Observer* observer);
  void RemoveObserver(Observer* observer);

  const std::vector<std::string>& load_warnings() const {
    return load_warnings_;
  }
  // The last error from writing the store, empty when the last write worked.
  const std::string& last_save_error() const { return last_save_error_; }

 private:
  struct Pending {
    PermissionRequest request;
    RequestCallback done;
  };

  // Decides the head of |origin|'s queue and every later request that needs
  // no prompt, until one needs a prompt (which is then sent) or the queue is
  // empty.
  void ProcessQueue(const std::string& origin);
  void OnDecision(const std::string& origin, PermissionDecision decision);
  void Persist();

  PermissionDelegate* const delegate_;
  TaskRunner* const task_runner_;
  std::unique_ptr<PermissionStore> store_;
  PermissionStore::Map states_;
  // Requests per origin; the head is the one being prompted when
  // prompting_ has the origin.
  std::map<std::string, std::deque<Pending>> queues_;
  std::map<std::string, bool> prompting_;
  std::vector<Observer*> observers_;
  std::vector<std::string> load_warnings_;
  std::string last_save_error_;
  // Cleared on destruction so that a late answer from the delegate is
  // dropped instead of touching a dead controller.
  WeakFlag alive_;
};

}  // namespace mediacapture

#endif  // CORE_PERMISSIONS_PERMISSION_CONTROLLER_H_

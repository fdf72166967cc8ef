// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/permissions/permission_controller.h"

#include <algorithm>
#include <atomic>

namespace mediacapture {

namespace {

std::vector<MediaPermission> Requested(const PermissionRequest& request) {
  std::vector<MediaPermission> names;
  if (request.camera)
    names.push_back(MediaPermission::kCamera);
  if (request.microphone)
    names.push_back(MediaPermission::kMicrophone);
  return names;
}

}  // namespace

PermissionController::PermissionController(
    PermissionDelegate* delegate,
    TaskRunner* task_runner,
    std::unique_ptr<PermissionStore> store)
    : delegate_(delegate), task_runner_(task_runner), store_(std::move(store)) {
  if (store_)
    states_ = store_->Load(&load_warnings_);
}

PermissionController::~PermissionController() {
  alive_.Invalidate();
}

PermissionState PermissionController::GetState(const std::string& origin,
                                               MediaPermission name) const {
  auto it = states_.find(origin);
  return it == states_.end() ? PermissionState::kPrompt : it->second.Get(name);
}

void PermissionController::SetState(const std::string& origin,
                                    MediaPermission name,
                                    PermissionState state) {
  if (GetState(origin, name) == state)
    return;
  states_[origin].Set(name, state);
  Persist();
  // Observers may remove themselves while being told.
  std::vector<Observer*> observers = observers_;
  for (Observer* observer : observers) {
    if (std::find(observers_.begin(), observers_.end(), observer) !=
        observers_.end())
      observer->OnPermissionChanged(origin, name, state);
  }
  // A change may decide requests that were waiting behind no prompt.
  if (!prompting_[origin] && !queues_[origin].empty())
    ProcessQueue(origin);
}

void PermissionController::Request(const PermissionRequest& request,
                                   RequestCallback done) {
  queues_[request.origin].push_back(Pending{request, std::move(done)});
  if (!prompting_[request.origin])
    ProcessQueue(request.origin);
}

void PermissionController::ProcessQueue(const std::string& origin) {
  std::deque<Pending>& queue = queues_[origin];
  while (!queue.empty()) {
    const PermissionRequest& request = queue.front().request;
    std::vector<MediaPermission> names = Requested(request);
    bool any_denied = names.empty();
    bool all_granted = !names.empty();
    for (MediaPermission name : names) {
      PermissionState state = GetState(origin, name);
      any_denied |= state == PermissionState::kDenied;
      all_granted &= state == PermissionState::kGranted;
    }
    if (any_denied || all_granted) {
      RequestCallback done = std::move(queue.front().done);
      queue.pop_front();
      done(all_granted && !any_denied);
      continue;
    }
    // One prompt for every requested feature still at "prompt".
    PermissionRequest prompt;
    prompt.origin = origin;
    prompt.camera =
        request.camera &&
        GetState(origin, MediaPermission::kCamera) == PermissionState::kPrompt;
    prompt.microphone =
        request.microphone && GetState(origin, MediaPermission::kMicrophone) ==
                                  PermissionState::kPrompt;
    prompting_[origin] = true;
    if (!delegate_) {
      OnDecision(origin, PermissionDecision::kDenied);
      return;
    }
    WeakFlag::Weak alive = alive_.GetWeak();
    auto answered = std::make_shared<std::atomic<bool>>(false);
    TaskRunner* task_runner = task_runner_;
    delegate_->RequestPermission(prompt, [this, alive, answered, task_runner,
                                          origin](PermissionDecision decision) {
      // Exactly once: a delegate that answers twice is ignored the
      // second time.
      if (answered->exchange(true))
        return;
      task_runner->PostTask([this, alive, origin, decision] {
        if (alive.IsAlive())
          OnDecision(origin, decision);
      });
    });
    return;
  }
}

void PermissionController::OnDecision(const std::string& origin,
                                      PermissionDecision decision) {
  std::deque<Pending>& queue = queues_[origin];
  prompting_[origin] = false;
  if (queue.empty())
    return;
  PermissionState state = decision == PermissionDecision::kGranted
                              ? PermissionState::kGranted
                              : PermissionState::kDenied;
  const PermissionRequest request = queue.front().request;
  // Store the answer for the features that were at "prompt" (SetState also
  // re-runs the queue, so hold it off until both are stored).
  prompting_[origin] = true;
  if (request.camera &&
      GetState(origin, MediaPermission::kCamera) == PermissionState::kPrompt)
    SetState(origin, MediaPermission::kCamera, state);
  if (request.microphone && GetState(origin, MediaPermission::kMicrophone) ==
                                PermissionState::kPrompt)
    SetState(origin, MediaPermission::kMicrophone, state);
  prompting_[origin] = false;
  ProcessQueue(origin);
}

void PermissionController::AddObserver(Observer* observer) {
  observers_.push_back(observer);
}

void PermissionController::RemoveObserver(Observer* observer) {
  observers_.erase(std::remove(observers_.begin(), observers_.end(), observer),
                   observers_.end());
}

void PermissionController::Persist() {
  if (!store_)
    return;
  last_save_error_.clear();
  store_->Save(states_, &last_save_error_);
}

}  // namespace mediacapture

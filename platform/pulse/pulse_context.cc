// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/pulse_context.h"

#include <pulse/error.h>
#include <pulse/proplist.h>
#include <pulse/subscribe.h>
#include <pulse/timeval.h>

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace mediacapture {

namespace {

// How often the background reconnection tries while the server is away and
// someone watches for devices: a restarted daemon is back within a second,
// and a refused local connection costs microseconds.
constexpr int kReconnectIntervalMs = 500;

struct WaitTimeout {
  pa_threaded_mainloop* mainloop;
  bool expired = false;
};

void OnWaitTimeout(pa_mainloop_api* api,
                   pa_time_event* event,
                   const struct timeval* tv,
                   void* userdata) {
  (void)api;
  (void)event;
  (void)tv;
  auto* timeout = static_cast<WaitTimeout*>(userdata);
  timeout->expired = true;
  pa_threaded_mainloop_signal(timeout->mainloop, 0);
}

void OnOperationStateChanged(pa_operation* operation, void* userdata) {
  (void)operation;
  static_cast<PulseContext*>(userdata)->Signal();
}

// A deadline for the mainloop API's time events, which run on the wall
// clock (pa_gettimeofday). Only timeouts use it, so a clock step merely
// shortens or lengthens one wait.
struct timeval Deadline(int timeout_ms) {
  struct timeval tv;
  pa_gettimeofday(&tv);
  pa_timeval_add(&tv, static_cast<pa_usec_t>(timeout_ms) * PA_USEC_PER_MSEC);
  return tv;
}

}  // namespace

PulseContext::Lock::Lock(PulseContext* context)
    : mainloop_(context->mainloop()) {
  if (!pa_threaded_mainloop_in_thread(mainloop_)) {
    pa_threaded_mainloop_lock(mainloop_);
    locked_ = true;
  }
}

PulseContext::Lock::~Lock() {
  if (locked_)
    pa_threaded_mainloop_unlock(mainloop_);
}

// static
std::shared_ptr<PulseContext> PulseContext::Create(const Options& options,
                                                   Status* status) {
  std::shared_ptr<PulseContext> context(new PulseContext(options));
  context->mainloop_ = pa_threaded_mainloop_new();
  if (!context->mainloop_) {
    *status = Status::Error(ErrorCategory::kInternal, kPulseMainloopFailed,
                            "pa_threaded_mainloop_new failed");
    return nullptr;
  }
  pa_threaded_mainloop_set_name(context->mainloop_, "pulse-mainloop");
  if (pa_threaded_mainloop_start(context->mainloop_) < 0) {
    pa_threaded_mainloop_free(context->mainloop_);
    context->mainloop_ = nullptr;
    *status = Status::Error(ErrorCategory::kInternal, kPulseMainloopFailed,
                            "pa_threaded_mainloop_start failed");
    return nullptr;
  }
  *status = Status::Ok();
  return context;
}

PulseContext::PulseContext(const Options& options) : options_(options) {}

PulseContext::~PulseContext() {
  if (!mainloop_)
    return;
  {
    Lock lock(this);
    listeners_.clear();
    if (reconnect_timer_) {
      api()->time_free(reconnect_timer_);
      reconnect_timer_ = nullptr;
    }
    DropContext();
  }
  pa_threaded_mainloop_stop(mainloop_);
  pa_threaded_mainloop_free(mainloop_);
}

pa_mainloop_api* PulseContext::api() const {
  return pa_threaded_mainloop_get_api(mainloop_);
}

bool PulseContext::InMainloopThread() const {
  return pa_threaded_mainloop_in_thread(mainloop_);
}

pa_context* PulseContext::ready_context() const {
  return is_ready() ? context_ : nullptr;
}

bool PulseContext::is_ready() const {
  return context_ && pa_context_get_state(context_) == PA_CONTEXT_READY;
}

Status PulseContext::EnsureConnected() {
  if (is_ready())
    return Status::Ok();
  if (InMainloopThread()) {
    return Status::Error(ErrorCategory::kInternal, kPulseNotConnected,
                         "cannot connect to PulseAudio from its own thread");
  }
  // A background attempt may be under way; otherwise start one.
  if (!context_ || !PA_CONTEXT_IS_GOOD(pa_context_get_state(context_))) {
    DropContext();
    if (!StartConnect()) {
      std::string error = LastError();
      DropContext();
      return Status::Error(ErrorCategory::kInternal, kPulseConnectFailed,
                           "cannot connect to PulseAudio at " +
                               ServerDescription() + ": " + error);
    }
  }
  bool settled = WaitUntil(
      [this] {
        return !context_ ||
               !PA_CONTEXT_IS_GOOD(pa_context_get_state(context_)) ||
               pa_context_get_state(context_) == PA_CONTEXT_READY;
      },
      options_.connect_timeout_ms, /*stop_on_connection_failure=*/false);
  if (is_ready())
    return Status::Ok();
  if (!settled) {
    DropContext();
    ScheduleReconnect();
    return Status::Error(
        ErrorCategory::kInternal, kPulseConnectTimedOut,
        "PulseAudio at " + ServerDescription() + " did not answer within " +
            std::to_string(options_.connect_timeout_ms) + " ms");
  }
  std::string error = LastError();
  DropContext();
  ScheduleReconnect();
  return Status::Error(
      ErrorCategory::kInternal, kPulseConnectFailed,
      "cannot connect to PulseAudio at " + ServerDescription() + ": " + error);
}

bool PulseContext::StartConnect() {
  pa_proplist* props = pa_proplist_new();
  pa_proplist_sets(props, PA_PROP_APPLICATION_NAME,
                   options_.application_name.c_str());
  context_ = pa_context_new_with_proplist(
      api(), options_.application_name.c_str(), props);
  pa_proplist_free(props);
  if (!context_)
    return false;
  ++generation_;
  was_ready_ = false;
  pa_context_set_state_callback(context_, &PulseContext::OnStateChanged, this);
  pa_context_set_subscribe_callback(context_,
                                    &PulseContext::OnSubscriptionEvent, this);
  // Never autospawn: a capture library must not start a sound server.
  return pa_context_connect(
             context_,
             options_.server.empty() ? nullptr : options_.server.c_str(),
             PA_CONTEXT_NOAUTOSPAWN, nullptr) >= 0;
}

void PulseContext::DropContext() {
  if (!context_)
    return;
  pa_context_set_state_callback(context_, nullptr, nullptr);
  pa_context_set_subscribe_callback(context_, nullptr, nullptr);
  pa_context_disconnect(context_);
  pa_context_unref(context_);
  context_ = nullptr;
  was_ready_ = false;
}

void PulseContext::AddReconnectRequest() {
  ++reconnect_requests_;
  ScheduleReconnect();
}

void PulseContext::RemoveReconnectRequest() {
  if (reconnect_requests_ > 0)
    --reconnect_requests_;
  if (reconnect_requests_ == 0 && reconnect_timer_) {
    api()->time_free(reconnect_timer_);
    reconnect_timer_ = nullptr;
  }
}

void PulseContext::ScheduleReconnect() {
  if (reconnect_requests_ == 0 || reconnect_timer_)
    return;
  if (context_ && PA_CONTEXT_IS_GOOD(pa_context_get_state(context_)))
    return;
  struct timeval tv = Deadline(kReconnectIntervalMs);
  reconnect_timer_ =
      api()->time_new(api(), &tv, &PulseContext::OnReconnectTimer, this);
}

// static
void PulseContext::OnReconnectTimer(pa_mainloop_api* api,
                                    pa_time_event* event,
                                    const struct timeval* tv,
                                    void* userdata) {
  (void)tv;
  auto* self = static_cast<PulseContext*>(userdata);
  api->time_free(event);
  self->reconnect_timer_ = nullptr;
  if (self->reconnect_requests_ == 0)
    return;
  if (self->context_ &&
      PA_CONTEXT_IS_GOOD(pa_context_get_state(self->context_))) {
    return;
  }
  // Outside any context callback, so the failed context can go now.
  self->DropContext();
  if (!self->StartConnect()) {
    self->DropContext();
    self->ScheduleReconnect();
  }
  // Otherwise OnStateChanged() reports READY or schedules the next try.
}

// static
void PulseContext::OnStateChanged(pa_context* context, void* userdata) {
  auto* self = static_cast<PulseContext*>(userdata);
  if (context != self->context_)
    return;
  pa_context_state_t state = pa_context_get_state(context);
  if (state == PA_CONTEXT_READY) {
    self->was_ready_ = true;
    // Sources come and go (devicechange, a lost microphone); the server's
    // default source changes (the order of the list).
    pa_operation* operation = pa_context_subscribe(
        context,
        static_cast<pa_subscription_mask_t>(PA_SUBSCRIPTION_MASK_SOURCE |
                                            PA_SUBSCRIPTION_MASK_SERVER),
        nullptr, nullptr);
    if (operation)
      pa_operation_unref(operation);
    self->Notify(&Listener::OnConnected);
  } else if (!PA_CONTEXT_IS_GOOD(state)) {
    // The context is dropped later, outside its own callback.
    bool was_ready = self->was_ready_;
    self->was_ready_ = false;
    if (was_ready)
      self->Notify(&Listener::OnConnectionLost);
    self->ScheduleReconnect();
  }
  self->Signal();
}

// static
void PulseContext::OnSubscriptionEvent(pa_context* context,
                                       pa_subscription_event_type_t type,
                                       uint32_t index,
                                       void* userdata) {
  auto* self = static_cast<PulseContext*>(userdata);
  if (context != self->context_)
    return;
  unsigned facility = type & PA_SUBSCRIPTION_EVENT_FACILITY_MASK;
  unsigned kind = type & PA_SUBSCRIPTION_EVENT_TYPE_MASK;
  if (facility == PA_SUBSCRIPTION_EVENT_SOURCE) {
    if (kind == PA_SUBSCRIPTION_EVENT_NEW) {
      self->Notify([index](Listener* l) { l->OnSourceAdded(index); });
    } else if (kind == PA_SUBSCRIPTION_EVENT_REMOVE) {
      self->Notify([index](Listener* l) { l->OnSourceRemoved(index); });
    }
  } else if (facility == PA_SUBSCRIPTION_EVENT_SERVER) {
    self->Notify(&Listener::OnServerChanged);
  }
}

template <typename Method>
void PulseContext::Notify(Method method) {
  // A listener may remove itself or another (a client that stops its device
  // from OnError()): walk a copy and skip the ones gone meanwhile.
  std::vector<Listener*> listeners = listeners_;
  for (Listener* listener : listeners) {
    if (std::find(listeners_.begin(), listeners_.end(), listener) ==
        listeners_.end()) {
      continue;
    }
    std::invoke(method, listener);
  }
}

void PulseContext::AddListener(Listener* listener) {
  listeners_.push_back(listener);
}

void PulseContext::RemoveListener(Listener* listener) {
  listeners_.erase(std::remove(listeners_.begin(), listeners_.end(), listener),
                   listeners_.end());
}

void PulseContext::Signal() {
  pa_threaded_mainloop_signal(mainloop_, 0);
}

bool PulseContext::WaitUntil(const std::function<bool()>& done,
                             int timeout_ms,
                             bool stop_on_connection_failure) {
  WaitTimeout timeout{mainloop_};
  struct timeval tv = Deadline(timeout_ms);
  pa_time_event* timer = api()->time_new(api(), &tv, &OnWaitTimeout, &timeout);
  while (!done() && !timeout.expired) {
    if (stop_on_connection_failure &&
        (!context_ || !PA_CONTEXT_IS_GOOD(pa_context_get_state(context_)))) {
      break;
    }
    pa_threaded_mainloop_wait(mainloop_);
  }
  api()->time_free(timer);
  return done();
}

bool PulseContext::WaitForOperation(pa_operation* operation, int timeout_ms) {
  if (!operation)
    return false;
  pa_operation_set_state_callback(operation, &OnOperationStateChanged, this);
  bool finished = WaitUntil(
      [operation] {
        return pa_operation_get_state(operation) != PA_OPERATION_RUNNING;
      },
      timeout_ms);
  bool done =
      finished && pa_operation_get_state(operation) == PA_OPERATION_DONE;
  if (pa_operation_get_state(operation) == PA_OPERATION_RUNNING)
    pa_operation_cancel(operation);
  pa_operation_set_state_callback(operation, nullptr, nullptr);
  pa_operation_unref(operation);
  return done;
}

std::string PulseContext::LastError() const {
  if (!context_)
    return "no context";
  return pa_strerror(pa_context_errno(context_));
}

std::string PulseContext::ServerDescription() const {
  if (!options_.server.empty())
    return options_.server;
  const char* env = std::getenv("PULSE_SERVER");
  if (env && *env)
    return env;
  const char* runtime_dir = std::getenv("XDG_RUNTIME_DIR");
  if (runtime_dir && *runtime_dir)
    return std::string("unix:") + runtime_dir + "/pulse/native";
  return "the default server";
}

}  // namespace mediacapture

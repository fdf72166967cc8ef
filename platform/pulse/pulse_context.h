// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_PULSE_PULSE_CONTEXT_H_
#define PLATFORM_PULSE_PULSE_CONTEXT_H_

#include <pulse/context.h>
#include <pulse/operation.h>
#include <pulse/thread-mainloop.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "platform/capture/status.h"

namespace mediacapture {

// The adapter's own error codes (Status::code()), one per failure site.
enum PulseError {
  kPulseOk = 0,
  kPulseMainloopFailed,
  kPulseConnectFailed,
  kPulseConnectTimedOut,
  kPulseNotConnected,
  kPulseQueryFailed,
  kPulseSourceNotFound,
  kPulseBadParams,
  kPulseStreamFailed,
  kPulseStreamTimedOut,
  kPulseAlreadyStarted,
  kPulseSourceLost,
  kPulseServerLost,
};

// One PulseAudio client connection: a pa_threaded_mainloop (its own thread)
// and the pa_context on it, replaced by a fresh one after the server went
// away. Shared (std::shared_ptr) by a PulseDeviceFactory and the capture
// devices it opened, so that a device may outlive its factory.
//
// Threads: created and destroyed on any thread that is not the mainloop
// thread (pa_threaded_mainloop_stop() cannot run on it). Every other member
// must be called with the mainloop lock held (PulseContext::Lock); libpulse
// calls its callbacks on the mainloop thread with that lock held, so listeners
// run under it too. The methods that wait (EnsureConnected(), WaitUntil(),
// WaitForOperation()) must not be called on the mainloop thread: they release
// the lock while they wait.
class PulseContext {
 public:
  struct Options {
    // The server to connect to ("unix:/path", "tcp:host:port"); empty for
    // libpulse's usual lookup (PULSE_SERVER, client.conf, then
    // $XDG_RUNTIME_DIR/pulse/native). A server is never autospawned.
    std::string server;
    // application.name of the client, shown by pactl.
    std::string application_name = "mediacapture";
    // How long a connection attempt may take. A missing local socket fails
    // at once; this bounds a server that accepts but never answers, or an
    // unreachable TCP host. One second is far more than a local daemon
    // needs (a few milliseconds) and short enough for enumerateDevices().
    int connect_timeout_ms = 1000;
  };

  // Told about the server's sources and about the connection. Called on the
  // mainloop thread, under the lock. A listener must not wait (no
  // EnsureConnected() or WaitUntil() from inside).
  class Listener {
   public:
    virtual ~Listener() = default;
    // A source was added (pa_subscription PA_SUBSCRIPTION_EVENT_NEW) or
    // removed (PA_SUBSCRIPTION_EVENT_REMOVE); |index| is pa_source_info's.
    virtual void OnSourceAdded(uint32_t index) { (void)index; }
    virtual void OnSourceRemoved(uint32_t index) { (void)index; }
    // The server's default source may have changed.
    virtual void OnServerChanged() {}
    // The connection became ready (first time or after a reconnect).
    virtual void OnConnected() {}
    // A ready connection failed: the server went away or dropped us.
    virtual void OnConnectionLost() {}
  };

  // Holds the mainloop lock for its scope. On the mainloop thread, which
  // already holds it while it runs callbacks (and where
  // pa_threaded_mainloop_lock() would abort), it does nothing: so a client
  // may Stop() its device from OnError().
  class Lock {
   public:
    explicit Lock(PulseContext* context);
    ~Lock();
    Lock(const Lock&) = delete;
    Lock& operator=(const Lock&) = delete;

   private:
    pa_threaded_mainloop* mainloop_;
    bool locked_ = false;
  };

  // Starts the mainloop thread. Does not connect yet.
  static std::shared_ptr<PulseContext> Create(const Options& options,
                                              Status* status);
  ~PulseContext();

  PulseContext(const PulseContext&) = delete;
  PulseContext& operator=(const PulseContext&) = delete;

  const Options& options() const { return options_; }
  pa_threaded_mainloop* mainloop() const { return mainloop_; }
  pa_mainloop_api* api() const;
  bool InMainloopThread() const;

  // --- Under the lock. ---

  // Connects (or reconnects after the server went away) and waits at most
  // options().connect_timeout_ms. Not on the mainloop thread.
  Status EnsureConnected();
  // The ready context, or null.
  pa_context* ready_context() const;
  bool is_ready() const;
  // Bumped each time a new pa_context is created.
  uint64_t generation() const { return generation_; }

  // Keeps reconnecting in the background (every kReconnectIntervalMs) while
  // the server is away, for as long as at least one caller asked for it:
  // so that devicechange fires when a server appears. Counted.
  void AddReconnectRequest();
  void RemoveReconnectRequest();

  void AddListener(Listener* listener);
  void RemoveListener(Listener* listener);

  // Wakes every waiter (pa_threaded_mainloop_signal). Callbacks that change
  // what a waiter waits for call it.
  void Signal();
  // Waits until |done| returns true, the timeout passes, or (when
  // |stop_on_connection_failure|) the connection fails. Returns done().
  bool WaitUntil(const std::function<bool()>& done,
                 int timeout_ms,
                 bool stop_on_connection_failure = true);
  // Waits for |operation| (owned, unreferenced here) to finish. False when it
  // was cancelled, the connection failed or the timeout passed.
  bool WaitForOperation(pa_operation* operation, int timeout_ms);

  // The last error of the context as text ("Connection refused").
  std::string LastError() const;
  // The server as named in messages: the explicit one, $PULSE_SERVER, or
  // "the default server".
  std::string ServerDescription() const;

 private:
  explicit PulseContext(const Options& options);

  // Creates a pa_context and starts connecting, without waiting.
  bool StartConnect();
  // Drops a failed or timed-out context.
  void DropContext();
  void ScheduleReconnect();

  static void OnStateChanged(pa_context* context, void* userdata);
  static void OnSubscriptionEvent(pa_context* context,
                                  pa_subscription_event_type_t type,
                                  uint32_t index,
                                  void* userdata);
  static void OnReconnectTimer(pa_mainloop_api* api,
                               pa_time_event* event,
                               const struct timeval* tv,
                               void* userdata);
  template <typename Method>
  void Notify(Method method);

  const Options options_;
  pa_threaded_mainloop* mainloop_ = nullptr;

  // Mainloop lock.
  pa_context* context_ = nullptr;
  uint64_t generation_ = 0;
  // The current context reached READY (so its failure is a loss to report).
  bool was_ready_ = false;
  int reconnect_requests_ = 0;
  pa_time_event* reconnect_timer_ = nullptr;
  std::vector<Listener*> listeners_;
};

}  // namespace mediacapture

#endif  // PLATFORM_PULSE_PULSE_CONTEXT_H_

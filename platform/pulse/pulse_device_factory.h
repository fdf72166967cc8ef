// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_PULSE_PULSE_DEVICE_FACTORY_H_
#define PLATFORM_PULSE_PULSE_DEVICE_FACTORY_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "platform/capture/device_factory.h"
#include "platform/pulse/pulse_context.h"
#include "platform/pulse/pulse_source_info.h"

namespace mediacapture {

// Microphones from a PulseAudio server: its sources, the default one first,
// monitors of sinks left out unless asked for.
//
// With no server, Enumerate() returns no devices after at most the connect
// timeout (at once for a missing local socket) and tells Options::on_warning
// one sentence, once per factory; nothing is written on stderr (the
// embedder decides where warnings go: MediaContextOptions::on_warning).
// After the server went away, the next
// Enumerate() or Open() connects again; while a DeviceChangeObserver is set
// the factory also reconnects in the background, so that a server coming
// back fires devicechange.
//
// Threads: Enumerate(), Open() and SetDeviceChangeObserver() on one caller
// thread (the JS thread in core), and on_warning there too, outside the
// mainloop lock. The observer is called on the mainloop
// thread and must post elsewhere before enumerating: Enumerate() there
// returns nothing (that thread cannot wait for the server's answers).
class PulseDeviceFactory : public DeviceFactory,
                           private PulseContext::Listener {
 public:
  struct Options {
    PulseContext::Options context;
    // List the monitors of sinks too (they capture what a sink plays).
    bool include_monitors = false;
    // Told, on the caller thread, each problem that leaves the factory
    // without microphones but does not stop it: no mainloop, no server
    // (once per factory). Null: not reported.
    std::function<void(const std::string&)> on_warning;
  };

  explicit PulseDeviceFactory(const Options& options);
  ~PulseDeviceFactory() override;

  // DeviceFactory:
  std::vector<DeviceDescriptor> Enumerate() override;
  std::unique_ptr<CaptureDevice> Open(const std::string& raw_id,
                                      Status* status) override;
  void SetDeviceChangeObserver(DeviceChangeObserver* observer) override;

  // The sources as the server lists them, filtered and ordered like
  // Enumerate(), with their module's name and arguments. Empty and an error
  // when there is no server.
  std::vector<PulseSourceInfo> QuerySources(Status* status);

 private:
  // PulseContext::Listener (mainloop thread, under the lock):
  void OnSourceAdded(uint32_t index) override;
  void OnSourceRemoved(uint32_t index) override;
  void OnServerChanged() override;
  void OnConnected() override;
  void OnConnectionLost() override;

  void NotifyDevicesChanged();
  // QuerySources() without reporting Connect()'s warning; takes the lock.
  std::vector<PulseSourceInfo> ListSources(Status* status);
  // Under the lock, not on the mainloop thread. The first failure leaves a
  // warning in |unreported_warning_|.
  Status Connect();
  // Tells on_warning what Connect() left, if anything. Caller thread,
  // without the lock.
  void ReportWarning();

  const Options options_;
  std::shared_ptr<PulseContext> context_;
  // Under the mainloop lock.
  DeviceChangeObserver* observer_ = nullptr;
  // The default source as last seen, to tell a real default change from
  // the server's other change events. Under the mainloop lock.
  std::string default_source_;
  // The server-info query OnServerChanged() sent. Under the mainloop lock.
  pa_operation* pending_server_info_ = nullptr;
  // The "no server" warning was given (or is about to be). Caller thread.
  bool reported_no_server_ = false;
  // A warning Connect() gave under the lock, for ReportWarning(). Caller
  // thread.
  std::string unreported_warning_;
};

}  // namespace mediacapture

#endif  // PLATFORM_PULSE_PULSE_DEVICE_FACTORY_H_

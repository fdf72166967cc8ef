// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/pulse_device_factory.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <mutex>

#include <catch2/catch.hpp>

#include "platform/pulse/test_capture_client.h"
#include "platform/pulse/test_pulse_daemon.h"
#include "tools/testing/scoped_env.h"
#include "tools/testing/stderr_capture.h"

namespace mediacapture {
namespace {

using testing::ScopedEnv;
using testing::StderrCapture;

// REQUIRE for a step that explains its failure in the local |error|.
#define REQUIRE_DONE(expr) \
  do {                     \
    bool done_ = (expr);   \
    INFO(error);           \
    REQUIRE(done_);        \
  } while (false)

// Devicechange and reconnection are asynchronous; two seconds is ample for
// a local daemon (they take milliseconds; the background reconnection
// retries every 500 ms).
constexpr int kEventTimeoutMs = 2000;

PulseDeviceFactory::Options FactoryOptions(const std::string& server,
                                           bool include_monitors = false) {
  PulseDeviceFactory::Options options;
  options.context.server = server;
  options.include_monitors = include_monitors;
  return options;
}

const DeviceDescriptor* Find(const std::vector<DeviceDescriptor>& devices,
                             const std::string& raw_id) {
  for (const DeviceDescriptor& d : devices) {
    if (d.raw_id == raw_id)
      return &d;
  }
  return nullptr;
}

std::vector<std::string> RawIds(const std::vector<DeviceDescriptor>& devices) {
  std::vector<std::string> ids;
  for (const DeviceDescriptor& d : devices)
    ids.push_back(d.raw_id);
  return ids;
}

TEST_CASE("the sine source is listed with its label as the default",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  std::vector<DeviceDescriptor> devices = factory.Enumerate();
  REQUIRE(devices.size() == 1);
  const DeviceDescriptor& sine = devices[0];
  CHECK(sine.kind == DeviceKind::kAudioInput);
  CHECK(sine.raw_id == "sine");
  CHECK(sine.label == "Sine source at 440 Hz");
  CHECK(sine.is_default);
  CHECK(sine.raw_group_id.empty());
  REQUIRE(sine.audio_modes.size() == 2);
  // module-sine-source: float32, mono, the server's default rate.
  CHECK(sine.audio_modes[0].max_channel_count == 1);
  CHECK(sine.audio_modes[0].sample_size == 32);
  CHECK(sine.audio_modes[0].min_sample_rate > 0);
  // module-sine-source has a fixed latency of two seconds.
  CHECK(sine.audio_modes[0].min_latency == Approx(2.0));
  CHECK(sine.audio_modes[0].max_latency == Approx(2.0));
  CHECK_FALSE(sine.audio_modes[0].echo_cancellation);
  CHECK_FALSE(sine.audio_modes[0].noise_suppression);
  CHECK_FALSE(sine.audio_modes[0].auto_gain_control);
}

TEST_CASE("monitor sources are listed only when asked for",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  PulseDeviceFactory plain(FactoryOptions(daemon.server()));
  CHECK(Find(plain.Enumerate(), "null.monitor") == nullptr);

  PulseDeviceFactory with_monitors(FactoryOptions(daemon.server(), true));
  std::vector<DeviceDescriptor> devices = with_monitors.Enumerate();
  CHECK(RawIds(devices) == std::vector<std::string>{"sine", "null.monitor"});
  REQUIRE(Find(devices, "null.monitor"));
  CHECK(Find(devices, "null.monitor")->label == "Monitor of Null Output");
  const DeviceDescriptor* monitor = Find(devices, "null.monitor");
  CHECK_FALSE(monitor->is_default);
  // The null sink follows its clients' latency, and so does its monitor.
  CHECK(monitor->audio_modes[0].min_latency == Approx(kPulseMinLatencySeconds));
  CHECK(monitor->audio_modes[0].max_latency == Approx(kPulseMaxLatencySeconds));
}

TEST_CASE("the server's default source is listed first", "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  REQUIRE_DONE(daemon.LoadModule("module-sine-source",
                                 "source_name=second frequency=880",
                                 &error) >= 0);
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  CHECK(RawIds(factory.Enumerate()) ==
        std::vector<std::string>{"sine", "second"});
  std::string output;
  REQUIRE(daemon.RunPactl({"set-default-source", "second"}, &output));
  std::vector<DeviceDescriptor> devices = factory.Enumerate();
  CHECK(RawIds(devices) == std::vector<std::string>{"second", "sine"});
  CHECK(devices[0].is_default);
  CHECK_FALSE(devices[1].is_default);
}

TEST_CASE("sources on one usb device share a group from their bus path",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  // Two interfaces of one USB device (as a webcam's microphone and a second
  // audio function would be), and one elsewhere.
  REQUIRE_DONE(daemon.LoadModule("module-sine-source",
                                 "source_name=cam_mic source_properties="
                                 "device.bus_path=pci-0000:00:14.0-usb-0:2:1.2",
                                 &error) >= 0);
  REQUIRE_DONE(daemon.LoadModule("module-sine-source",
                                 "source_name=cam_mic2 source_properties="
                                 "device.bus_path=pci-0000:00:14.0-usb-0:2:1.3",
                                 &error) >= 0);
  REQUIRE_DONE(daemon.LoadModule("module-sine-source",
                                 "source_name=headset source_properties="
                                 "device.bus_path=pci-0000:00:14.0-usb-0:3:1.0",
                                 &error) >= 0);
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  std::vector<DeviceDescriptor> devices = factory.Enumerate();
  REQUIRE(Find(devices, "cam_mic"));
  REQUIRE(Find(devices, "cam_mic2"));
  REQUIRE(Find(devices, "headset"));
  CHECK(Find(devices, "cam_mic")->raw_group_id == "usb-0000:00:14.0-2");
  CHECK(Find(devices, "cam_mic2")->raw_group_id ==
        Find(devices, "cam_mic")->raw_group_id);
  CHECK(Find(devices, "headset")->raw_group_id == "usb-0000:00:14.0-3");
  CHECK(Find(devices, "sine")->raw_group_id.empty());
}

TEST_CASE("an echo-cancel source reports the processing it does",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  REQUIRE_DONE(
      daemon.LoadModule("module-echo-cancel",
                        "source_master=sine sink_master=null source_name=ec "
                        "sink_name=ec_sink aec_method=webrtc "
                        "aec_args='noise_suppression=0'",
                        &error) >= 0);
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  std::vector<DeviceDescriptor> devices = factory.Enumerate();
  const DeviceDescriptor* ec = Find(devices, "ec");
  const DeviceDescriptor* sine = Find(devices, "sine");
  REQUIRE(ec);
  REQUIRE(sine);
  CHECK(ec->audio_modes[0].echo_cancellation);
  CHECK_FALSE(ec->audio_modes[0].noise_suppression);
  CHECK(ec->audio_modes[0].auto_gain_control);
  CHECK_FALSE(sine->audio_modes[0].echo_cancellation);
}

TEST_CASE("a source loaded or unloaded while watching fires devicechange",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  TestDeviceChangeObserver observer;
  factory.SetDeviceChangeObserver(&observer);
  CHECK(observer.count() == 0);

  int module = daemon.LoadModule("module-sine-source",
                                 "source_name=hotplug frequency=600", &error);
  REQUIRE_DONE(module >= 0);
  REQUIRE(observer.WaitForCount(1, kEventTimeoutMs));
  CHECK(Find(factory.Enumerate(), "hotplug"));

  int before = observer.count();
  REQUIRE_DONE(daemon.UnloadModule(module, &error));
  REQUIRE(observer.WaitForCount(before + 1, kEventTimeoutMs));
  CHECK_FALSE(Find(factory.Enumerate(), "hotplug"));

  factory.SetDeviceChangeObserver(nullptr);
  int after = observer.count();
  REQUIRE_DONE(daemon.LoadModule("module-sine-source", "source_name=unwatched",
                                 &error) >= 0);
  // Proven delivered to the factory's server by the next enumeration.
  CHECK(Find(factory.Enumerate(), "unwatched"));
  CHECK(observer.count() == after);
}

// An observer that (wrongly) enumerates from inside the notification.
class EnumeratingObserver : public DeviceChangeObserver {
 public:
  explicit EnumeratingObserver(PulseDeviceFactory* factory)
      : factory_(factory) {}
  void OnDevicesChanged() override {
    size_t count = factory_->Enumerate().size();
    std::lock_guard<std::mutex> lock(mutex_);
    counts_.push_back(count);
    changed_.notify_all();
  }
  bool WaitForCalls(size_t calls, int timeout_ms) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms),
                             [&] { return counts_.size() >= calls; });
  }
  std::vector<size_t> counts() {
    std::lock_guard<std::mutex> lock(mutex_);
    return counts_;
  }

 private:
  PulseDeviceFactory* factory_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<size_t> counts_;
};

TEST_CASE("enumerating from the devicechange callback returns nothing",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  EnumeratingObserver observer(&factory);
  factory.SetDeviceChangeObserver(&observer);
  REQUIRE_DONE(
      daemon.LoadModule("module-sine-source", "source_name=more", &error) >= 0);
  // The callback runs on the PulseAudio thread, which cannot wait for its
  // own answers: it gets nothing instead of a deadlock.
  REQUIRE(observer.WaitForCalls(1, kEventTimeoutMs));
  CHECK(observer.counts()[0] == 0);
  factory.SetDeviceChangeObserver(nullptr);
  CHECK(factory.Enumerate().size() == 2);
}

TEST_CASE("a new default source fires devicechange", "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  REQUIRE_DONE(daemon.LoadModule("module-sine-source", "source_name=second",
                                 &error) >= 0);
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  factory.Enumerate();
  TestDeviceChangeObserver observer;
  factory.SetDeviceChangeObserver(&observer);
  std::string output;
  REQUIRE(daemon.RunPactl({"set-default-source", "second"}, &output));
  CHECK(observer.WaitForCount(1, kEventTimeoutMs));
  factory.SetDeviceChangeObserver(nullptr);
}

TEST_CASE("no server gives an empty list at once and one warning, not stderr",
          "[pulse][factory][warning]") {
  StderrCapture capture;
  PulseDeviceFactory::Options options =
      FactoryOptions("unix:/nonexistent/mediacapture-test/native");
  std::vector<std::string> warnings;
  options.on_warning = [&](const std::string& warning) {
    warnings.push_back(warning);
  };
  PulseDeviceFactory factory(options);
  int64_t start = MonotonicNowUs();
  // As MediaContext does: watching connects first.
  TestDeviceChangeObserver observer;
  factory.SetDeviceChangeObserver(&observer);
  CHECK(factory.Enumerate().empty());
  CHECK(factory.Enumerate().empty());
  Status status;
  CHECK_FALSE(factory.Open("sine", &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
  int64_t elapsed_us = MonotonicNowUs() - start;
  factory.SetDeviceChangeObserver(nullptr);
  std::string text = capture.Text();
  INFO(text);
  CHECK(elapsed_us < 500000);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("cannot connect to PulseAudio at "
                         "unix:/nonexistent/mediacapture-test/native") !=
        std::string::npos);
  CHECK(warnings[0].find("no microphones from PulseAudio") !=
        std::string::npos);
  CHECK(text.empty());
}

TEST_CASE("without on_warning a missing server is reported nowhere",
          "[pulse][factory][warning]") {
  StderrCapture capture;
  PulseDeviceFactory factory(
      FactoryOptions("unix:/nonexistent/mediacapture-test/native"));
  CHECK(factory.Enumerate().empty());
  CHECK(capture.Text().empty());
}

TEST_CASE("a server that never answers is given up after the timeout",
          "[pulse][factory]") {
  // A socket that listens but never accepts: connect() succeeds, the
  // server's reply never comes.
  char dir[] = "/tmp/mediacapture-mute-XXXXXX";
  REQUIRE(mkdtemp(dir));
  std::string path = std::string(dir) + "/native";
  int fd = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un addr = {};
  addr.sun_family = AF_UNIX;
  std::snprintf(addr.sun_path, sizeof(addr.sun_path), "%s", path.c_str());
  REQUIRE(bind(fd, reinterpret_cast<struct sockaddr*>(&addr), sizeof(addr)) ==
          0);
  REQUIRE(listen(fd, 4) == 0);

  PulseDeviceFactory::Options options = FactoryOptions("unix:" + path);
  options.context.connect_timeout_ms = 300;
  std::vector<std::string> warnings;
  options.on_warning = [&](const std::string& warning) {
    warnings.push_back(warning);
  };
  PulseDeviceFactory factory(options);
  int64_t start = MonotonicNowUs();
  CHECK(factory.Enumerate().empty());
  int64_t elapsed_us = MonotonicNowUs() - start;
  CHECK(elapsed_us >= 250000);
  CHECK(elapsed_us < 1500000);
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("did not answer") != std::string::npos);
  close(fd);
  unlink(path.c_str());
  rmdir(dir);
}

TEST_CASE("after the server went away the next enumeration reconnects",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  CHECK(factory.Enumerate().size() == 1);
  daemon.Kill();
  CHECK(factory.Enumerate().empty());
  REQUIRE_DONE(daemon.Start(&error));
  std::vector<DeviceDescriptor> devices = factory.Enumerate();
  REQUIRE(devices.size() == 1);
  CHECK(devices[0].raw_id == "sine");
}

TEST_CASE("a watched server going away and coming back fires devicechange",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  TestDeviceChangeObserver observer;
  factory.SetDeviceChangeObserver(&observer);
  daemon.Kill();
  REQUIRE(observer.WaitForCount(1, kEventTimeoutMs));
  REQUIRE_DONE(daemon.Start(&error));
  // Nobody enumerates: the factory reconnects on its own.
  REQUIRE(observer.WaitForCount(2, kEventTimeoutMs));
  CHECK(factory.Enumerate().size() == 1);
}

TEST_CASE("without an explicit server PULSE_SERVER names it",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  ScopedEnv server("PULSE_SERVER", daemon.server().c_str());
  PulseDeviceFactory factory(FactoryOptions(""));
  CHECK(RawIds(factory.Enumerate()) == std::vector<std::string>{"sine"});
}

TEST_CASE("without PULSE_SERVER the socket in XDG_RUNTIME_DIR is used",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  // $XDG_RUNTIME_DIR/pulse/native, as a session's daemon has it.
  std::string runtime_dir = daemon.dir() + "/client-runtime";
  REQUIRE(mkdir(runtime_dir.c_str(), 0700) == 0);
  REQUIRE(mkdir((runtime_dir + "/pulse").c_str(), 0700) == 0);
  REQUIRE(symlink(daemon.socket_path().c_str(),
                  (runtime_dir + "/pulse/native").c_str()) == 0);
  ScopedEnv server("PULSE_SERVER", nullptr);
  ScopedEnv runtime("XDG_RUNTIME_DIR", runtime_dir.c_str());
  PulseDeviceFactory factory(FactoryOptions(""));
  CHECK(RawIds(factory.Enumerate()) == std::vector<std::string>{"sine"});
}

TEST_CASE("opening an unknown or excluded source is not found",
          "[pulse][factory]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  PulseDeviceFactory factory(FactoryOptions(daemon.server()));
  Status status;
  CHECK_FALSE(factory.Open("no-such-source", &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK_FALSE(factory.Open("null.monitor", &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
  CHECK(factory.Open("sine", &status));
  CHECK(status.ok());
}

}  // namespace
}  // namespace mediacapture

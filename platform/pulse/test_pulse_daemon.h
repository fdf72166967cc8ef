// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_PULSE_TEST_PULSE_DAEMON_H_
#define PLATFORM_PULSE_TEST_PULSE_DAEMON_H_

#include <sys/types.h>

#include <string>
#include <vector>

namespace mediacapture {

// Test-only: a private PulseAudio daemon in its own temporary directory
// (its own HOME and XDG_RUNTIME_DIR, nothing shared with a real session),
// started as
//   pulseaudio -n --daemonize=no --exit-idle-time=-1 --disallow-exit
//              --use-pid-file=no --system=false -F <dir>/test.pa
// with module-null-sink (sink "null", so a monitor source exists),
// module-sine-source (source "sine", 440 Hz) and module-native-protocol-unix
// on <dir>/native (anonymous auth).
//
// Running as root: pulseaudio 16 only warns ("This program is not intended
// to be run as root (unless --system is specified)") and runs as a per-user
// daemon; --system=false keeps it so. Its HOME and XDG_RUNTIME_DIR being
// private is what keeps it from meeting another daemon.
//
// The destructor kills the daemon and removes the directory. Modules are
// loaded and unloaded through `pactl` with PULSE_SERVER set.
//
// Threads: one test thread.
class TestPulseDaemon {
 public:
  struct Options {
    bool load_sine_source = true;
    int sine_frequency = 440;
    bool load_null_sink = true;
  };

  TestPulseDaemon();
  explicit TestPulseDaemon(const Options& options);
  ~TestPulseDaemon();

  TestPulseDaemon(const TestPulseDaemon&) = delete;
  TestPulseDaemon& operator=(const TestPulseDaemon&) = delete;

  // Starts the daemon (in a fresh temporary directory the first time, the
  // same one after Kill() or Stop(), so the server string stays the same)
  // and waits until its socket accepts connections. False, with the reason
  // and the daemon's log, when it did not come up.
  bool Start(std::string* error);
  // SIGKILL, as a crash would; waits for the process.
  void Kill();
  // SIGTERM, waiting up to a second, then SIGKILL.
  void Stop();
  bool running() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }

  // "unix:<dir>/native", for PULSE_SERVER or PulseContext::Options::server.
  std::string server() const;
  const std::string& socket_path() const { return socket_path_; }
  const std::string& dir() const { return dir_; }
  // What the daemon wrote on stderr.
  std::string Log() const;

  // `pactl load-module NAME ARGS`: the module index, or -1 with |error|.
  int LoadModule(const std::string& name,
                 const std::string& arguments,
                 std::string* error);
  bool UnloadModule(int index, std::string* error);
  // Runs pactl with |args| against this daemon; its stdout in |output|.
  bool RunPactl(const std::vector<std::string>& args, std::string* output);

 private:
  bool MakeDirectory(std::string* error);
  bool WriteScript(std::string* error);
  bool WaitForSocket(std::string* error);
  void Reap(int timeout_ms);
  std::vector<std::string> Environment() const;

  const Options options_;
  std::string dir_;
  std::string socket_path_;
  pid_t pid_ = -1;
};

}  // namespace mediacapture

#endif  // PLATFORM_PULSE_TEST_PULSE_DAEMON_H_

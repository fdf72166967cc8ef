// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// pulse_bench: what capturing 48 kHz stereo through platform/pulse costs,
// next to `parec` capturing the same source.
//
//   pulse_bench [--seconds=N] [--latency-ms=N] [--server=S --source=NAME]
//
// Without --server it starts a private daemon (TestPulseDaemon) and
// captures from module-null-source, which runs in real time at whatever
// latency its clients ask, as a sound card does.
//
// Figures:
//   latency  delivery time (CLOCK_MONOTONIC when the sink got the block)
//            minus the block's timestamp (the capture time the adapter
//            derived from the server's timing info): for the oldest frame
//            of each block and for its newest one.
//   CPU      user + system time per second of audio, of the capturing
//            process (our adapter's whole process, parec's whole process)
//            and of the server while it served that client.
// parec has no timestamps to compare, so only its CPU is shown.

#include <signal.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "platform/base/time.h"
#include "platform/pulse/pulse_capture_device.h"
#include "platform/pulse/pulse_device_factory.h"
#include "platform/pulse/test_pulse_daemon.h"

namespace mediacapture {
namespace {

double RusageSeconds(const struct rusage& usage) {
  return usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
         usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
}

// utime + stime of a process from /proc, seconds; -1 when unknown.
double ProcessCpuSeconds(pid_t pid) {
  if (pid <= 0)
    return -1;
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string text((std::istreambuf_iterator<char>(stat)),
                   std::istreambuf_iterator<char>());
  size_t close_paren = text.rfind(')');
  if (close_paren == std::string::npos)
    return -1;
  std::istringstream fields(text.substr(close_paren + 2));
  std::string field;
  unsigned long long utime = 0, stime = 0;
  // Fields after the command: state is field 3; utime 14, stime 15.
  for (int i = 3; i <= 15 && fields >> field; ++i) {
    if (i == 14)
      utime = std::strtoull(field.c_str(), nullptr, 10);
    if (i == 15)
      stime = std::strtoull(field.c_str(), nullptr, 10);
  }
  return static_cast<double>(utime + stime) / sysconf(_SC_CLK_TCK);
}

class LatencySink : public CaptureDeviceClient {
 public:
  void OnAudioBlock(const AudioBlock& block) override {
    int64_t now = MonotonicNowUs();
    int64_t duration = block.frames() * 1000000LL / block.sample_rate;
    std::lock_guard<std::mutex> lock(mutex_);
    oldest_us_.push_back(now - block.timestamp_us);
    newest_us_.push_back(now - (block.timestamp_us + duration));
    frames_ += block.frames();
  }
  void OnError(const Status& status) override {
    std::fprintf(stderr, "pulse_bench: capture ended: %s\n",
                 status.message().c_str());
  }
  void OnMuted(bool muted) override { (void)muted; }

  std::vector<int64_t> oldest() {
    std::lock_guard<std::mutex> lock(mutex_);
    return oldest_us_;
  }
  std::vector<int64_t> newest() {
    std::lock_guard<std::mutex> lock(mutex_);
    return newest_us_;
  }
  int64_t frames() {
    std::lock_guard<std::mutex> lock(mutex_);
    return frames_;
  }

 private:
  std::mutex mutex_;
  std::vector<int64_t> oldest_us_;
  std::vector<int64_t> newest_us_;
  int64_t frames_ = 0;
};

struct Percentiles {
  double median_ms = 0, p95_ms = 0, max_ms = 0;
};

Percentiles Summarize(std::vector<int64_t> values) {
  Percentiles p;
  if (values.empty())
    return p;
  std::sort(values.begin(), values.end());
  p.median_ms = values[values.size() / 2] / 1000.0;
  p.p95_ms =
      values[std::min(values.size() - 1, values.size() * 95 / 100)] / 1000.0;
  p.max_ms = values.back() / 1000.0;
  return p;
}

struct Options {
  int seconds = 5;
  int latency_ms = 10;
  std::string server;
  std::string source;
};

bool ParseArgs(int argc, char** argv, Options* options) {
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    auto value = [&](const char* prefix) -> const char* {
      size_t n = std::strlen(prefix);
      return arg.compare(0, n, prefix) == 0 ? argv[i] + n : nullptr;
    };
    if (const char* v = value("--seconds=")) {
      options->seconds = std::max(1, std::atoi(v));
    } else if (const char* v = value("--latency-ms=")) {
      options->latency_ms = std::max(1, std::atoi(v));
    } else if (const char* v = value("--server=")) {
      options->server = v;
    } else if (const char* v = value("--source=")) {
      options->source = v;
    } else {
      std::fprintf(stderr,
                   "usage: pulse_bench [--seconds=N] [--latency-ms=N] "
                   "[--server=S --source=NAME]\n");
      return false;
    }
  }
  return true;
}

// Captures with platform/pulse for |seconds|; prints the figures.
bool BenchAdapter(const Options& options, pid_t server_pid) {
  PulseDeviceFactory::Options factory_options;
  factory_options.context.server = options.server;
  factory_options.include_monitors = true;
  PulseDeviceFactory factory(factory_options);
  Status status;
  std::unique_ptr<CaptureDevice> device = factory.Open(options.source, &status);
  if (!device) {
    std::fprintf(stderr, "pulse_bench: %s\n", status.message().c_str());
    return false;
  }
  LatencySink sink;
  AudioCaptureParams params;
  params.sample_rate = 48000;
  params.channel_count = 2;
  params.latency = options.latency_ms / 1000.0;

  struct rusage before, after;
  double server_before = ProcessCpuSeconds(server_pid);
  getrusage(RUSAGE_SELF, &before);
  int64_t start = MonotonicNowUs();
  status = device->StartAudio(params, &sink);
  if (!status.ok()) {
    std::fprintf(stderr, "pulse_bench: %s\n", status.message().c_str());
    return false;
  }
  std::this_thread::sleep_for(std::chrono::seconds(options.seconds));
  device->Stop();
  double wall = (MonotonicNowUs() - start) / 1e6;
  getrusage(RUSAGE_SELF, &after);
  double server_after = ProcessCpuSeconds(server_pid);

  double audio_seconds = sink.frames() / 48000.0;
  Percentiles oldest = Summarize(sink.oldest());
  Percentiles newest = Summarize(sink.newest());
  double cpu = RusageSeconds(after) - RusageSeconds(before);
  std::printf(
      "mediacapture  %zu blocks, %.2f s of audio in %.2f s, fragment %.1f ms\n",
      sink.oldest().size(), audio_seconds, wall,
      static_cast<PulseCaptureDevice*>(device.get())->actual_latency() * 1000);
  std::printf(
      "  latency oldest frame  median %.2f ms  p95 %.2f ms  max %.2f ms\n",
      oldest.median_ms, oldest.p95_ms, oldest.max_ms);
  std::printf(
      "  latency newest frame  median %.2f ms  p95 %.2f ms  max %.2f ms\n",
      newest.median_ms, newest.p95_ms, newest.max_ms);
  std::printf("  CPU client %.2f ms/s", cpu * 1000 / audio_seconds);
  if (server_before >= 0 && server_after >= 0) {
    std::printf("  server %.2f ms/s",
                (server_after - server_before) * 1000 / audio_seconds);
  }
  std::printf("\n");
  return true;
}

// Runs parec on the same source for |seconds|; prints its CPU.
bool BenchParec(const Options& options, pid_t server_pid) {
  std::vector<std::string> args = {
      "parec",
      "--raw",
      "--format=float32le",
      "--rate=48000",
      "--channels=2",
      "--latency-msec=" + std::to_string(options.latency_ms),
      "--device=" + options.source,
  };
  if (!options.server.empty())
    args.push_back("--server=" + options.server);
  std::vector<char*> argv;
  for (std::string& a : args)
    argv.push_back(&a[0]);
  argv.push_back(nullptr);

  double server_before = ProcessCpuSeconds(server_pid);
  int64_t start = MonotonicNowUs();
  pid_t pid = fork();
  if (pid < 0)
    return false;
  if (pid == 0) {
    FILE* null_out = std::fopen("/dev/null", "w");
    if (null_out)
      dup2(fileno(null_out), STDOUT_FILENO);
    execvp("parec", argv.data());
    _exit(127);
  }
  std::this_thread::sleep_for(std::chrono::seconds(options.seconds));
  kill(pid, SIGTERM);
  int wait_status = 0;
  struct rusage usage;
  wait4(pid, &wait_status, 0, &usage);
  double wall = (MonotonicNowUs() - start) / 1e6;
  double server_after = ProcessCpuSeconds(server_pid);
  if (WIFEXITED(wait_status) && WEXITSTATUS(wait_status) == 127) {
    std::fprintf(stderr, "pulse_bench: cannot run parec\n");
    return false;
  }
  std::printf("parec         %.2f s\n", wall);
  std::printf("  latency: parec gives no timestamps to compare\n");
  std::printf("  CPU client %.2f ms/s", RusageSeconds(usage) * 1000 / wall);
  if (server_before >= 0 && server_after >= 0) {
    std::printf("  server %.2f ms/s",
                (server_after - server_before) * 1000 / wall);
  }
  std::printf("\n");
  return true;
}

int Main(int argc, char** argv) {
  Options options;
  if (!ParseArgs(argc, argv, &options))
    return 2;

  // A private daemon unless a server was named.
  std::unique_ptr<TestPulseDaemon> daemon;
  pid_t server_pid = -1;
  if (options.server.empty()) {
    daemon = std::make_unique<TestPulseDaemon>();
    std::string error;
    if (!daemon->Start(&error) ||
        daemon->LoadModule("module-null-source", "source_name=bench", &error) <
            0) {
      std::fprintf(stderr, "pulse_bench: %s\n", error.c_str());
      return 1;
    }
    options.server = daemon->server();
    options.source = "bench";
    server_pid = daemon->pid();
  } else if (options.source.empty()) {
    std::fprintf(stderr, "pulse_bench: --server needs --source\n");
    return 2;
  }

  std::printf(
      "pulse_bench: 48000 Hz stereo float32 from '%s', %d ms latency "
      "target, %d s each\n",
      options.source.c_str(), options.latency_ms, options.seconds);
  bool ok = BenchAdapter(options, server_pid);
  ok = BenchParec(options, server_pid) && ok;
  return ok ? 0 : 1;
}

}  // namespace
}  // namespace mediacapture

int main(int argc, char** argv) {
  return mediacapture::Main(argc, argv);
}

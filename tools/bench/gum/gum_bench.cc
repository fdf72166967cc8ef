// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// gum_bench [cycles]: getUserMedia() latency and memory on fake devices,
// through include/mediacapture/ only. Latency is from the call to the
// promise's reaction, with every prompt granted at once; RSS is read from
// /proc/self/statm after a full garbage collection. Stopping clones is timed
// per clone at three sizes: linear in N means the same time per clone.

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <unistd.h>

#include <v8.h>

#include "mediacapture/context.h"
#include "mediacapture/environment.h"
#include "mediacapture/media_context.h"

namespace {

using Clock = std::chrono::steady_clock;

// A single-threaded loop: tasks from any thread, run on the JS thread.
class Loop : public mediacapture::TaskRunner {
 public:
  void PostTask(Task task) override {
    std::lock_guard<std::mutex> lock(lock_);
    tasks_.push_back({Clock::now(), std::move(task)});
    ready_.notify_one();
  }
  void PostDelayedTask(Task task, int64_t delay_ms) override {
    std::lock_guard<std::mutex> lock(lock_);
    tasks_.push_back(
        {Clock::now() + std::chrono::milliseconds(delay_ms), std::move(task)});
    ready_.notify_one();
  }
  void AddPendingActivity() override {}
  void RemovePendingActivity() override {}

  // Runs due tasks (and microtasks after each) until |done| or |timeout|.
  bool RunUntil(v8::Isolate* isolate,
                const std::function<bool()>& done,
                std::chrono::milliseconds timeout) {
    Clock::time_point end = Clock::now() + timeout;
    isolate->PerformMicrotaskCheckpoint();
    while (!done()) {
      Task task;
      {
        std::unique_lock<std::mutex> lock(lock_);
        for (;;) {
          Clock::time_point now = Clock::now();
          if (now > end)
            return false;
          auto due =
              std::find_if(tasks_.begin(), tasks_.end(),
                           [now](const Entry& e) { return e.due <= now; });
          if (due != tasks_.end()) {
            task = std::move(due->task);
            tasks_.erase(due);
            break;
          }
          ready_.wait_for(lock, std::chrono::milliseconds(1));
        }
      }
      task();
      isolate->PerformMicrotaskCheckpoint();
    }
    return true;
  }

 private:
  struct Entry {
    Clock::time_point due;
    Task task;
  };
  std::mutex lock_;
  std::condition_variable ready_;
  std::deque<Entry> tasks_;
};

class GrantAll : public mediacapture::PermissionDelegate {
 public:
  void RequestPermission(const mediacapture::PermissionRequest&,
                         DecisionCallback done) override {
    done(mediacapture::PermissionDecision::kGranted);
  }
};

double RssMegabytes() {
  FILE* file = fopen("/proc/self/statm", "r");
  long pages = 0, resident = 0;
  if (file) {
    if (fscanf(file, "%ld %ld", &pages, &resident) != 2)
      resident = 0;
    fclose(file);
  }
  return resident * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1 << 20);
}

// The process's peak RSS so far (VmHWM).
double PeakRssMegabytes() {
  FILE* file = fopen("/proc/self/status", "r");
  long kilobytes = 0;
  if (file) {
    char line[256];
    while (fgets(line, sizeof(line), file)) {
      if (sscanf(line, "VmHWM: %ld kB", &kilobytes) == 1)
        break;
    }
    fclose(file);
  }
  return kilobytes / 1024.0;
}

double MillisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start)
      .count();
}

bool Run(v8::Local<v8::Context> context, const char* source) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Script> script;
  v8::Local<v8::Value> result;
  return v8::Script::Compile(
             context, v8::String::NewFromUtf8(isolate, source).ToLocalChecked())
             .ToLocal(&script) &&
         script->Run(context).ToLocal(&result);
}

bool Flag(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Local<v8::Value> value;
  return context->Global()
             ->Get(context, v8::String::NewFromUtf8Literal(isolate, "done"))
             .ToLocal(&value) &&
         value->IsTrue();
}

// One getUserMedia(constraints) whose tracks are stopped at once; returns
// its latency in milliseconds, or a negative number if it failed.
double OneCall(v8::Local<v8::Context> context,
               Loop* loop,
               const std::string& constraints) {
  std::string source =
      "done = false; navigator.mediaDevices.getUserMedia(" + constraints +
      ").then(s => { s.getTracks().forEach(t => t.stop()); done = true; },"
      " e => { failed = e.name; done = true; });";
  Clock::time_point start = Clock::now();
  if (!Run(context, source.c_str()))
    return -1;
  if (!loop->RunUntil(
          context->GetIsolate(), [&] { return Flag(context); },
          std::chrono::seconds(10)))
    return -1;
  return std::chrono::duration<double, std::milli>(Clock::now() - start)
      .count();
}

double Median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values.empty() ? 0 : values[values.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  int cycles = argc > 1 ? atoi(argv[1]) : 10000;
  mediacapture::Environment::Options options;
  options.executable_path = argv[0];
  options.v8_flags.push_back("--expose-gc");
  std::string error;
  auto environment = mediacapture::Environment::Create(options, &error);
  if (!environment) {
    fprintf(stderr, "gum_bench: %s\n", error.c_str());
    return 1;
  }
  v8::Isolate* isolate = environment->NewIsolate();
  int status = 0;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    Loop loop;
    GrantAll grant;
    mediacapture::InstallInterfaces(context);
    mediacapture::MediaContextOptions media;
    media.origin = "https://bench.test";
    media.task_runner = &loop;
    media.permission_delegate = &grant;
    media.devices.source = mediacapture::DeviceOptions::Source::kFake;
    media.devices.fake_options = "fps=30";
    if (!mediacapture::InstallMediaContext(context, media, &error)) {
      fprintf(stderr, "gum_bench: %s\n", error.c_str());
      return 1;
    }
    for (const char* constraints :
         {"{video: true}", "{audio: true, video: true}"}) {
      std::vector<double> latencies;
      for (int i = 0; i < 50; ++i) {
        double ms = OneCall(context, &loop, constraints);
        if (ms < 0) {
          fprintf(stderr, "gum_bench: getUserMedia(%s) failed\n", constraints);
          status = 1;
          break;
        }
        latencies.push_back(ms);
      }
      printf("getUserMedia(%s): median %.3f ms over %zu calls\n", constraints,
             Median(latencies), latencies.size());
    }
    auto collect = [&] {
      isolate->LowMemoryNotification();
      loop.RunUntil(
          isolate, [] { return false; }, std::chrono::milliseconds(50));
      isolate->LowMemoryNotification();
    };
    // Warm up with as many cycles as are measured (caches, V8's heap and
    // the allocator reach their steady size), then measure.
    for (int i = 0; i < cycles && status == 0; ++i) {
      if (OneCall(context, &loop, "{video: true}") < 0)
        status = 1;
      if (i % 1000 == 999)
        isolate->LowMemoryNotification();
    }
    collect();
    double before = RssMegabytes();
    Clock::time_point start = Clock::now();
    int done = 0;
    for (; done < cycles && status == 0; ++done) {
      if (OneCall(context, &loop, "{video: true}") < 0) {
        status = 1;
        break;
      }
      if (done % 1000 == 999)
        isolate->LowMemoryNotification();
    }
    double seconds =
        std::chrono::duration<double>(Clock::now() - start).count();
    collect();
    double after = RssMegabytes();
    printf(
        "%d getUserMedia({video: true})/stop() cycles after %d of warm-up, "
        "in %.1f s: RSS %.1f MB -> %.1f MB (%+.2f MB; floor <= 1 MB)\n",
        done, cycles, seconds, before, after, after - before);

    // Amplification (issue 18): one getUserMedia() with 100,000 advanced
    // sets (each a small object in script, a constraint set in C++), and
    // 100,000 clones of one track stopped one by one.
    const int kMany = 100000;
    std::string make =
        "globalThis.adv = Array.from({length: " + std::to_string(kMany) +
        "}, () => ({width: {min: 1}}));";
    Run(context, make.c_str());
    collect();
    double peak_before = PeakRssMegabytes();
    double ms = OneCall(context, &loop, "{video: {advanced: adv}}");
    if (ms < 0)
      status = 1;
    printf(
        "getUserMedia({video: {advanced: <%d sets>}}): %.0f ms, peak RSS "
        "%.1f MB -> %.1f MB\n",
        kMany, ms, peak_before, PeakRssMegabytes());
    Run(context, "adv = null;");
    collect();
    Run(context,
        "done = false; navigator.mediaDevices.getUserMedia({video: true})"
        ".then(s => { globalThis.track = s.getTracks()[0]; done = true; });");
    loop.RunUntil(
        isolate, [&] { return Flag(context); }, std::chrono::seconds(10));
    // Stopping N clones must be linear in N: the time per clone stays the
    // same from 1,000 to 100,000 clones.
    double first_per_clone = 0, last_per_clone = 0;
    for (int n : {1000, 10000, kMany}) {
      std::string clone =
          "globalThis.clones = Array.from({length: " + std::to_string(n) +
          "}, () => track.clone());";
      Clock::time_point clone_start = Clock::now();
      if (!Run(context, clone.c_str()))
        status = 1;
      double clone_ms = MillisecondsSince(clone_start);
      Clock::time_point stop_start = Clock::now();
      if (!Run(context, "for (const c of clones) c.stop();"))
        status = 1;
      double stop_ms = MillisecondsSince(stop_start);
      double per_clone = stop_ms * 1000 / n;
      if (n == 1000)
        first_per_clone = per_clone;
      last_per_clone = per_clone;
      printf(
          "%d clones of one track: clone() %.1f ms, stop() %.1f ms (%.2f "
          "us per clone)\n",
          n, clone_ms, stop_ms, per_clone);
      Run(context, "clones = null;");
      collect();
    }
    printf(
        "stop() per clone at %d clones / at 1000 clones: %.2fx (floor <= 2x: "
        "linear in N)\n",
        kMany, first_per_clone > 0 ? last_per_clone / first_per_clone : 0);
    Run(context, "track.stop(); track = null;");
    mediacapture::UninstallMediaContext(context);
  }
  environment->DisposeIsolate(isolate);
  return status;
}

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The smallest embedder of libmediacapture: its own V8 isolate, its own
// event loop (a queue and a condition variable), fake devices and a
// permission delegate that grants. It prints the settings of a camera track
// that getUserMedia() returns. Everything it uses is in include/mediacapture/
// (see docs/embedding.md). Build out of tree:
//   g++ embed.cc $(pkg-config --cflags --libs mediacapture)

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <map>
#include <mutex>
#include <string>

#include <v8.h>

#include "mediacapture/context.h"
#include "mediacapture/environment.h"
#include "mediacapture/media_context.h"

namespace {

// Lives on the main (JS) thread; PostTask() may be called from any thread.
class Loop : public mediacapture::TaskRunner {
 public:
  Loop(mediacapture::Environment* environment, v8::Isolate* isolate)
      : environment_(environment), isolate_(isolate) {}
  void PostTask(Task task) override {
    std::lock_guard<std::mutex> lock(mutex_);
    tasks_.push_back(std::move(task));
    wake_.notify_one();
  }
  void PostDelayedTask(Task task, int64_t delay_ms) override {
    std::lock_guard<std::mutex> lock(mutex_);
    delayed_.emplace(Clock::now() + std::chrono::milliseconds(delay_ms),
                     std::move(task));
    wake_.notify_one();
  }
  // This loop runs until the script says it is done, so it need not count
  // what keeps a page alive (live captures, open prompts).
  void AddPendingActivity() override {}
  void RemovePendingActivity() override {}
  // Runs tasks until |done| is true, each followed by a microtask checkpoint.
  void RunUntil(const bool& done) {
    while (!done) {
      Task task;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        while (tasks_.empty()) {
          // Move due delayed tasks to the queue; sleep until the next one.
          if (!delayed_.empty() && delayed_.begin()->first <= Clock::now()) {
            tasks_.push_back(std::move(delayed_.begin()->second));
            delayed_.erase(delayed_.begin());
          } else if (!delayed_.empty()) {
            wake_.wait_until(lock, delayed_.begin()->first);
          } else {
            wake_.wait(lock);
          }
        }
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
      isolate_->PerformMicrotaskCheckpoint();
      // V8's own platform tasks (GC finalizers and the like).
      environment_->PumpMessageLoop(isolate_);
    }
  }

 private:
  using Clock = std::chrono::steady_clock;
  mediacapture::Environment* environment_;
  v8::Isolate* isolate_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Task> tasks_;
  std::multimap<Clock::time_point, Task> delayed_;
};

// Grants every prompt at once (a browser would ask the user).
class GrantAll : public mediacapture::PermissionDelegate {
 public:
  void RequestPermission(const mediacapture::PermissionRequest&,
                         DecisionCallback done) override {
    done(mediacapture::PermissionDecision::kGranted);
  }
};

// Logs to stdout; the script calls it with the settings, or an error.
void Print(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::String::Utf8Value text(info.GetIsolate(), info[0]);
  printf("%s\n", *text ? *text : "");
  fflush(stdout);
}

const char kScript[] = R"(
  navigator.mediaDevices.getUserMedia({video: true}).then(stream => {
    const track = stream.getVideoTracks()[0];
    print(JSON.stringify(track.getSettings()));
    track.stop();
    done();
  }, error => { print('error: ' + error.name); done(); });
)";

}  // namespace

int main(int, char** argv) {
  std::string error;
  mediacapture::Environment::Options env_options;
  env_options.executable_path = argv[0];
  auto environment = mediacapture::Environment::Create(env_options, &error);
  if (!environment) {
    fprintf(stderr, "embed: %s\n", error.c_str());
    return 1;
  }
  v8::Isolate* isolate = environment->NewIsolate();
  int status = 0;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    Loop loop(environment.get(), isolate);
    GrantAll permissions;
    bool done = false;

    // The Web IDL interfaces first, then navigator.mediaDevices.
    mediacapture::InstallOptions install_options;
    mediacapture::MediaContextOptions options;
    options.origin = "https://example.com";
    options.task_runner = &loop;
    options.permission_delegate = &permissions;
    options.devices.source = mediacapture::DeviceOptions::Source::kFake;
    if (!mediacapture::InstallInterfaces(context, install_options) ||
        !mediacapture::InstallMediaContext(context, options, &error)) {
      fprintf(stderr, "embed: cannot install: %s\n", error.c_str());
      return 1;
    }
    v8::Local<v8::Object> global = context->Global();
    global
        ->Set(context, v8::String::NewFromUtf8Literal(isolate, "print"),
              v8::Function::New(context, Print).ToLocalChecked())
        .Check();
    global
        ->Set(context, v8::String::NewFromUtf8Literal(isolate, "done"),
              v8::Function::New(
                  context,
                  [](const v8::FunctionCallbackInfo<v8::Value>& info) {
                    *static_cast<bool*>(
                        info.Data().As<v8::External>()->Value()) = true;
                  },
                  v8::External::New(isolate, &done))
                  .ToLocalChecked())
        .Check();

    // Run the script in a task of our loop, then loop until it calls done().
    loop.PostTask([&] {
      v8::HandleScope scope(isolate);
      v8::TryCatch try_catch(isolate);
      v8::Local<v8::String> source =
          v8::String::NewFromUtf8(isolate, kScript).ToLocalChecked();
      v8::Local<v8::Script> script;
      if (!v8::Script::Compile(context, source).ToLocal(&script) ||
          script->Run(context).IsEmpty()) {
        fprintf(stderr, "embed: the script threw\n");
        status = 1;
        done = true;
      }
    });
    loop.RunUntil(done);

    // Stops any capture left and drops pending prompts; before the loop dies.
    mediacapture::UninstallMediaContext(context);
  }
  environment->DisposeIsolate(isolate);
  return status;
}

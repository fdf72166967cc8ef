// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// A host that owns V8 and its event loop, as Node.js does: it sets up V8's
// platform and an isolate itself and runs a libuv loop; then it attaches
// libmediacapture to the isolate (isolate.h), installs navigator.mediaDevices
// with fake devices, and runs a script that gets a camera and a microphone,
// prints the camera's settings and the device labels, and stops the tracks.
// The loop ends when nothing is left to do. docs/embedding.md shows this
// file. Build out of tree:
//   g++ host.cc $(pkg-config --cflags --libs mediacapture libuv)

#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <string>

#include <libplatform/libplatform.h>
#include <uv.h>
#include <v8.h>

#include "mediacapture/context.h"
#include "mediacapture/isolate.h"
#include "mediacapture/media_context.h"

namespace {

// The host's loop as mediacapture sees it. PostTask() may come from any
// thread (uv_async_send is the one thread-safe libuv call); tasks run on
// the loop's (JS) thread, each followed by a microtask checkpoint.
class UvTaskRunner : public mediacapture::TaskRunner {
 public:
  UvTaskRunner(uv_loop_t* loop, v8::Isolate* isolate, v8::Platform* platform)
      : loop_(loop), isolate_(isolate), platform_(platform) {
    uv_async_init(loop, &async_, [](uv_async_t* handle) {
      static_cast<UvTaskRunner*>(handle->data)->RunTasks();
    });
    async_.data = this;
  }
  void PostTask(Task task) override {
    std::lock_guard<std::mutex> lock(mutex_);
    tasks_.push_back(std::move(task));
    uv_async_send(&async_);
  }
  void PostDelayedTask(Task task, int64_t delay_ms) override {
    // Timers belong to the loop thread: start one from a task.
    PostTask([this, task = std::move(task), delay_ms]() mutable {
      auto* timer = new Timer{{}, this, std::move(task)};
      timer->handle.data = timer;
      uv_timer_init(loop_, &timer->handle);
      uv_timer_start(&timer->handle, &OnTimer, delay_ms, 0);
    });
  }
  // The async handle keeps the loop alive until Close(): this host ends
  // when its script says so, so it need not count live captures.
  void AddPendingActivity() override {}
  void RemovePendingActivity() override {}
  void Close() { uv_close(reinterpret_cast<uv_handle_t*>(&async_), nullptr); }

 private:
  struct Timer {
    uv_timer_t handle;
    UvTaskRunner* runner;
    Task task;
  };
  static void OnTimer(uv_timer_t* handle) {
    auto* timer = static_cast<Timer*>(handle->data);
    timer->runner->Run(timer->task);
    uv_close(reinterpret_cast<uv_handle_t*>(handle), [](uv_handle_t* closed) {
      delete static_cast<Timer*>(closed->data);
    });
  }
  void RunTasks() {
    std::deque<Task> tasks;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      tasks.swap(tasks_);
    }
    for (Task& task : tasks)
      Run(task);
  }
  void Run(const Task& task) {
    {
      v8::HandleScope handles(isolate_);
      task();
      isolate_->PerformMicrotaskCheckpoint();
    }
    while (v8::platform::PumpMessageLoop(platform_, isolate_)) {
    }
  }
  uv_loop_t* loop_;
  v8::Isolate* isolate_;
  v8::Platform* platform_;
  uv_async_t async_;
  std::mutex mutex_;
  std::deque<Task> tasks_;
};

class GrantAll : public mediacapture::PermissionDelegate {
 public:
  void RequestPermission(const mediacapture::PermissionRequest&,
                         DecisionCallback done) override {
    done(mediacapture::PermissionDecision::kGranted);
  }
};

const char kScript[] = R"(
  (async () => {
    const stream = await navigator.mediaDevices.getUserMedia(
        {video: {width: 1280, height: 720}, audio: true});
    const {width, height} = stream.getVideoTracks()[0].getSettings();
    print(`camera ${width}x${height}`);
    for (const device of await navigator.mediaDevices.enumerateDevices())
      print(`${device.kind}: ${device.label}`);
    stream.getTracks().forEach(track => track.stop());
  })().catch(error => print(`error: ${error.name}`)).finally(done);
)";

}  // namespace

int main(int, char** argv) {
  // The host's own V8 set-up.
  v8::V8::InitializeICUDefaultLocation(argv[0]);
  std::unique_ptr<v8::Platform> platform = v8::platform::NewDefaultPlatform();
  v8::V8::InitializePlatform(platform.get());
  v8::V8::Initialize();
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator.get();
  v8::Isolate* isolate = v8::Isolate::New(params);
  uv_loop_t* loop = uv_default_loop();
  int status = 0;
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handles(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope context_scope(context);
    UvTaskRunner runner(loop, isolate, platform.get());
    GrantAll permissions;

    // Then mediacapture, on the host's isolate and loop.
    std::string error;
    mediacapture::MediaContextOptions options;
    options.origin = "https://host.example";
    options.task_runner = &runner;
    options.permission_delegate = &permissions;
    options.devices.source = mediacapture::DeviceOptions::Source::kFake;
    if (!mediacapture::AttachToIsolate(isolate, &error) ||
        !mediacapture::InstallInterfaces(context) ||
        !mediacapture::InstallMediaContext(context, options, &error)) {
      fprintf(stderr, "host: cannot install mediacapture: %s\n", error.c_str());
      return 1;
    }

    // print(text) and done() for the script; done() lets the loop end.
    auto define = [&](const char* name, v8::FunctionCallback callback) {
      context->Global()
          ->Set(context,
                v8::String::NewFromUtf8(isolate, name).ToLocalChecked(),
                v8::Function::New(context, callback,
                                  v8::External::New(isolate, &runner))
                    .ToLocalChecked())
          .Check();
    };
    define("print", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      v8::String::Utf8Value text(info.GetIsolate(), info[0]);
      printf("%s\n", *text ? *text : "");
    });
    define("done", [](const v8::FunctionCallbackInfo<v8::Value>& info) {
      static_cast<UvTaskRunner*>(info.Data().As<v8::External>()->Value())
          ->Close();
    });

    v8::TryCatch try_catch(isolate);
    v8::Local<v8::Script> script;
    if (!v8::Script::Compile(
             context,
             v8::String::NewFromUtf8(isolate, kScript).ToLocalChecked())
             .ToLocal(&script) ||
        script->Run(context).IsEmpty()) {
      fprintf(stderr, "host: the script threw\n");
      runner.Close();
      status = 1;
    }
    uv_run(loop, UV_RUN_DEFAULT);

    mediacapture::UninstallMediaContext(context);
  }
  mediacapture::DetachFromIsolate(isolate);
  isolate->Dispose();
  v8::V8::Dispose();
  v8::V8::DisposePlatform();
  return status;
}

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Embedding through include/mediacapture/ only: several contexts and
// isolates with their own origins, and teardown at awkward moments
// (docs/embedding.md).

#include <unistd.h>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <v8.h>
#include <catch2/catch.hpp>

#include "mediacapture/context.h"
#include "mediacapture/environment.h"
#include "mediacapture/isolate.h"
#include "mediacapture/media_context.h"
#include "tools/testing/v8_test_environment.h"

namespace mediacapture {
namespace {

// The JS thread's loop of one test; PostTask() from any thread.
class TestLoop : public TaskRunner {
 public:
  explicit TestLoop(v8::Isolate* isolate) : isolate_(isolate) {}
  void PostTask(Task task) override {
    std::lock_guard<std::mutex> lock(mutex_);
    tasks_.push_back(std::move(task));
    wake_.notify_one();
  }
  void PostDelayedTask(Task task, int64_t) override {
    PostTask(std::move(task));
  }
  void AddPendingActivity() override { ++pending_; }
  void RemovePendingActivity() override { --pending_; }
  int pending() const { return pending_; }

  // Runs tasks until |done| holds or 10 s pass; returns |done|'s value.
  bool RunUntil(const std::function<bool()>& done) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!done()) {
      Task task;
      {
        std::unique_lock<std::mutex> lock(mutex_);
        if (!wake_.wait_until(lock, deadline,
                              [this] { return !tasks_.empty(); }))
          return done();
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
      isolate_->PerformMicrotaskCheckpoint();
    }
    return true;
  }
  // Runs what is queued now (e.g. after teardown), without waiting.
  void Drain() {
    for (;;) {
      Task task;
      {
        std::lock_guard<std::mutex> lock(mutex_);
        if (tasks_.empty())
          return;
        task = std::move(tasks_.front());
        tasks_.pop_front();
      }
      task();
      isolate_->PerformMicrotaskCheckpoint();
    }
  }

 private:
  v8::Isolate* isolate_;
  std::atomic<int> pending_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Task> tasks_;
};

// Grants at once, or (hold == true) keeps the prompt open until Answer().
class TestDelegate : public PermissionDelegate {
 public:
  explicit TestDelegate(bool hold = false) : hold_(hold) {}
  void RequestPermission(const PermissionRequest& request,
                         DecisionCallback done) override {
    requests_.push_back(request);
    if (hold_)
      held_.push_back(std::move(done));
    else
      done(PermissionDecision::kGranted);
  }
  void Answer(PermissionDecision decision) {
    for (auto& done : held_)
      done(decision);
    held_.clear();
  }
  const std::vector<PermissionRequest>& requests() const { return requests_; }

 private:
  bool hold_;
  std::vector<PermissionRequest> requests_;
  std::vector<DecisionCallback> held_;
};

// One page: a context with the API installed for |origin|.
v8::Local<v8::Context> NewPage(v8::Isolate* isolate,
                               TaskRunner* loop,
                               PermissionDelegate* delegate,
                               const std::string& origin,
                               const std::string& profile_dir) {
  v8::Local<v8::Context> context = v8::Context::New(isolate);
  v8::Context::Scope scope(context);
  REQUIRE(InstallInterfaces(context));
  MediaContextOptions options;
  options.origin = origin;
  options.task_runner = loop;
  options.permission_delegate = delegate;
  options.profile_dir = profile_dir;
  options.devices.source = DeviceOptions::Source::kFake;
  std::string error;
  REQUIRE(InstallMediaContext(context, options, &error));
  return context;
}

v8::Local<v8::Value> Run(v8::Local<v8::Context> context, const char* source) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Context::Scope scope(context);
  v8::Local<v8::Script> script =
      v8::Script::Compile(
          context, v8::String::NewFromUtf8(isolate, source).ToLocalChecked())
          .ToLocalChecked();
  return script->Run(context).ToLocalChecked();
}

std::string RunString(v8::Local<v8::Context> context, const char* source) {
  v8::String::Utf8Value text(context->GetIsolate(), Run(context, source));
  return *text ? *text : "";
}

// Starts getUserMedia({video: true}); `track` and `state` become globals.
const char kGetCamera[] = R"(
  var state = 'pending', track = null;
  navigator.mediaDevices.getUserMedia({video: true}).then(
      s => { track = s.getVideoTracks()[0]; state = 'live'; },
      e => { state = 'error: ' + e.name; });
)";

bool GotCamera(v8::Local<v8::Context> context) {
  return RunString(context, "state") != "pending";
}

std::string TempDir() {
  auto dir = std::filesystem::temp_directory_path() /
             ("embedding_unittest-" + std::to_string(getpid()) + "-" +
              std::to_string(std::rand()));
  std::filesystem::create_directories(dir);
  return dir.string();
}

// A host that owns V8: its own isolate (its own allocator), attached and
// detached through isolate.h, with DOM basics of its own on the global.
TEST_CASE("A host-made isolate attaches, keeps its globals, and detaches",
          "[embedding]") {
  testing::SharedEnvironment();  // V8's platform, as a host would set it up.
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator.get();
  v8::Isolate* isolate = v8::Isolate::New(params);
  CHECK_FALSE(IsAttachedToIsolate(isolate));
  std::string error;
  REQUIRE(AttachToIsolate(isolate, &error));
  CHECK(IsAttachedToIsolate(isolate));
  REQUIRE(AttachToIsolate(isolate, &error));  // Again: nothing happens.
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handles(isolate);
    TestLoop loop(isolate);
    TestDelegate delegate;
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope scope(context);
    // The host's own DOM basics and navigator, as Node.js has them.
    Run(context, R"(
      // Properties of the global, as Node's are (a script's `class`
      // declarations would be lexical bindings instead).
      globalThis.EventTarget = class { hostMethod() { return 'host'; } };
      globalThis.Event = class {};
      globalThis.DOMException = class extends Error {};
      globalThis.AbortController = class {};
      class Navigator { get userAgent() { return 'host-agent'; } }
      var navigator = new Navigator();
      var saved = {EventTarget, Event, DOMException, AbortController,
                   navigator};
    )");
    REQUIRE(InstallInterfaces(context));
    MediaContextOptions options;
    options.origin = "https://host.example";
    options.task_runner = &loop;
    options.permission_delegate = &delegate;
    options.devices.source = DeviceOptions::Source::kFake;
    REQUIRE(InstallMediaContext(context, options, &error));

    CHECK(RunString(context,
                    "[EventTarget === saved.EventTarget, Event === saved.Event,"
                    " DOMException === saved.DOMException,"
                    " AbortController === saved.AbortController,"
                    " navigator === saved.navigator,"
                    " navigator.userAgent].join()") ==
          "true,true,true,true,true,host-agent");
    // What the host lacks is ours; our interface objects inherit the
    // host's.
    CHECK(RunString(context,
                    "[typeof MediaStream, typeof MediaStreamTrack,"
                    " Object.getPrototypeOf(MediaStream) === EventTarget,"
                    " typeof navigator.mediaDevices,"
                    " navigator.mediaDevices === navigator.mediaDevices,"
                    " typeof navigator.permissions,"
                    " typeof navigator.getUserMedia].join()") ==
          "function,function,true,object,true,object,function");
    CHECK(RunString(context, "navigator.mediaDevices instanceof EventTarget") ==
          "true");
    Run(context, R"(
      var result = 'pending';
      navigator.mediaDevices.getUserMedia({video: true}).then(s => {
        var t = s.getVideoTracks()[0];
        result = [t instanceof EventTarget, t instanceof MediaStreamTrack,
                  typeof t.addEventListener, t.hostMethod()].join();
        t.stop();
      }, e => { result = 'error: ' + e; });
      var failure = 'pending';
      navigator.mediaDevices.getUserMedia({}).catch(e => {
        failure = [e instanceof TypeError].join();
      });
      var legacy = 'pending';
      navigator.getUserMedia({video: {width: {exact: 100000}}},
          () => { legacy = 'success'; },
          e => { legacy = [e.name, e instanceof Error].join(); });
    )");
    REQUIRE(loop.RunUntil([&] {
      return RunString(context, "result") != "pending" &&
             RunString(context, "failure") != "pending" &&
             RunString(context, "legacy") != "pending";
    }));
    CHECK(RunString(context, "result") == "true,true,function,host");
    CHECK(RunString(context, "failure") == "true");
    CHECK(RunString(context, "legacy") == "OverconstrainedError,true");
    Run(context, R"(
      var name = 'pending';
      navigator.mediaDevices.getUserMedia({audio: true, video: false})
          .then(() => {
            return Promise.reject(
                new (Object.getPrototypeOf(Object.getPrototypeOf(
                    navigator.mediaDevices)).constructor)());
          }).catch(() => {});
      try {
        navigator.mediaDevices.dispatchEvent(null);
      } catch (e) {
        name = [e instanceof TypeError].join();
      }
    )");
    CHECK(RunString(context, "name") == "true");

    UninstallMediaContext(context);
    loop.Drain();
    CHECK(loop.pending() == 0);
  }
  DetachFromIsolate(isolate);
  CHECK_FALSE(IsAttachedToIsolate(isolate));
  DetachFromIsolate(isolate);  // Safe twice.
  isolate->Dispose();
}

TEST_CASE("A data slot the host holds is a clear error, not ours",
          "[embedding]") {
  testing::SharedEnvironment();
  std::unique_ptr<v8::ArrayBuffer::Allocator> allocator(
      v8::ArrayBuffer::Allocator::NewDefaultAllocator());
  v8::Isolate::CreateParams params;
  params.array_buffer_allocator = allocator.get();
  v8::Isolate* isolate = v8::Isolate::New(params);
  int host_data = 42;
  isolate->SetData(kIsolateDataSlot, &host_data);
  std::string error;
  CHECK_FALSE(AttachToIsolate(isolate, &error));
  CHECK(error.find("slot 3") != std::string::npos);
  CHECK_FALSE(IsAttachedToIsolate(isolate));
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handles(isolate);
    v8::Local<v8::Context> context = v8::Context::New(isolate);
    v8::Context::Scope scope(context);
    v8::TryCatch try_catch(isolate);
    CHECK_FALSE(InstallInterfaces(context));
    REQUIRE(try_catch.HasCaught());
    v8::String::Utf8Value message(isolate, try_catch.Exception());
    CHECK(std::string(*message).find("isolate data slot 3") !=
          std::string::npos);
  }
  // The host's data is untouched.
  CHECK(isolate->GetData(kIsolateDataSlot) == &host_data);
  isolate->SetData(kIsolateDataSlot, nullptr);
  isolate->Dispose();
}

TEST_CASE("Two contexts of one isolate keep origins apart", "[embedding]") {
  Environment* environment = testing::SharedEnvironment();
  v8::Isolate* isolate = environment->NewIsolate();
  std::string profile = TempDir();
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handles(isolate);
    TestLoop loop(isolate);
    TestDelegate delegate;
    // The same profile (one deviceId salt, one permission store) for both.
    v8::Local<v8::Context> a =
        NewPage(isolate, &loop, &delegate, "https://a.example", profile);
    v8::Local<v8::Context> b =
        NewPage(isolate, &loop, &delegate, "https://b.example", profile);

    Run(a, kGetCamera);
    REQUIRE(loop.RunUntil([&] { return GotCamera(a); }));
    REQUIRE(RunString(a, "state") == "live");

    SECTION("a permission granted to one origin is not the other's") {
      REQUIRE(delegate.requests().size() == 1);
      CHECK(delegate.requests()[0].origin == "https://a.example");
      Run(b,
          "var bstate = '';"
          "navigator.permissions.query({name: 'camera'})"
          "    .then(s => { bstate = s.state; });");
      Run(a,
          "var astate = '';"
          "navigator.permissions.query({name: 'camera'})"
          "    .then(s => { astate = s.state; });");
      REQUIRE(loop.RunUntil([&] {
        return RunString(a, "astate") != "" && RunString(b, "bstate") != "";
      }));
      CHECK(RunString(a, "astate") == "granted");
      CHECK(RunString(b, "bstate") == "prompt");
    }

    SECTION(
        "deviceIds differ per origin, and stopping one origin's track "
        "leaves the other's live") {
      Run(b, kGetCamera);
      REQUIRE(loop.RunUntil([&] { return GotCamera(b); }));
      REQUIRE(RunString(b, "state") == "live");
      // b's getUserMedia prompted for b: a's grant did not cover it.
      CHECK(delegate.requests().size() == 2);
      std::string id_a = RunString(a, "track.getSettings().deviceId");
      std::string id_b = RunString(b, "track.getSettings().deviceId");
      CHECK(id_a.size() == 64);
      CHECK(id_b.size() == 64);
      CHECK(id_a != id_b);

      Run(a, "track.stop()");
      loop.Drain();
      CHECK(RunString(a, "track.readyState") == "ended");
      CHECK(RunString(b, "track.readyState") == "live");
    }

    UninstallMediaContext(a);
    UninstallMediaContext(b);
    loop.Drain();
    CHECK(loop.pending() == 0);
  }
  environment->DisposeIsolate(isolate);
  std::filesystem::remove_all(profile);
}

TEST_CASE("Two isolates on two threads capture for their own origins",
          "[embedding]") {
  Environment* environment = testing::SharedEnvironment();
  std::string profile = TempDir();
  std::string ids[2];
  auto page = [&](int index) {
    v8::Isolate* isolate = environment->NewIsolate();
    {
      v8::Locker locker(isolate);
      v8::Isolate::Scope isolate_scope(isolate);
      v8::HandleScope handles(isolate);
      TestLoop loop(isolate);
      TestDelegate delegate;
      v8::Local<v8::Context> context =
          NewPage(isolate, &loop, &delegate,
                  index == 0 ? "https://a.example" : "https://b.example",
                  profile + "/" + std::to_string(index));
      Run(context, kGetCamera);
      if (loop.RunUntil([&] { return GotCamera(context); }) &&
          RunString(context, "state") == "live") {
        ids[index] = RunString(context, "track.getSettings().deviceId");
      }
      UninstallMediaContext(context);
      loop.Drain();
    }
    environment->DisposeIsolate(isolate);
  };
  std::thread first(page, 0);
  std::thread second(page, 1);
  first.join();
  second.join();
  CHECK(ids[0].size() == 64);
  CHECK(ids[1].size() == 64);
  CHECK(ids[0] != ids[1]);
  std::filesystem::remove_all(profile);
}

TEST_CASE("Uninstalling a context is safe at any point of a capture",
          "[embedding]") {
  Environment* environment = testing::SharedEnvironment();
  v8::Isolate* isolate = environment->NewIsolate();
  {
    v8::Isolate::Scope isolate_scope(isolate);
    v8::HandleScope handles(isolate);
    TestLoop loop(isolate);

    SECTION("with getUserMedia() waiting on a prompt") {
      TestDelegate delegate(/*hold=*/true);
      v8::Local<v8::Context> context =
          NewPage(isolate, &loop, &delegate, "https://a.example", "");
      Run(context, kGetCamera);
      REQUIRE(loop.RunUntil([&] { return !delegate.requests().empty(); }));
      UninstallMediaContext(context);
      // The answer comes after the context is gone: it is dropped.
      delegate.Answer(PermissionDecision::kGranted);
      loop.Drain();
      CHECK(RunString(context, "state") == "pending");
      CHECK(loop.pending() == 0);
      UninstallMediaContext(context);  // Twice is safe.
    }

    SECTION("while capturing") {
      TestDelegate delegate;
      v8::Local<v8::Context> context =
          NewPage(isolate, &loop, &delegate, "https://a.example", "");
      Run(context, kGetCamera);
      REQUIRE(loop.RunUntil([&] { return GotCamera(context); }));
      REQUIRE(RunString(context, "state") == "live");
      CHECK(loop.pending() > 0);
      UninstallMediaContext(context);
      loop.Drain();
      CHECK(loop.pending() == 0);
    }
  }
  environment->DisposeIsolate(isolate);
}

}  // namespace
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The JS-facing classes end to end: a V8 context with the interfaces and
// InstallMediaContext() over fake devices, script run against it, and the
// task runner pumped by hand.

#include <catch2/catch.hpp>

#include <unistd.h>

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "bindings/per_isolate_data.h"
#include "mediacapture/context.h"
#include "mediacapture/media_context.h"
#include "tools/testing/fake_task_runner.h"
#include "tools/testing/scoped_env.h"
#include "tools/testing/stderr_capture.h"
#include "tools/testing/v8_test_environment.h"

namespace mediacapture {
namespace {

class TestDelegate : public PermissionDelegate {
 public:
  void RequestPermission(const PermissionRequest& request,
                         DecisionCallback done) override {
    ++prompts;
    last = request;
    if (hold)
      held = std::move(done);
    else
      done(decision);
  }
  PermissionDecision decision = PermissionDecision::kGranted;
  bool hold = false;
  int prompts = 0;
  PermissionRequest last;
  DecisionCallback held;
};

class MediaTestScope : public testing::V8TestScope {
 public:
  explicit MediaTestScope(bool secure = true, std::string fake_options = "") {
    InstallOptions install;
    install.secure_context = secure;
    InstallInterfaces(context(), install);
    MediaContextOptions options;
    options.origin = "https://example.test";
    options.secure_context = secure;
    options.task_runner = &runner;
    options.permission_delegate = &delegate;
    options.devices.source = DeviceOptions::Source::kFake;
    options.devices.fake_options = fake_options;
    options.on_no_devices = [this] { ++no_devices; };
    std::string error;
    installed = InstallMediaContext(context(), options, &error);
    install_error = error;
  }
  ~MediaTestScope() {
    UninstallMediaContext(context());
    Pump();
    PerIsolateData::Dispose(isolate());
  }

  // Runs tasks and microtasks until neither is left.
  void Pump() {
    for (int i = 0; i < 100; ++i) {
      isolate()->PerformMicrotaskCheckpoint();
      if (runner.RunUntilIdle() == 0)
        break;
    }
    isolate()->PerformMicrotaskCheckpoint();
  }

  std::string Eval(const std::string& source) {
    v8::HandleScope scope(isolate());
    v8::TryCatch try_catch(isolate());
    v8::Local<v8::Value> result;
    if (!Run(source.c_str()).ToLocal(&result)) {
      v8::String::Utf8Value text(isolate(), try_catch.Exception());
      return std::string("throws ") + (*text ? *text : "?");
    }
    v8::String::Utf8Value text(isolate(), result);
    return *text ? *text : "?";
  }

  // Runs |source| (which sets globalThis.result), pumps, returns result.
  std::string Await(const std::string& source) {
    Eval("globalThis.result = 'pending';");
    std::string run = Eval(source);
    if (run.rfind("throws", 0) == 0)
      return run;
    Pump();
    return Eval("String(globalThis.result)");
  }

  testing::FakeTaskRunner runner;
  TestDelegate delegate;
  bool installed = false;
  std::string install_error;
  int no_devices = 0;
};

const char kGetVideo[] =
    "navigator.mediaDevices.getUserMedia({video: true}).then("
    "  s => { globalThis.stream = s; globalThis.track = s.getTracks()[0];"
    "         result = 'ok'; },"
    "  e => { result = e.name + ': ' + e.message; });";

TEST_CASE("getUserMedia({video: true}) resolves with one live camera track") {
  MediaTestScope scope;
  REQUIRE(scope.installed);
  REQUIRE(scope.Await(kGetVideo) == "ok");
  CHECK(scope.Eval("stream instanceof MediaStream") == "true");
  CHECK(scope.Eval("stream.getVideoTracks().length") == "1");
  CHECK(scope.Eval("stream.getAudioTracks().length") == "0");
  CHECK(scope.Eval("stream.active") == "true");
  CHECK(scope.Eval("track instanceof MediaStreamTrack") == "true");
  CHECK(scope.Eval("track.kind") == "video");
  CHECK(scope.Eval("track.readyState") == "live");
  CHECK(scope.Eval("track.label") == "fake_device_0");
  CHECK(scope.Eval("/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-"
                   "[0-9a-f]{12}$/.test(track.id)") == "true");
  CHECK(scope.Eval("track.id !== stream.id") == "true");
  CHECK(scope.Eval("track.getSettings().width") == "640");
  CHECK(scope.Eval("track.getSettings().height") == "480");
  CHECK(scope.Eval("typeof track.getSettings().deviceId") == "string");
  CHECK(scope.Eval("stream.getTrackById(track.id) === track") == "true");
  CHECK(scope.delegate.prompts == 1);
  CHECK(scope.delegate.last.camera);
  CHECK_FALSE(scope.delegate.last.microphone);
}

TEST_CASE("audio and video come as one prompt and two tracks, audio first") {
  MediaTestScope scope;
  REQUIRE(scope.Await("navigator.mediaDevices.getUserMedia({audio: true, "
                      "video: true}).then(s => { globalThis.stream = s; "
                      "result = s.getTracks().map(t => t.kind).join(); });") ==
          "audio,video");
  CHECK(scope.delegate.prompts == 1);
  CHECK(scope.Eval("stream.getAudioTracks()[0].getSettings().sampleRate") ==
        "48000");
}

TEST_CASE("getUserMedia() with neither kind rejects with a TypeError") {
  MediaTestScope scope;
  CHECK(scope.Await("navigator.mediaDevices.getUserMedia({}).catch("
                    "e => { result = e.constructor.name; });") == "TypeError");
  CHECK(scope.Await("navigator.mediaDevices.getUserMedia({video: false})"
                    ".catch(e => { result = e.constructor.name; });") ==
        "TypeError");
  CHECK(scope.delegate.prompts == 0);
}

TEST_CASE(
    "an unsatisfiable exact constraint rejects with OverconstrainedError") {
  MediaTestScope scope;
  // Before device information can be exposed, the constraint is not named.
  CHECK(scope.Await("navigator.mediaDevices.getUserMedia({video: {width: "
                    "{exact: 12345}}}).catch(e => { result = e.name + ':' + "
                    "e.constraint; });") == "OverconstrainedError:");
  REQUIRE(scope.Await(kGetVideo) == "ok");
  CHECK(scope.Await("navigator.mediaDevices.getUserMedia({video: {width: "
                    "{exact: 12345}}}).catch(e => { result = [e.name, "
                    "e.constraint, e instanceof OverconstrainedError, "
                    "e instanceof DOMException].join(); });") ==
        "OverconstrainedError,width,true,true");
}

TEST_CASE("a denied prompt rejects with NotAllowedError") {
  MediaTestScope scope;
  scope.delegate.decision = PermissionDecision::kDenied;
  CHECK(scope.Await("navigator.mediaDevices.getUserMedia({audio: true})"
                    ".catch(e => { result = e.name; });") == "NotAllowedError");
}

TEST_CASE("no camera rejects with NotFoundError and tells the embedder") {
  MediaTestScope scope(true, "device-count=0");
  CHECK(scope.Await("navigator.mediaDevices.getUserMedia({video: true})"
                    ".catch(e => { result = e.name; });") == "NotFoundError");
  CHECK(scope.no_devices == 1);
}

TEST_CASE("stop() ends the track without an ended event") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  scope.Eval("globalThis.events = 0; track.onended = () => ++events;");
  scope.Eval("track.stop();");
  scope.Pump();
  CHECK(scope.Eval("track.readyState") == "ended");
  CHECK(scope.Eval("events") == "0");
  CHECK(scope.Eval("stream.active") == "false");
}

TEST_CASE("clone() shares the source with a new id; each stops alone") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  scope.Eval("track.enabled = false; globalThis.copy = track.clone();");
  CHECK(scope.Eval("copy.id !== track.id") == "true");
  CHECK(scope.Eval("copy.enabled") == "false");
  CHECK(scope.Eval("copy.getSettings().width === track.getSettings().width") ==
        "true");
  scope.Eval("track.stop();");
  CHECK(scope.Eval("copy.readyState") == "live");
  CHECK(scope.Eval("stream.clone().getTracks()[0].readyState") == "ended");
}

TEST_CASE("MediaStream constructors and addTrack/removeTrack fire nothing") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  scope.Eval(
      "globalThis.events = 0; globalThis.s2 = new MediaStream();"
      "s2.onaddtrack = s2.onremovetrack = () => ++events;"
      "s2.addTrack(track); s2.addTrack(track);");
  CHECK(scope.Eval("s2.getTracks().length") == "1");
  CHECK(scope.Eval("new MediaStream(s2).getTracks()[0] === track") == "true");
  CHECK(scope.Eval("new MediaStream([track, track]).getTracks().length") ==
        "1");
  scope.Eval("s2.removeTrack(track);");
  scope.Pump();
  CHECK(scope.Eval("s2.getTracks().length") == "0");
  CHECK(scope.Eval("events") == "0");
  CHECK(scope.Eval("s2.active") == "false");
}

// https://webidl.spec.whatwg.org/#create-sequence-from-iterable
TEST_CASE("a broken iterable rejects getUserMedia and applyConstraints") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  scope.Eval("globalThis.broken = {[Symbol.iterator]() { return 5; }};");
  CHECK(scope.Await("navigator.mediaDevices.getUserMedia({video: "
                    "{advanced: broken}}).then(() => { result = 'resolved'; },"
                    " e => { result = e.name; });") == "TypeError");
  CHECK(scope.Await("track.applyConstraints({advanced: broken}).then("
                    "() => { result = 'resolved'; },"
                    " e => { result = e.name; });") == "TypeError");
  CHECK(scope.Eval("try { new MediaStream(broken); 'no throw' }"
                   " catch (e) { e.name }") == "TypeError");
  CHECK(scope.Eval("try { new MediaStream({[Symbol.iterator]() {"
                   " return {next() { return 1; }}; }}); 'no throw' }"
                   " catch (e) { e.name }") == "TypeError");
}

// Overload resolution's GetMethod(V, @@iterator) is "?": the getter's own
// exception reaches the script, and the getter runs no other overload.
TEST_CASE("a throwing @@iterator getter propagates from new MediaStream") {
  MediaTestScope scope;
  CHECK(scope.Eval("try { new MediaStream({get [Symbol.iterator]() {"
                   " throw new RangeError('mine'); }}); 'no throw' }"
                   " catch (e) { e.name + ': ' + e.message }") ==
        "RangeError: mine");
  CHECK(scope.Eval("try { new MediaStream({[Symbol.iterator]: 5}); 'no throw' }"
                   " catch (e) { e.name }") == "TypeError");
}

// The embedder's watchdog (TerminateExecution) stops script spinning in an
// argument conversion: the promise operation neither rejects nor lets the
// script carry on after the call.
TEST_CASE("termination inside getUserMedia's conversion ends the script") {
  MediaTestScope scope;
  v8::Isolate* isolate = scope.isolate();
  v8::HandleScope handles(isolate);
  v8::Local<v8::Context> context = scope.context();
  v8::Local<v8::Function> terminate =
      v8::Function::New(context,
                        [](const v8::FunctionCallbackInfo<v8::Value>& info) {
                          info.GetIsolate()->TerminateExecution();
                        })
          .ToLocalChecked();
  REQUIRE(context->Global()
              ->Set(context,
                    v8::String::NewFromUtf8Literal(isolate, "terminate"),
                    terminate)
              .FromJust());
  {
    v8::TryCatch try_catch(isolate);
    CHECK(scope
              .Run("globalThis.after = 'no';"
                   "try {"
                   "  navigator.mediaDevices.getUserMedia({video: {advanced: {"
                   "    [Symbol.iterator]() { let i = 0; return {next() {"
                   "      if (++i == 3) terminate();"
                   "      return {done: false, value: {}}; }}; }}}});"
                   "  after = 'returned';"
                   "} catch (e) { after = 'caught ' + e; }")
              .IsEmpty());
    CHECK(try_catch.HasTerminated());
  }
  isolate->CancelTerminateExecution();
  CHECK(scope.Eval("after") == "no");
}

// https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia:
// the promise settles from a queued task, also when the permission is
// already granted (stored): nothing of the settlement runs during the call.
TEST_CASE("getUserMedia() with a stored grant settles from a task") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  REQUIRE(scope.delegate.prompts == 1);
  scope.Eval(
      "globalThis.log = [];"
      "Object.defineProperty(MediaStream.prototype, 'then', {"
      "  get() { log.push('then'); }, configurable: true});"
      "navigator.mediaDevices.getUserMedia({video: true}).then("
      "  () => log.push('resolved'));"
      "log.push('returned');"
      "Promise.resolve().then(() => log.push('microtask'));");
  CHECK(scope.Eval("log.join()") == "returned,microtask");
  CHECK(scope.delegate.prompts == 1);  // No prompt: the grant was stored.
  scope.Pump();
  CHECK(scope.Eval("log.join()") == "returned,microtask,then,resolved");
  scope.Eval("delete MediaStream.prototype.then;");
}

// A request that no device can satisfy fails in the spec's in-parallel
// steps: it too rejects from a queued task, not inside the call.
TEST_CASE("getUserMedia() that fails selection rejects from a task") {
  MediaTestScope scope;
  scope.Eval(
      "globalThis.log = [];"
      "navigator.mediaDevices.getUserMedia("
      "  {video: {width: {exact: 99999}}}).catch("
      "  e => log.push(e.name));"
      "log.push('returned');"
      "Promise.resolve().then(() => log.push('microtask'));");
  CHECK(scope.Eval("log.join()") == "returned,microtask");
  scope.Pump();
  CHECK(scope.Eval("log.join()") == "returned,microtask,OverconstrainedError");
}

TEST_CASE("applyConstraints() changes the settings or leaves them alone") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  CHECK(scope.Await("track.applyConstraints({width: {exact: 99999}}).catch("
                    "e => { result = e.name + ',' + e.constraint; });") ==
        "OverconstrainedError,width");
  CHECK(scope.Eval("track.getSettings().width") == "640");
  CHECK(scope.Eval("JSON.stringify(track.getConstraints())") == "{}");
  CHECK(scope.Await("track.applyConstraints({width: 320, height: 240}).then("
                    "() => { result = track.getSettings().width; });") ==
        "320");
  CHECK(scope.Eval("track.getConstraints().width") == "320");
}

TEST_CASE("enumerateDevices() hides ids and labels until permission") {
  MediaTestScope scope;
  CHECK(scope.Await("navigator.mediaDevices.enumerateDevices().then(l => { "
                    "result = l.map(d => d.kind + ':' + d.label + ':' + "
                    "d.deviceId).join('|'); });") ==
        "audioinput::|videoinput::");
  REQUIRE(scope.Await(kGetVideo) == "ok");
  CHECK(scope.Await("navigator.mediaDevices.enumerateDevices().then(l => { "
                    "globalThis.cam = l.find(d => d.kind == 'videoinput'); "
                    "result = [cam.label, cam.deviceId.length > 0, "
                    "cam instanceof InputDeviceInfo, "
                    "JSON.stringify(cam.toJSON()).includes('groupId')]"
                    ".join(); });") == "fake_device_0,true,true,true");
  CHECK(scope.Eval("cam.getCapabilities().width.max") == "1920");
}

// https://w3c.github.io/mediacapture-main/#mediadevices:
// [[canExposeCameraInfo]] and [[canExposeMicrophoneInfo]] start false; a
// granted permission does not set them, getUserMedia() does, for the kinds it
// asked for.
TEST_CASE("a granted permission exposes nothing before getUserMedia()") {
  MediaTestScope scope;
  REQUIRE(SetPermission(scope.context(), "", "camera", "granted"));
  REQUIRE(SetPermission(scope.context(), "", "microphone", "granted"));
  scope.Pump();
  const char* kList =
      "navigator.mediaDevices.enumerateDevices().then(l => { "
      "result = l.map(d => d.kind + ':' + d.label).join('|'); });";
  CHECK(scope.Await(kList) == "audioinput:|videoinput:");
  REQUIRE(scope.Await(kGetVideo) == "ok");
  scope.Eval("track.stop()");
  CHECK(scope.Await(kList) == "audioinput:|videoinput:fake_device_0");
}

TEST_CASE("a denied camera permission ends live camera tracks with ended") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  REQUIRE(scope.Await("navigator.permissions.query({name: 'camera'}).then("
                      "s => { globalThis.status = s; result = s.state; });") ==
          "granted");
  scope.Eval(
      "globalThis.log = []; track.onended = () => log.push('ended');"
      "status.onchange = () => log.push(status.state);");
  REQUIRE(SetPermission(scope.context(), "", "camera", "denied"));
  scope.Pump();
  CHECK(scope.Eval("track.readyState") == "ended");
  CHECK(scope.Eval("log.sort().join()") == "denied,ended");
}

TEST_CASE("permissions.query() checks the name") {
  MediaTestScope scope;
  CHECK(scope.Await("navigator.permissions.query({name: 'microphone'}).then("
                    "s => { result = s.name + ':' + s.state; });") ==
        "microphone:prompt");
  CHECK(scope.Await("navigator.permissions.query({name: 'nonsense'}).catch("
                    "e => { result = e.constructor.name; });") == "TypeError");
  CHECK(scope.Await("navigator.permissions.query({}).catch("
                    "e => { result = e.constructor.name; });") == "TypeError");
}

TEST_CASE("plugging a camera in fires devicechange with the new device") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  scope.Eval(
      "globalThis.changes = [];"
      "navigator.mediaDevices.ondevicechange = e => changes.push("
      "e.devices.length + ':' + e.userInsertedDevices.length);");
  scope.Pump();
  int live = scope.runner.pending_activities();
  REQUIRE(AddFakeDevice(scope.context(), "videoinput"));
  // The factory's notice reaches the context in a task, which starts the
  // coalescing delay; until the devicechange fires, the loop must not exit
  // (a host such as Node.js lets its delayed tasks alone end the loop).
  REQUIRE(scope.runner.RunOneTask());
  CHECK(scope.runner.pending_activities() == live + 1);
  scope.Pump();
  CHECK(scope.Eval("changes.join()") == "3:1");
  CHECK(scope.runner.pending_activities() == live);
  REQUIRE(RemoveFakeDevice(scope.context(), "videoinput"));
  scope.Pump();
  CHECK(scope.Eval("changes.join()") == "3:1,2:0");
}

TEST_CASE("an unplugged camera ends its track with ended") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  scope.Eval("globalThis.ended = 0; track.onended = () => ++ended;");
  REQUIRE(RemoveFakeDevice(scope.context(), "videoinput"));
  for (int i = 0; i < 50 && scope.Eval("ended") == "0"; ++i) {
    scope.Pump();
    usleep(10000);
  }
  CHECK(scope.Eval("ended") == "1");
  CHECK(scope.Eval("track.readyState") == "ended");
}

TEST_CASE("navigator.mediaDevices is [SameObject] and [SecureContext]") {
  {
    MediaTestScope scope;
    CHECK(scope.Eval("navigator.mediaDevices === navigator.mediaDevices") ==
          "true");
    CHECK(scope.Eval("typeof navigator.getUserMedia") == "function");
  }
  {
    MediaTestScope scope(/*secure=*/false);
    CHECK(scope.Eval("'mediaDevices' in navigator") == "false");
    CHECK(scope.Eval("typeof navigator.permissions") == "object");
  }
}

TEST_CASE("the legacy getUserMedia calls its callbacks") {
  MediaTestScope scope;
  CHECK(scope.Await("navigator.getUserMedia({video: true}, s => { result = "
                    "s.getTracks().length; }, e => { result = e.name; });") ==
        "1");
  CHECK(
      scope.Await("navigator.getUserMedia({video: {width: {exact: 99999}}}, "
                  "s => { result = 'stream'; }, e => { result = e.name; });") ==
      "OverconstrainedError");
}

TEST_CASE("uninstalling with a prompt pending leaves the promise pending") {
  MediaTestScope scope;
  scope.delegate.hold = true;
  scope.Eval("globalThis.result = 'pending';");
  scope.Eval(kGetVideo);
  scope.Pump();
  REQUIRE(scope.delegate.held);
  UninstallMediaContext(scope.context());
  scope.delegate.held(PermissionDecision::kGranted);
  scope.Pump();
  CHECK(scope.Eval("result") == "pending");
}

TEST_CASE("uninstalling stops live tracks without ended events") {
  MediaTestScope scope;
  REQUIRE(scope.Await(kGetVideo) == "ok");
  scope.Eval("globalThis.ended = 0; track.onended = () => ++ended;");
  UninstallMediaContext(scope.context());
  scope.Pump();
  CHECK(scope.Eval("track.readyState") == "ended");
  CHECK(scope.Eval("ended") == "0");
}

// A sink whose callback takes 20 ms (longer than removing it takes), so
// that the test removes it while a callback is in progress.
class SlowSink : public VideoSink, public AudioSink {
 public:
  explicit SlowSink(const std::atomic<bool>* removed) : removed_(removed) {}
  void OnVideoFrame(const VideoFrameView& frame) override {
    (void)frame;
    Call();
  }
  void OnAudioBlock(const AudioBlockView& block) override {
    (void)block;
    Call();
  }
  std::atomic<int> calls{0};
  std::atomic<bool> in_callback{false};
  std::atomic<int> late_calls{0};

 private:
  void Call() {
    if (*removed_)
      ++late_calls;
    in_callback = true;
    ++calls;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    in_callback = false;
  }
  const std::atomic<bool>* const removed_;
};

TEST_CASE("a sink removed on the JS thread mid-callback may then be deleted",
          "[sink-threads]") {
  MediaTestScope scope;
  REQUIRE(
      scope.Await("navigator.mediaDevices.getUserMedia({audio: true, video: "
                  "true}).then(s => { globalThis.stream = s; result = 'ok'; },"
                  "  e => { result = e.name; });") == "ok");
  const bool video = GENERATE(true, false);
  DYNAMIC_SECTION((video ? "video" : "audio")) {
    v8::HandleScope handles(scope.isolate());
    v8::Local<v8::Value> track;
    REQUIRE(scope
                .Run(video ? "stream.getVideoTracks()[0]"
                           : "stream.getAudioTracks()[0]")
                .ToLocal(&track));
    std::atomic<bool> removed{false};
    auto sink = std::make_unique<SlowSink>(&removed);
    REQUIRE((video ? AddVideoSink(track, sink.get())
                   : AddAudioSink(track, sink.get())));
    // Frames come on the fake device's thread without the JS thread's
    // help; wait (at most 2 s) until one is inside the callback.
    for (int i = 0; i < 2000 && !sink->in_callback; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    REQUIRE(sink->in_callback);
    CHECK((video ? RemoveVideoSink(track, sink.get())
                 : RemoveAudioSink(track, sink.get())));
    removed = true;
    // RemoveVideoSink() waited for the callback in progress.
    CHECK_FALSE(sink->in_callback);
    CHECK(sink->late_calls == 0);
    // Deleted at once; under ASan a later call would be a use after free.
    sink.reset();
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK(scope.Eval("stream.getTracks()[0].readyState") == "live");
  }
}

TEST_CASE("no PulseAudio server reaches on_warning once and not stderr",
          "[pulse][warning]") {
  // The real devices: V4L2 (none asked for here) and PulseAudio at a socket
  // that does not exist.
  char dir[] = "/tmp/mediacapture-nopulse-XXXXXX";
  REQUIRE(mkdtemp(dir));
  const std::string server = std::string("unix:") + dir + "/absent";
  testing::ScopedEnv pulse_server("PULSE_SERVER", server.c_str());
  std::vector<std::string> warnings;
  std::string stderr_text;
  {
    testing::StderrCapture capture;
    testing::V8TestScope v8_scope;
    testing::FakeTaskRunner runner;
    TestDelegate delegate;
    InstallInterfaces(v8_scope.context(), InstallOptions());
    MediaContextOptions options;
    options.origin = "https://example.test";
    options.task_runner = &runner;
    options.permission_delegate = &delegate;
    options.on_warning = [&](const std::string& warning) {
      warnings.push_back(warning);
    };
    std::string error;
    REQUIRE(InstallMediaContext(v8_scope.context(), options, &error));
    // getUserMedia() and enumerateDevices() ask the factory again: still
    // one warning.
    v8::HandleScope handles(v8_scope.isolate());
    REQUIRE(!v8_scope
                 .Run("globalThis.result = 'pending';"
                      "navigator.mediaDevices.getUserMedia({audio: true})"
                      "  .then(() => { result = 'resolved'; },"
                      "        e => { result = e.name; })"
                      "  .then(() => navigator.mediaDevices.enumerateDevices())"
                      "  .then(() => { result += ', enumerated'; });")
                 .IsEmpty());
    for (int i = 0; i < 100; ++i) {
      v8_scope.isolate()->PerformMicrotaskCheckpoint();
      if (runner.RunUntilIdle() == 0)
        break;
    }
    v8_scope.isolate()->PerformMicrotaskCheckpoint();
    v8::Local<v8::Value> result;
    REQUIRE(v8_scope.Run("result").ToLocal(&result));
    v8::String::Utf8Value text(v8_scope.isolate(), result);
    CHECK(std::string(*text) == "NotFoundError, enumerated");
    UninstallMediaContext(v8_scope.context());
    runner.RunUntilIdle();
    PerIsolateData::Dispose(v8_scope.isolate());
    stderr_text = capture.Text();
  }
  rmdir(dir);
  INFO(stderr_text);
  REQUIRE(warnings.size() == 1);
  // "cannot connect to PulseAudio at unix:/tmp/...: <libpulse's reason>;
  // no microphones from PulseAudio"
  CHECK(warnings[0].rfind("cannot connect to PulseAudio at " + server, 0) == 0);
  CHECK(warnings[0].find("; no microphones from PulseAudio") !=
        std::string::npos);
  CHECK(stderr_text.empty());
}

}  // namespace
}  // namespace mediacapture

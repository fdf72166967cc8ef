// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// include/mediacapture/media_context.h over core/: one MediaContext per
// installed V8 context, found by the context. JS thread only.

#include "mediacapture/media_context.h"

#include "mediacapture/isolate.h"

#include <cstdio>
#include <functional>
#include <memory>
#include <mutex>
#include <sstream>
#include <utility>
#include <vector>

#include "bindings/dom_wrapper.h"
#include "bindings/v8_media_stream_track.h"
#include "bindings/v8_navigator.h"
#include "core/dom/navigator.h"
#include "core/mediastream/media_context.h"
#include "core/mediastream/media_stream_track.h"
#include "core/permissions/permission_types.h"
#include "platform/fake/fake_device_factory.h"
#include "platform/fake/fake_device_options.h"
#include "platform/pulse/pulse_device_factory.h"
#include "platform/v4l2/emulated_camera_config.h"
#include "platform/v4l2/emulated_v4l2_factory.h"
#include "platform/v4l2/v4l2_device_factory.h"

namespace mediacapture {

namespace {

struct Installed {
  v8::Isolate* isolate = nullptr;
  v8::Global<v8::Context> context;
  scoped_refptr<MediaContext> media;
  FakeDeviceFactory* fake = nullptr;  // Owned by |media|; null: no fakes.
  FakeDeviceOptions fake_options;
  // Raw ids of the devices AddFakeDevice() plugged in, per kind.
  std::vector<std::string> added_cameras;
  std::vector<std::string> added_microphones;
  int next_added = 0;
  // Owned by |media|; null: no emulated V4L2 cameras.
  EmulatedV4l2Factory* emulated = nullptr;
  // The emulated cameras plugged in and unplugged, in node order.
  std::vector<EmulatedCameraConfig> emulated_plugged;
  std::vector<EmulatedCameraConfig> emulated_unplugged;
};

// Every installed context of every isolate: isolates run on many threads,
// so the list has a lock. An entry is only added and removed on its own
// context's thread, so a pointer Find() returns stays valid there.
std::mutex& InstalledLock() {
  static auto* lock = new std::mutex();
  return *lock;
}

std::vector<std::unique_ptr<Installed>>& InstalledContexts() {
  static auto* contexts = new std::vector<std::unique_ptr<Installed>>();
  return *contexts;
}

// Under InstalledLock(). The isolate is compared first: another isolate's
// handles are not ours to read.
bool IsEntryOf(const Installed& installed, v8::Local<v8::Context> context) {
  return installed.isolate == context->GetIsolate() &&
         installed.context == context;
}

Installed* Find(v8::Local<v8::Context> context) {
  std::lock_guard<std::mutex> hold(InstalledLock());
  for (auto& installed : InstalledContexts()) {
    if (IsEntryOf(*installed, context))
      return installed.get();
  }
  return nullptr;
}

// navigator.getUserMedia() on a host's navigator: the legacy method, called
// with our Navigator as its receiver. data: [our navigator, the method].
void ForwardGetUserMedia(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  v8::Local<v8::Array> data = info.Data().As<v8::Array>();
  v8::Local<v8::Value> receiver;
  v8::Local<v8::Value> method;
  if (!data->Get(context, 0).ToLocal(&receiver) ||
      !data->Get(context, 1).ToLocal(&method) || !method->IsFunction())
    return;
  std::vector<v8::Local<v8::Value>> args;
  for (int i = 0; i < info.Length(); ++i)
    args.push_back(info[i]);
  v8::Local<v8::Value> result;
  if (method.As<v8::Function>()
          ->Call(context, receiver, static_cast<int>(args.size()), args.data())
          .ToLocal(&result))
    info.GetReturnValue().Set(result);
}

// Returns its data: the [SameObject] value of mediaDevices or permissions.
void ReturnData(const v8::FunctionCallbackInfo<v8::Value>& info) {
  info.GetReturnValue().Set(info.Data());
}

// Defines on the host's |navigator| what our Navigator |ours| has and it
// lacks: mediaDevices and permissions as getters, getUserMedia as a method
// (a [SecureContext] member missing from |ours| stays missing).
bool ExtendHostNavigator(v8::Local<v8::Context> context,
                         v8::Local<v8::Object> navigator,
                         v8::Local<v8::Object> ours) {
  v8::Isolate* isolate = context->GetIsolate();
  for (const char* name : {"mediaDevices", "permissions", "getUserMedia"}) {
    v8::Local<v8::String> key =
        v8::String::NewFromUtf8(isolate, name).ToLocalChecked();
    v8::Maybe<bool> has = navigator->Has(context, key);
    if (has.IsNothing())
      return false;
    v8::Local<v8::Value> value;
    if (has.FromJust() || !ours->Get(context, key).ToLocal(&value) ||
        value->IsUndefined())
      continue;
    if (value->IsFunction()) {
      v8::Local<v8::Array> data = v8::Array::New(isolate, 2);
      v8::Local<v8::Value> length;
      v8::Local<v8::Function> forward;
      if (data->Set(context, 0, ours).IsNothing() ||
          data->Set(context, 1, value).IsNothing() ||
          !value.As<v8::Function>()
               ->Get(context, v8::String::NewFromUtf8Literal(isolate, "length"))
               .ToLocal(&length) ||
          !v8::Function::New(context, ForwardGetUserMedia, data,
                             length->Int32Value(context).FromMaybe(0),
                             v8::ConstructorBehavior::kThrow)
               .ToLocal(&forward))
        return false;
      forward->SetName(key);
      if (navigator->DefineOwnProperty(context, key, forward).IsNothing())
        return false;
      continue;
    }
    v8::Local<v8::Function> getter;
    if (!v8::Function::New(context, ReturnData, value, 0,
                           v8::ConstructorBehavior::kThrow)
             .ToLocal(&getter))
      return false;
    getter->SetName(v8::String::Concat(
        isolate, v8::String::NewFromUtf8Literal(isolate, "get "), key));
    navigator->SetAccessorProperty(key, getter);
  }
  return true;
}

MediaStreamTrack* TrackOf(v8::Local<v8::Value> value) {
  if (value.IsEmpty() || !value->IsObject())
    return nullptr;
  return ToImpl<MediaStreamTrack>(value);
}

bool MakeFactories(const DeviceOptions& options,
                   Installed* installed,
                   std::vector<std::unique_ptr<DeviceFactory>>* factories,
                   const std::function<void(const std::string&)>& warn,
                   std::string* error) {
  if (options.source == DeviceOptions::Source::kFake) {
    FakeDeviceOptions fake;
    std::vector<std::string> warnings;
    ParseFakeDeviceOptions(options.fake_options, &fake, &warnings);
    for (const std::string& warning : warnings)
      warn(warning);
    fake.video_file = options.video_file;
    if (!options.audio_file.empty())
      ParseFakeAudioFileOption(options.audio_file, &fake);
    Status status;
    std::unique_ptr<FakeDeviceFactory> factory =
        FakeDeviceFactory::Create(fake, &status);
    if (!factory) {
      *error = status.message();
      return false;
    }
    installed->fake = factory.get();
    installed->fake_options = fake;
    factories->push_back(std::move(factory));
    return true;
  }
  if (options.source == DeviceOptions::Source::kEmulatedV4l2ForTesting) {
    std::unique_ptr<EmulatedV4l2Factory> factory =
        EmulatedV4l2Factory::Create(options.emulated_v4l2_for_testing, error);
    if (!factory)
      return false;
    // The camera nodes as EmulatedV4l2Factory::Create() numbered them, so
    // that AddFakeDevice() can plug one back in.
    std::stringstream names(options.emulated_v4l2_for_testing);
    std::string name;
    int node = 0;
    while (std::getline(names, name, ',')) {
      if (name.empty())
        continue;
      std::string path = "/dev/video" + std::to_string(node);
      if (name == "webcam") {
        installed->emulated_plugged.push_back(EmulatedCameraConfig::Webcam(
            path, "usb-0000:00:14.0-" + std::to_string(node + 1)));
      } else if (name == "stepwise") {
        installed->emulated_plugged.push_back(EmulatedCameraConfig::Stepwise(
            path, "platform:isp-" + std::to_string(node)));
      }
      ++node;
    }
    installed->emulated = factory.get();
    factories->push_back(std::move(factory));
    return true;
  }
  if (auto v4l2 = V4l2DeviceFactory::CreateForSystem())
    factories->push_back(std::move(v4l2));
  // No PulseAudio server is a warning, not an error: the context works
  // without microphones.
  PulseDeviceFactory::Options pulse;
  pulse.on_warning = warn;
  factories->push_back(std::make_unique<PulseDeviceFactory>(pulse));
  return true;
}

}  // namespace

bool InstallMediaContext(v8::Local<v8::Context> context,
                         const MediaContextOptions& options,
                         std::string* error) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::HandleScope scope(isolate);
  v8::Context::Scope context_scope(context);
  if (!options.task_runner) {
    *error = "MediaContextOptions.task_runner is required";
    return false;
  }
  if (!AttachToIsolate(isolate, error))
    return false;
  if (Find(context)) {
    *error = "the context already has Media Capture and Streams installed";
    return false;
  }
  auto installed = std::make_unique<Installed>();
  MediaContextConfig config;
  config.origin = options.origin;
  config.secure_context = options.secure_context;
  config.task_runner = options.task_runner;
  config.permission_delegate = options.permission_delegate;
  config.profile_dir = options.profile_dir;
  config.on_no_devices = options.on_no_devices;
  config.on_warning = options.on_warning;
  if (!config.on_warning) {
    config.on_warning = [](const std::string& warning) {
      fprintf(stderr, "mediacapture: warning: %s\n", warning.c_str());
    };
  }
  if (!MakeFactories(options.devices, installed.get(), &config.factories,
                     config.on_warning, error))
    return false;
  installed->isolate = isolate;
  installed->context.Reset(isolate, context);
  installed->media = MediaContext::Create(std::move(config));

  // https://html.spec.whatwg.org/#dom-navigator
  scoped_refptr<Navigator> navigator =
      Navigator::Create(installed->media.get());
  v8::Local<v8::Object> wrapper;
  if (!ToV8Wrapper(context, navigator.get()).ToLocal(&wrapper)) {
    *error = "cannot create the navigator object";
    installed->media->Shutdown();
    return false;
  }
  v8::Local<v8::Object> global = context->Global();
  v8::Local<v8::String> key =
      v8::String::NewFromUtf8Literal(isolate, "navigator");
  v8::Local<v8::Value> existing;
  if (!global->Get(context, key).ToLocal(&existing)) {
    *error = "cannot read navigator";
    installed->media->Shutdown();
    return false;
  }
  if (existing->IsObject()) {
    // The host's navigator stays itself; it gains what it lacks.
    if (!ExtendHostNavigator(context, existing.As<v8::Object>(), wrapper)) {
      *error = "cannot define navigator.mediaDevices";
      installed->media->Shutdown();
      return false;
    }
  } else if (global->DefineOwnProperty(context, key, wrapper).IsNothing()) {
    *error = "cannot define navigator";
    installed->media->Shutdown();
    return false;
  }
  std::lock_guard<std::mutex> hold(InstalledLock());
  InstalledContexts().push_back(std::move(installed));
  return true;
}

void UninstallMediaContext(v8::Local<v8::Context> context) {
  std::unique_ptr<Installed> removed;
  {
    std::lock_guard<std::mutex> hold(InstalledLock());
    auto& contexts = InstalledContexts();
    for (auto it = contexts.begin(); it != contexts.end(); ++it) {
      if (IsEntryOf(**it, context)) {
        removed = std::move(*it);
        contexts.erase(it);
        break;
      }
    }
  }
  // Outside the lock: shutting down joins capture threads.
  if (removed)
    removed->media->Shutdown();
}

bool AddVideoSink(v8::Local<v8::Value> track, VideoSink* sink) {
  MediaStreamTrack* impl = TrackOf(track);
  if (!impl || !impl->is_video() || !impl->delivery())
    return false;
  impl->delivery()->AddVideoSink(sink);
  return true;
}

bool RemoveVideoSink(v8::Local<v8::Value> track, VideoSink* sink) {
  MediaStreamTrack* impl = TrackOf(track);
  if (!impl || !impl->is_video() || !impl->delivery())
    return false;
  impl->delivery()->RemoveVideoSink(sink);
  return true;
}

bool AddAudioSink(v8::Local<v8::Value> track, AudioSink* sink) {
  MediaStreamTrack* impl = TrackOf(track);
  if (!impl || impl->is_video() || !impl->delivery())
    return false;
  impl->delivery()->AddAudioSink(sink);
  return true;
}

bool RemoveAudioSink(v8::Local<v8::Value> track, AudioSink* sink) {
  MediaStreamTrack* impl = TrackOf(track);
  if (!impl || impl->is_video() || !impl->delivery())
    return false;
  impl->delivery()->RemoveAudioSink(sink);
  return true;
}

bool GetTrackCounters(v8::Local<v8::Value> track, TrackCounters* counters) {
  MediaStreamTrack* impl = TrackOf(track);
  if (!impl || !impl->delivery())
    return false;
  counters->frames_delivered = impl->delivery()->frames_delivered();
  counters->frames_dropped = impl->delivery()->frames_dropped();
  return true;
}

bool IsTrackDeviceOpen(v8::Local<v8::Value> track) {
  MediaStreamTrack* impl = TrackOf(track);
  return impl && impl->device_open();
}

bool SetPermission(v8::Local<v8::Context> context,
                   const std::string& origin,
                   const std::string& name,
                   const std::string& state) {
  Installed* installed = Find(context);
  if (!installed || !installed->media->permissions())
    return false;
  std::optional<MediaPermission> permission = MediaPermissionFromString(name);
  std::optional<PermissionState> value = PermissionStateFromString(state);
  if (!permission || !value)
    return false;
  installed->media->permissions()->SetState(
      origin.empty() ? installed->media->origin() : origin, *permission,
      *value);
  return true;
}

bool AddFakeDevice(v8::Local<v8::Context> context, const std::string& kind) {
  Installed* installed = Find(context);
  if (installed && installed->emulated) {
    if (kind != "videoinput" || installed->emulated_unplugged.empty())
      return false;
    EmulatedCameraConfig config = installed->emulated_unplugged.back();
    installed->emulated_unplugged.pop_back();
    installed->emulated->Plug(config);
    installed->emulated_plugged.push_back(config);
    return true;
  }
  if (!installed || !installed->fake)
    return false;
  int index = installed->next_added++;
  DeviceDescriptor descriptor;
  if (kind == "videoinput") {
    descriptor = FakeDeviceFactory::CameraDescriptor(
        kFakeMaxDeviceCount + index, installed->fake_options.frame_rates);
    descriptor.raw_id = "fake:added-camera:" + std::to_string(index);
    descriptor.raw_group_id = "fake:added-group:" + std::to_string(index);
    descriptor.label = "fake_added_camera_" + std::to_string(index);
    descriptor.facing_mode = FacingMode::kUser;
    descriptor.is_default = false;
    if (!installed->fake->AddDeviceForTesting(descriptor))
      return false;
    installed->added_cameras.push_back(descriptor.raw_id);
    return true;
  }
  if (kind == "audioinput") {
    descriptor = FakeDeviceFactory::MicrophoneDescriptor(1 + index);
    descriptor.raw_id = "fake:added-microphone:" + std::to_string(index);
    descriptor.raw_group_id = "fake:added-group:" + std::to_string(index);
    descriptor.label = "Fake Added Audio Input " + std::to_string(index);
    descriptor.is_default = false;
    if (!installed->fake->AddDeviceForTesting(descriptor))
      return false;
    installed->added_microphones.push_back(descriptor.raw_id);
    return true;
  }
  return false;
}

bool RemoveFakeDevice(v8::Local<v8::Context> context, const std::string& kind) {
  Installed* installed = Find(context);
  if (installed && installed->emulated) {
    if (kind != "videoinput" || installed->emulated_plugged.empty())
      return false;
    EmulatedCameraConfig config = installed->emulated_plugged.front();
    installed->emulated_plugged.erase(installed->emulated_plugged.begin());
    installed->emulated->Unplug(config.path);
    installed->emulated_unplugged.push_back(config);
    return true;
  }
  if (!installed || !installed->fake)
    return false;
  DeviceKind device_kind;
  std::vector<std::string>* added;
  if (kind == "videoinput") {
    device_kind = DeviceKind::kVideoInput;
    added = &installed->added_cameras;
  } else if (kind == "audioinput") {
    device_kind = DeviceKind::kAudioInput;
    added = &installed->added_microphones;
  } else {
    return false;
  }
  if (!added->empty()) {
    std::string raw_id = added->back();
    added->pop_back();
    return installed->fake->RemoveDeviceForTesting(raw_id);
  }
  std::string chosen;
  for (const DeviceDescriptor& device : installed->fake->Enumerate()) {
    if (device.kind != device_kind)
      continue;
    if (chosen.empty() || device.is_default) {
      chosen = device.raw_id;
      if (device.is_default)
        break;
    }
  }
  return !chosen.empty() && installed->fake->RemoveDeviceForTesting(chosen);
}

}  // namespace mediacapture

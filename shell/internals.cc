// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/internals.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <string>

#include "mediacapture/media_context.h"
#include "mediacapture/media_sink.h"

namespace mediacapture {
namespace shell {

namespace {

Internals* From(const v8::FunctionCallbackInfo<v8::Value>& info) {
  return static_cast<Internals*>(info.Data().As<v8::External>()->Value());
}

void ThrowTypeError(v8::Isolate* isolate, const std::string& message) {
  isolate->ThrowException(v8::Exception::TypeError(
      v8::String::NewFromUtf8(isolate, message.c_str()).ToLocalChecked()));
}

std::string StringArgument(const v8::FunctionCallbackInfo<v8::Value>& info,
                           int index) {
  if (info.Length() <= index)
    return "";
  v8::String::Utf8Value text(info.GetIsolate(), info[index]);
  return *text ? *text : "";
}

}  // namespace

// Counts what a track delivers and keeps a summary of the last frame or
// audio buffer. Capture thread writes; JS thread reads.
class Internals::StatsSink : public VideoSink, public AudioSink {
 public:
  void OnVideoFrame(const VideoFrameView& frame) override {
    // Average luma over a sparse grid: enough to tell black from a picture.
    uint64_t sum = 0;
    uint64_t count = 0;
    for (int y = 0; y < frame.height; y += 4) {
      const uint8_t* row = frame.y + static_cast<size_t>(y) * frame.stride_y;
      for (int x = 0; x < frame.width; x += 4) {
        sum += row[x];
        ++count;
      }
    }
    std::lock_guard<std::mutex> lock(lock_);
    ++delivered_;
    width_ = frame.width;
    height_ = frame.height;
    luma_ = count ? static_cast<double>(sum) / count : 0;
  }

  void OnAudioBlock(const AudioBlockView& block) override {
    float peak = 0;
    size_t samples = static_cast<size_t>(block.frames) * block.channels;
    for (size_t i = 0; i < samples; ++i)
      peak = std::max(peak, std::fabs(block.samples[i]));
    std::lock_guard<std::mutex> lock(lock_);
    ++delivered_;
    level_ = peak;
  }

  v8::Local<v8::Object> ToObject(v8::Local<v8::Context> context) {
    v8::Isolate* isolate = context->GetIsolate();
    v8::Local<v8::Object> result = v8::Object::New(isolate);
    std::lock_guard<std::mutex> lock(lock_);
    auto set = [&](const char* name, double value) {
      result
          ->Set(context,
                v8::String::NewFromUtf8(isolate, name).ToLocalChecked(),
                v8::Number::New(isolate, value))
          .FromMaybe(false);
    };
    set("framesDelivered", static_cast<double>(delivered_));
    set("width", width_);
    set("height", height_);
    set("lastFrameAverageLuma", luma_);
    set("audioLevel", level_);
    return result;
  }

 private:
  std::mutex lock_;
  uint64_t delivered_ = 0;
  int width_ = 0;
  int height_ = 0;
  double luma_ = 0;
  double level_ = 0;
};

Internals::Internals(v8::Isolate* isolate) : isolate_(isolate) {}

Internals::~Internals() = default;

bool Internals::Install(v8::Local<v8::Context> context) {
  v8::HandleScope scope(isolate_);
  sink_key_.Reset(isolate_,
                  v8::Private::New(isolate_, v8::String::NewFromUtf8Literal(
                                                 isolate_, "internals.sink")));
  v8::Local<v8::External> data = v8::External::New(isolate_, this);
  struct Method {
    const char* name;
    v8::FunctionCallback callback;
    int length;
  };
  auto install = [&](v8::Local<v8::Object> target, const Method& method) {
    v8::Local<v8::Function> function;
    v8::Local<v8::String> name;
    if (!v8::Function::New(context, method.callback, data, method.length)
             .ToLocal(&function) ||
        !v8::String::NewFromUtf8(isolate_, method.name).ToLocal(&name) ||
        target->Set(context, name, function).IsNothing())
      return false;
    function->SetName(name);
    return true;
  };
  v8::Local<v8::Object> internals = v8::Object::New(isolate_);
  if (!install(internals, {"trackStats", &Internals::TrackStats, 1}) ||
      !install(internals, {"isDeviceOpen", &Internals::IsDeviceOpen, 1}) ||
      !install(internals, {"addFakeDevice", &Internals::AddFakeDevice, 1}) ||
      !install(internals,
               {"removeFakeDevice", &Internals::RemoveFakeDevice, 1}) ||
      context->Global()
          ->DefineOwnProperty(
              context, v8::String::NewFromUtf8Literal(isolate_, "internals"),
              internals, v8::DontEnum)
          .IsNothing())
    return false;
  // test_driver.set_permission's hook, on the shell's control object.
  v8::Local<v8::Value> control;
  if (context->Global()
          ->Get(context,
                v8::String::NewFromUtf8Literal(isolate_, "__captureShell"))
          .ToLocal(&control) &&
      control->IsObject()) {
    return install(control.As<v8::Object>(),
                   {"setPermission", &Internals::SetPermission, 2});
  }
  return true;
}

// static
void Internals::TrackStats(const v8::FunctionCallbackInfo<v8::Value>& info) {
  Internals* self = From(info);
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (info.Length() < 1 || !info[0]->IsObject()) {
    ThrowTypeError(isolate, "internals.trackStats() needs a MediaStreamTrack");
    return;
  }
  v8::Local<v8::Object> track = info[0].As<v8::Object>();
  v8::Local<v8::Private> key = self->sink_key_.Get(isolate);
  StatsSink* sink = nullptr;
  v8::Local<v8::Value> existing;
  if (track->GetPrivate(context, key).ToLocal(&existing) &&
      existing->IsExternal()) {
    sink = static_cast<StatsSink*>(existing.As<v8::External>()->Value());
  } else {
    auto created = std::make_unique<StatsSink>();
    if (!mediacapture::AddVideoSink(track, created.get()) &&
        !mediacapture::AddAudioSink(track, created.get())) {
      ThrowTypeError(isolate,
                     "internals.trackStats() needs a MediaStreamTrack");
      return;
    }
    sink = created.get();
    self->sinks_.push_back(std::move(created));
    track->SetPrivate(context, key, v8::External::New(isolate, sink))
        .FromMaybe(false);
  }
  info.GetReturnValue().Set(sink->ToObject(context));
}

// static
void Internals::IsDeviceOpen(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  if (info.Length() < 1 || !info[0]->IsObject()) {
    ThrowTypeError(isolate,
                   "internals.isDeviceOpen() needs a MediaStreamTrack");
    return;
  }
  info.GetReturnValue().Set(mediacapture::IsTrackDeviceOpen(info[0]));
}

// static
void Internals::AddFakeDevice(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string kind = StringArgument(info, 0);
  if (!mediacapture::AddFakeDevice(isolate->GetCurrentContext(), kind)) {
    ThrowTypeError(isolate, "internals.addFakeDevice('" + kind +
                                "'): needs fake devices and a kind of "
                                "'videoinput' or 'audioinput'");
  }
}

// static
void Internals::RemoveFakeDevice(
    const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  std::string kind = StringArgument(info, 0);
  if (!mediacapture::RemoveFakeDevice(isolate->GetCurrentContext(), kind)) {
    ThrowTypeError(isolate, "internals.removeFakeDevice('" + kind +
                                "'): no such fake device to unplug");
  }
}

// static
void Internals::SetPermission(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  std::string name;
  if (info.Length() >= 1 && info[0]->IsObject()) {
    v8::Local<v8::Value> value;
    if (!info[0]
             .As<v8::Object>()
             ->Get(context, v8::String::NewFromUtf8Literal(isolate, "name"))
             .ToLocal(&value))
      return;
    v8::String::Utf8Value text(isolate, value);
    name = *text ? *text : "";
  }
  std::string state = StringArgument(info, 1);
  if (!mediacapture::SetPermission(context, "", name, state)) {
    ThrowTypeError(isolate, "set_permission: unsupported permission '" + name +
                                "' or state '" + state + "'");
  }
}

}  // namespace shell
}  // namespace mediacapture

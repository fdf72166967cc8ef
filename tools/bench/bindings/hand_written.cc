// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "tools/bench/bindings/hand_written.h"

#include <algorithm>
#include <cmath>
#include <string>

#include "tools/bench/bindings/bench_target.h"

namespace mediacapture {
namespace bench {

namespace {

// The brand: a tag in the second internal field.
int kHandTag;

struct Keys {
  v8::Eternal<v8::String> width, height, frame_rate, device_id, facing_mode,
      min, max, ideal;
};
Keys* g_keys;

v8::Local<v8::String> Key(v8::Isolate* isolate,
                          const v8::Eternal<v8::String>& key) {
  return key.Get(isolate);
}

BenchTarget* Unwrap(const v8::FunctionCallbackInfo<v8::Value>& info) {
  v8::Local<v8::Object> self = info.This();
  if (self->InternalFieldCount() != 2 ||
      self->GetAlignedPointerFromInternalField(1) != &kHandTag) {
    info.GetIsolate()->ThrowException(
        v8::Exception::TypeError(v8::String::NewFromUtf8Literal(
            info.GetIsolate(), "Illegal invocation")));
    return nullptr;
  }
  return static_cast<BenchTarget*>(self->GetAlignedPointerFromInternalField(0));
}

void Construct(const v8::FunctionCallbackInfo<v8::Value>& info) {
  // Leaked on purpose: the benchmark's few objects live for the process.
  BenchTarget* target = BenchTarget::Create().get();
  target->AddRef();
  info.This()->SetAlignedPointerInInternalField(0, target);
  info.This()->SetAlignedPointerInInternalField(1, &kHandTag);
}

void Width(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BenchTarget* target = Unwrap(info);
  if (!target)
    return;
  info.GetReturnValue().Set(target->width());
}

void GetSettings(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BenchTarget* target = Unwrap(info);
  if (!target)
    return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  BenchSettings s = target->GetSettings();
  v8::Local<v8::Object> result = v8::Object::New(isolate);
  // Lexicographic order, like the generated code.
  if (s.device_id)
    result
        ->CreateDataProperty(
            context, Key(isolate, g_keys->device_id),
            v8::String::NewFromUtf8(isolate, s.device_id->c_str())
                .ToLocalChecked())
        .Check();
  if (s.facing_mode)
    result
        ->CreateDataProperty(
            context, Key(isolate, g_keys->facing_mode),
            v8::String::NewFromUtf8(isolate, s.facing_mode->c_str())
                .ToLocalChecked())
        .Check();
  if (s.frame_rate)
    result
        ->CreateDataProperty(context, Key(isolate, g_keys->frame_rate),
                             v8::Number::New(isolate, *s.frame_rate))
        .Check();
  if (s.height)
    result
        ->CreateDataProperty(context, Key(isolate, g_keys->height),
                             v8::Integer::New(isolate, *s.height))
        .Check();
  if (s.width)
    result
        ->CreateDataProperty(context, Key(isolate, g_keys->width),
                             v8::Integer::New(isolate, *s.width))
        .Check();
  info.GetReturnValue().Set(result);
}

bool ReadRange(v8::Local<v8::Context> context,
               v8::Local<v8::Value> value,
               BenchRange* range) {
  v8::Isolate* isolate = context->GetIsolate();
  if (!value->IsObject())
    return true;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  v8::Local<v8::Value> v;
  const v8::Eternal<v8::String>* keys[] = {&g_keys->ideal, &g_keys->max,
                                           &g_keys->min};
  std::optional<double>* fields[] = {&range->ideal, &range->max, &range->min};
  for (int i = 0; i < 3; ++i) {
    if (!object->Get(context, Key(isolate, *keys[i])).ToLocal(&v))
      return false;
    if (v->IsUndefined())
      continue;
    double d;
    if (!v->NumberValue(context).To(&d))
      return false;
    if (!std::isfinite(d)) {
      isolate->ThrowException(v8::Exception::TypeError(
          v8::String::NewFromUtf8Literal(isolate, "non-finite")));
      return false;
    }
    *fields[i] = d;
  }
  return true;
}

// (unsigned long [Clamp] or BenchRange)
bool ReadULongOrRange(v8::Local<v8::Context> context,
                      v8::Local<v8::Value> value,
                      std::optional<std::variant<uint32_t, BenchRange>>* out) {
  if (value->IsUndefined())
    return true;
  if (value->IsObject() || value->IsNull()) {
    BenchRange range;
    if (!ReadRange(context, value, &range))
      return false;
    *out = range;
    return true;
  }
  double d;
  if (!value->NumberValue(context).To(&d))
    return false;
  if (std::isnan(d))
    d = 0;
  *out =
      static_cast<uint32_t>(std::nearbyint(std::clamp(d, 0.0, 4294967295.0)));
  return true;
}

void TakeConstraints(const v8::FunctionCallbackInfo<v8::Value>& info) {
  BenchTarget* target = Unwrap(info);
  if (!target)
    return;
  v8::Isolate* isolate = info.GetIsolate();
  v8::Local<v8::Context> context = isolate->GetCurrentContext();
  if (info.Length() < 1) {
    isolate->ThrowException(v8::Exception::TypeError(
        v8::String::NewFromUtf8Literal(isolate, "1 argument required")));
    return;
  }
  v8::Local<v8::Value> arg = info[0];
  if (!arg->IsObject() && !arg->IsNullOrUndefined()) {
    isolate->ThrowException(v8::Exception::TypeError(
        v8::String::NewFromUtf8Literal(isolate, "not a dictionary")));
    return;
  }
  BenchConstraints c;
  if (arg->IsObject()) {
    v8::Local<v8::Object> object = arg.As<v8::Object>();
    v8::Local<v8::Value> v;
    // deviceId, frameRate, height, width: lexicographic order.
    if (!object->Get(context, Key(isolate, g_keys->device_id)).ToLocal(&v))
      return;
    if (!v->IsUndefined()) {
      v8::Local<v8::String> s;
      if (!v->ToString(context).ToLocal(&s))
        return;
      v8::String::Utf8Value utf8(isolate, s);
      c.device_id = std::string(*utf8, utf8.length());
    }
    if (!object->Get(context, Key(isolate, g_keys->frame_rate)).ToLocal(&v))
      return;
    if (!v->IsUndefined()) {
      if (v->IsObject() || v->IsNull()) {
        BenchRange range;
        if (!ReadRange(context, v, &range))
          return;
        c.frame_rate = range;
      } else {
        double d;
        if (!v->NumberValue(context).To(&d))
          return;
        c.frame_rate = d;
      }
    }
    if (!object->Get(context, Key(isolate, g_keys->height)).ToLocal(&v) ||
        !ReadULongOrRange(context, v, &c.height))
      return;
    if (!object->Get(context, Key(isolate, g_keys->width)).ToLocal(&v) ||
        !ReadULongOrRange(context, v, &c.width))
      return;
  }
  info.GetReturnValue().Set(target->TakeConstraints(c));
}

v8::Local<v8::FunctionTemplate> Method(v8::Isolate* isolate,
                                       v8::FunctionCallback callback,
                                       int length) {
  return v8::FunctionTemplate::New(isolate, callback, v8::Local<v8::Value>(),
                                   v8::Local<v8::Signature>(), length,
                                   v8::ConstructorBehavior::kThrow);
}

}  // namespace

void InstallHandWritten(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  g_keys = new Keys;
  auto set = [&](v8::Eternal<v8::String>& key, const char* name) {
    key.Set(isolate, v8::String::NewFromUtf8(isolate, name,
                                             v8::NewStringType::kInternalized)
                         .ToLocalChecked());
  };
  set(g_keys->width, "width");
  set(g_keys->height, "height");
  set(g_keys->frame_rate, "frameRate");
  set(g_keys->device_id, "deviceId");
  set(g_keys->facing_mode, "facingMode");
  set(g_keys->min, "min");
  set(g_keys->max, "max");
  set(g_keys->ideal, "ideal");

  v8::Local<v8::FunctionTemplate> tmpl =
      v8::FunctionTemplate::New(isolate, &Construct);
  tmpl->SetClassName(v8::String::NewFromUtf8Literal(isolate, "HandTarget"));
  tmpl->InstanceTemplate()->SetInternalFieldCount(2);
  v8::Local<v8::ObjectTemplate> proto = tmpl->PrototypeTemplate();
  proto->SetAccessorProperty(Key(isolate, g_keys->width),
                             Method(isolate, &Width, 0));
  proto->Set(v8::String::NewFromUtf8Literal(isolate, "getSettings"),
             Method(isolate, &GetSettings, 0));
  proto->Set(v8::String::NewFromUtf8Literal(isolate, "takeConstraints"),
             Method(isolate, &TakeConstraints, 1));
  context->Global()
      ->Set(context, v8::String::NewFromUtf8Literal(isolate, "HandTarget"),
            tmpl->GetFunction(context).ToLocalChecked())
      .Check();
}

}  // namespace bench
}  // namespace mediacapture

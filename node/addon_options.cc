// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "node/addon_options.h"

#include "mediacapture/context.h"

namespace mediacapture {
namespace nodejs {

namespace {

void ThrowTypeError(v8::Isolate* isolate, const std::string& message) {
  v8::Local<v8::String> text;
  if (!v8::String::NewFromUtf8(isolate, message.c_str()).ToLocal(&text))
    return;
  isolate->ThrowException(v8::Exception::TypeError(text));
}

std::string TypeName(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  if (value->IsNull())
    return "null";
  if (value->IsString()) {
    v8::String::Utf8Value text(isolate, value);
    return std::string("\"") + (*text ? *text : "") + "\"";
  }
  v8::String::Utf8Value name(isolate, value->TypeOf(isolate));
  return *name ? *name : "?";
}

// Throws "mediacapture.install: options.|name| must be |what| (got T)".
bool Wrong(v8::Isolate* isolate,
           const char* name,
           const char* what,
           v8::Local<v8::Value> value) {
  ThrowTypeError(isolate, std::string("mediacapture.install: options.") + name +
                              " must be " + what + " (got " +
                              TypeName(isolate, value) + ")");
  return false;
}

bool Get(v8::Local<v8::Context> context,
         v8::Local<v8::Object> object,
         const char* name,
         v8::Local<v8::Value>* value) {
  v8::Local<v8::String> key;
  return v8::String::NewFromUtf8(context->GetIsolate(), name).ToLocal(&key) &&
         object->Get(context, key).ToLocal(value);
}

std::string ToStdString(v8::Isolate* isolate, v8::Local<v8::Value> value) {
  v8::String::Utf8Value text(isolate, value);
  return *text ? std::string(*text, text.length()) : std::string();
}

}  // namespace

bool ReadAddonOptions(v8::Local<v8::Context> context,
                      v8::Local<v8::Value> value,
                      AddonOptions* options) {
  v8::Isolate* isolate = context->GetIsolate();
  if (value->IsNullOrUndefined())
    return true;
  if (!value->IsObject()) {
    ThrowTypeError(isolate,
                   "mediacapture.install: options must be an object (got " +
                       TypeName(isolate, value) + ")");
    return false;
  }
  v8::Local<v8::Object> object = value.As<v8::Object>();
  v8::Local<v8::Value> field;

  if (!Get(context, object, "origin", &field))
    return false;
  if (!field->IsUndefined()) {
    if (!field->IsString() || field.As<v8::String>()->Length() == 0)
      return Wrong(isolate, "origin", "a non-empty string", field);
    options->origin = ToStdString(isolate, field);
  }

  if (!Get(context, object, "secureContext", &field))
    return false;
  if (field->IsUndefined()) {
    options->secure_context = IsPotentiallyTrustworthyOrigin(options->origin);
  } else {
    if (!field->IsBoolean())
      return Wrong(isolate, "secureContext", "a boolean", field);
    options->secure_context = field->IsTrue();
  }

  if (!Get(context, object, "fakeDevices", &field))
    return false;
  if (field->IsTrue()) {
    options->fake_devices = true;
  } else if (field->IsString()) {
    options->fake_devices = true;
    options->fake_options = ToStdString(isolate, field);
  } else if (!field->IsUndefined() && !field->IsFalse()) {
    return Wrong(isolate, "fakeDevices",
                 "a boolean or a fake-device option string such as "
                 "\"device-count=2\"",
                 field);
  }

  if (!Get(context, object, "permission", &field))
    return false;
  if (field->IsFunction()) {
    options->permission = ScriptPermissionDelegate::Mode::kAsk;
    options->permission_function = field.As<v8::Function>();
  } else if (!field->IsUndefined()) {
    std::string mode = field->IsString() ? ToStdString(isolate, field) : "";
    if (mode == "grant")
      options->permission = ScriptPermissionDelegate::Mode::kGrant;
    else if (mode == "deny")
      options->permission = ScriptPermissionDelegate::Mode::kDeny;
    else
      return Wrong(isolate, "permission",
                   "\"grant\", \"deny\" or a function (request) => boolean",
                   field);
  }

  if (!Get(context, object, "profileDir", &field))
    return false;
  if (!field->IsUndefined()) {
    if (!field->IsString())
      return Wrong(isolate, "profileDir", "a string", field);
    options->profile_dir = ToStdString(isolate, field);
  }

  if (!Get(context, object, "onWarning", &field))
    return false;
  if (!field->IsUndefined()) {
    if (!field->IsFunction())
      return Wrong(isolate, "onWarning", "a function (message)", field);
    options->on_warning = field.As<v8::Function>();
  }
  return true;
}

}  // namespace nodejs
}  // namespace mediacapture

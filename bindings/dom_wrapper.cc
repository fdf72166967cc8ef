// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/dom_wrapper.h"

#include "bindings/dom_wrapper_internal.h"
#include "bindings/per_isolate_data.h"

namespace mediacapture {

namespace {

// What ScriptWrappable's opaque slot points to.
struct WrapperReference {
  v8::Global<v8::Object> handle;
  PerIsolateData* data = nullptr;
  bool weak = false;
};

WrapperReference* SlotOf(const ScriptWrappable* object) {
  return static_cast<WrapperReference*>(object->wrapper_slot());
}

// Second pass: V8 calls may happen here, and releasing the object may run
// destructors that reset other handles.
void ReleaseObject(const v8::WeakCallbackInfo<ScriptWrappable>& info) {
  info.GetParameter()->Release();
}

// First pass: the wrapper is unreachable. Only reset the handle here.
void OnWrapperCollected(const v8::WeakCallbackInfo<ScriptWrappable>& info) {
  ScriptWrappable* object = info.GetParameter();
  WrapperReference* ref = SlotOf(object);
  ref->data->RemoveWrapped(object);
  internal::DetachWrapper(object);
  info.SetSecondPassCallback(&ReleaseObject);
}

void MakeWeak(ScriptWrappable* object, WrapperReference* ref) {
  ref->handle.SetWeak(object, &OnWrapperCollected,
                      v8::WeakCallbackType::kParameter);
  ref->weak = true;
}

}  // namespace

namespace internal {

void DetachWrapper(ScriptWrappable* object) {
  WrapperReference* ref = SlotOf(object);
  if (!ref)
    return;
  ref->handle.Reset();
  delete ref;
  object->set_wrapper_slot(nullptr);
}

void SetWrapperStrong(ScriptWrappable* object, bool strong) {
  WrapperReference* ref = SlotOf(object);
  if (!ref || ref->weak != strong)
    return;
  if (strong) {
    ref->handle.ClearWeak<ScriptWrappable>();
    ref->weak = false;
  } else {
    MakeWeak(object, ref);
  }
}

}  // namespace internal

v8::Local<v8::Object> GetExistingWrapper(v8::Isolate* isolate,
                                         const ScriptWrappable* object) {
  WrapperReference* ref = SlotOf(object);
  if (!ref)
    return {};
  return ref->handle.Get(isolate);
}

void AssociateWrapper(v8::Isolate* isolate,
                      ScriptWrappable* object,
                      const WrapperTypeInfo* info,
                      v8::Local<v8::Object> wrapper) {
  wrapper->SetAlignedPointerInInternalField(kWrapperFieldObject, object);
  wrapper->SetAlignedPointerInInternalField(kWrapperFieldTypeInfo,
                                            const_cast<WrapperTypeInfo*>(info));
  auto* ref = new WrapperReference;
  ref->handle.Reset(isolate, wrapper);
  ref->data = PerIsolateData::From(isolate);
  object->set_wrapper_slot(ref);
  object->AddRef();
  ref->data->AddWrapped(object);
  bool pending =
      info->may_have_pending_activity && object->HasPendingActivity();
  if (!pending)
    MakeWeak(object, ref);
}

v8::MaybeLocal<v8::Object> ToV8Wrapper(v8::Local<v8::Context> context,
                                       ScriptWrappable* object) {
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Object> existing = GetExistingWrapper(isolate, object);
  if (!existing.IsEmpty())
    return existing;
  const WrapperTypeInfo* info = object->GetWrapperTypeInfo();
  v8::Local<v8::FunctionTemplate> tmpl =
      PerIsolateData::From(isolate)->TemplateFor(info);
  v8::Local<v8::Object> wrapper;
  if (!tmpl->InstanceTemplate()->NewInstance(context).ToLocal(&wrapper))
    return {};
  AssociateWrapper(isolate, object, info, wrapper);
  return wrapper;
}

bool HasInstance(v8::Local<v8::Value> value, const WrapperTypeInfo* info) {
  return ToScriptWrappable(value, info) != nullptr;
}

ScriptWrappable* ToScriptWrappable(v8::Local<v8::Value> value,
                                   const WrapperTypeInfo* info) {
  if (!value->IsObject())
    return nullptr;
  v8::Local<v8::Object> object = value.As<v8::Object>();
  if (object->InternalFieldCount() != kWrapperFieldCount)
    return nullptr;
  auto* type = static_cast<const WrapperTypeInfo*>(
      object->GetAlignedPointerFromInternalField(kWrapperFieldTypeInfo));
  // An instance whose constructor threw before associating has no type.
  if (!type || !type->IsSubclassOf(info))
    return nullptr;
  return static_cast<ScriptWrappable*>(
      object->GetAlignedPointerFromInternalField(kWrapperFieldObject));
}

}  // namespace mediacapture

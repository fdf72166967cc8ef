// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/per_isolate_data.h"

#include <atomic>
#include <mutex>
#include <unordered_set>
#include <vector>

#include "bindings/dom_wrapper_internal.h"
#include "bindings/to_v8_traits.h"
#include "mediacapture/isolate.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

namespace {

// The isolate data slot the bindings own (include/mediacapture/isolate.h).
// V8 has four (Isolate::GetNumberOfDataSlots()); hosts conventionally take
// the low ones, so the bindings take the last.
constexpr uint32_t kPerIsolateDataSlot = kIsolateDataSlot;

// The isolates whose slot holds a PerIsolateData, so that a slot a host
// filled is never taken for ours. Isolates live on many threads.
std::mutex& AttachedLock() {
  static auto* lock = new std::mutex();
  return *lock;
}

std::unordered_set<v8::Isolate*>& Attached() {
  static auto* isolates = new std::unordered_set<v8::Isolate*>();
  return *isolates;
}

}  // namespace

// static
bool PerIsolateData::Attach(v8::Isolate* isolate, std::string* error) {
  {
    std::lock_guard<std::mutex> hold(AttachedLock());
    if (Attached().count(isolate))
      return true;
    if (isolate->GetData(kPerIsolateDataSlot)) {
      *error = "mediacapture needs isolate data slot " +
               std::to_string(kPerIsolateDataSlot) +
               " (v8::Isolate::SetData), which the embedder already uses";
      return false;
    }
    Attached().insert(isolate);
  }
  isolate->SetData(kPerIsolateDataSlot, new PerIsolateData(isolate));
  return true;
}

// static
bool PerIsolateData::IsAttached(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> hold(AttachedLock());
  return Attached().count(isolate) != 0;
}

// static
PerIsolateData* PerIsolateData::From(v8::Isolate* isolate) {
  auto* data =
      static_cast<PerIsolateData*>(isolate->GetData(kPerIsolateDataSlot));
  if (!data) {
    // Only the library's own entry points reach here, and each attaches
    // first (InstallInterfaces() does): a null slot is an isolate the
    // library set up for itself.
    std::string error;
    if (Attach(isolate, &error))
      data =
          static_cast<PerIsolateData*>(isolate->GetData(kPerIsolateDataSlot));
  }
  return data;
}

// static
void PerIsolateData::Dispose(v8::Isolate* isolate) {
  {
    std::lock_guard<std::mutex> hold(AttachedLock());
    if (!Attached().erase(isolate))
      return;
  }
  auto* data =
      static_cast<PerIsolateData*>(isolate->GetData(kPerIsolateDataSlot));
  isolate->SetData(kPerIsolateDataSlot, nullptr);
  delete data;
}

PerIsolateData::PerIsolateData(v8::Isolate* isolate) : isolate_(isolate) {
  isolate->AddGCPrologueCallback(&PerIsolateData::OnGCPrologue, this);
}

PerIsolateData::~PerIsolateData() {
  isolate_->RemoveGCPrologueCallback(&PerIsolateData::OnGCPrologue, this);
  // Each wrapper holds a reference; the isolate's weak callbacks will never
  // run now, so drop the references here. Detach every wrapper first: the
  // destructors that run may touch other wrapped objects.
  std::vector<ScriptWrappable*> objects(wrapped_.begin(), wrapped_.end());
  wrapped_.clear();
  for (ScriptWrappable* object : objects)
    internal::DetachWrapper(object);
  for (ScriptWrappable* object : objects)
    object->Release();
}

v8::Local<v8::FunctionTemplate> PerIsolateData::TemplateFor(
    const WrapperTypeInfo* info) {
  auto it = templates_.find(info);
  if (it != templates_.end())
    return it->second.Get(isolate_);
  v8::Local<v8::FunctionTemplate> tmpl = v8::FunctionTemplate::New(isolate_);
  // Cache before configuring: configuring asks for the parent's template,
  // never for its own, but a cached entry keeps that an invariant.
  templates_[info].Set(isolate_, tmpl);
  info->configure_template(isolate_, tmpl);
  return tmpl;
}

v8::Local<v8::Private> PerIsolateData::PrivateFor(const std::string& name) {
  auto it = privates_.find(name);
  if (it != privates_.end())
    return it->second.Get(isolate_);
  v8::Local<v8::Private> symbol = v8::Private::New(
      isolate_, v8::String::NewFromUtf8(isolate_, name.c_str(),
                                        v8::NewStringType::kInternalized)
                    .ToLocalChecked());
  privates_[name].Set(isolate_, symbol);
  return symbol;
}

// static
void PerIsolateData::OnGCPrologue(v8::Isolate*,
                                  v8::GCType,
                                  v8::GCCallbackFlags,
                                  void* data) {
  static_cast<PerIsolateData*>(data)->UpdatePendingActivity();
}

void PerIsolateData::UpdatePendingActivity() {
  for (ScriptWrappable* object : wrapped_) {
    if (object->GetWrapperTypeInfo()->may_have_pending_activity)
      internal::SetWrapperStrong(object, object->HasPendingActivity());
  }
}

namespace bindings {

size_t CacheSlot::Assign() const {
  static std::atomic<size_t> next_index{0};
  size_t mine = next_index.fetch_add(1, std::memory_order_relaxed) + 1;
  size_t expected = 0;
  // Two threads (isolates) may race for the first use: the first index
  // stored wins, the other is never used.
  if (!index_.compare_exchange_strong(expected, mine,
                                      std::memory_order_acq_rel))
    return expected - 1;
  return mine - 1;
}

v8::Local<v8::String> CachedString(v8::Isolate* isolate,
                                   const CacheSlot& slot,
                                   size_t index,
                                   const char* text) {
  std::vector<v8::Eternal<v8::Name>>& names =
      PerIsolateData::From(isolate)->CachedNames(slot.Get());
  if (index >= names.size())
    names.resize(index + 1);
  v8::Eternal<v8::Name>& name = names[index];
  if (name.IsEmpty()) {
    name.Set(isolate, v8::String::NewFromUtf8(isolate, text,
                                              v8::NewStringType::kInternalized)
                          .ToLocalChecked());
  }
  return name.Get(isolate).As<v8::String>();
}

}  // namespace bindings
}  // namespace mediacapture

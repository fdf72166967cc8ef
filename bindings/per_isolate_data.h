// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Bindings state that belongs to one isolate: the interface templates (one
// per WrapperTypeInfo), the private symbols the bindings use, and the set of
// live wrappers, so that objects with pending activity keep theirs and so
// that disposing the isolate releases every core object a wrapper held.

#ifndef BINDINGS_PER_ISOLATE_DATA_H_
#define BINDINGS_PER_ISOLATE_DATA_H_

#include <map>
#include <string>
#include <unordered_set>
#include <vector>

#include <v8.h>

#include "bindings/wrapper_type_info.h"
#include "mediacapture/context.h"

namespace mediacapture {

class ScriptWrappable;

// JS thread only (the isolate's thread).
class PerIsolateData {
 public:
  // Creates the isolate's data in its data slot (AttachToIsolate()).
  // False, with |error| set, when the slot holds something of the host's.
  static bool Attach(v8::Isolate* isolate, std::string* error);
  static bool IsAttached(v8::Isolate* isolate);
  // The isolate's data; attaches an isolate whose slot is still empty.
  static PerIsolateData* From(v8::Isolate* isolate);
  // Releases every wrapped object and frees the data. Call before
  // v8::Isolate::Dispose() (Environment::DisposeIsolate() and
  // DetachFromIsolate() do). Does nothing on an isolate not attached.
  static void Dispose(v8::Isolate* isolate);

  v8::Isolate* isolate() const { return isolate_; }

  // The interface's template, configured on first use.
  v8::Local<v8::FunctionTemplate> TemplateFor(const WrapperTypeInfo* info);

  // The template of a method or accessor function, one per C++ callback;
  // empty until bindings/interface_support.cc sets it. A
  // [LegacyUnforgeable] member installed on the instance templates of its
  // interface and of the interfaces that inherit it is then one function
  // object per context, as WebIDL's [[Unforgeables]] has it
  // (https://webidl.spec.whatwg.org/#internally-create-a-new-object-implementing-the-interface).
  v8::Eternal<v8::FunctionTemplate>& MethodTemplateFor(
      v8::FunctionCallback callback) {
    return method_templates_[callback];
  }

  // A private symbol, one per |name| in this isolate (e.g. the hidden
  // listener list on an EventTarget's wrapper, [SameObject] caches).
  v8::Local<v8::Private> PrivateFor(const std::string& name);

  // Internalized names cached at a bindings::CacheSlot's index (an enum's
  // values, a dictionary's keys); empty until bindings::CachedString() or
  // bindings::DictionaryKeys() fills it.
  std::vector<v8::Eternal<v8::Name>>& CachedNames(size_t slot) {
    if (slot >= cached_names_.size())
      cached_names_.resize(slot + 1);
    return cached_names_[slot];
  }

  // Wrapper bookkeeping (bindings/dom_wrapper.cc).
  void AddWrapped(ScriptWrappable* object) { wrapped_.insert(object); }
  void RemoveWrapped(ScriptWrappable* object) { wrapped_.erase(object); }
  size_t wrapped_count_for_testing() const { return wrapped_.size(); }

  ExceptionReporter exception_reporter() const { return exception_reporter_; }
  void set_exception_reporter(ExceptionReporter reporter) {
    exception_reporter_ = reporter;
  }

 private:
  explicit PerIsolateData(v8::Isolate* isolate);
  ~PerIsolateData();
  static void OnGCPrologue(v8::Isolate* isolate,
                           v8::GCType type,
                           v8::GCCallbackFlags flags,
                           void* data);
  void UpdatePendingActivity();

  v8::Isolate* const isolate_;
  std::map<const WrapperTypeInfo*, v8::Eternal<v8::FunctionTemplate>>
      templates_;
  std::map<v8::FunctionCallback, v8::Eternal<v8::FunctionTemplate>>
      method_templates_;
  std::map<std::string, v8::Eternal<v8::Private>> privates_;
  std::unordered_set<ScriptWrappable*> wrapped_;
  std::vector<std::vector<v8::Eternal<v8::Name>>> cached_names_;
  ExceptionReporter exception_reporter_ = nullptr;
};

}  // namespace mediacapture

#endif  // BINDINGS_PER_ISOLATE_DATA_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "node/addon_state.h"

#include <node.h>

#include <cstdio>
#include <filesystem>
#include <mutex>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "mediacapture/context.h"
#include "mediacapture/isolate.h"
#include "mediacapture/media_context.h"
#include "node/node_task_runner.h"
#include "node/script_permission_delegate.h"

namespace mediacapture {
namespace nodejs {

namespace {

// Every isolate's state. Worker threads load the module too, so this is
// shared between threads; leaked, so that no destructor runs at exit()
// while a worker may still look it up.
std::mutex& RegistryLock() {
  static auto* lock = new std::mutex;
  return *lock;
}
std::unordered_map<v8::Isolate*, AddonState*>& Registry() {
  static auto* registry = new std::unordered_map<v8::Isolate*, AddonState*>;
  return *registry;
}

void ThrowError(v8::Isolate* isolate, const std::string& message) {
  v8::Local<v8::String> text;
  if (v8::String::NewFromUtf8(isolate, message.c_str()).ToLocal(&text))
    isolate->ThrowException(v8::Exception::Error(text));
}

// Calls |function| with |argument| in the function's own context. Returns
// what it threw, if it threw.
v8::MaybeLocal<v8::Value> CallHook(v8::Isolate* isolate,
                                   v8::Local<v8::Function> function,
                                   v8::Local<v8::Value> argument) {
  v8::EscapableHandleScope scope(isolate);
  v8::Local<v8::Context> context;
  if (!function->GetCreationContext().ToLocal(&context))
    return v8::MaybeLocal<v8::Value>();
  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate);
  v8::Local<v8::Value> argv[] = {argument};
  if (!function->Call(context, v8::Undefined(isolate), 1, argv).IsEmpty() ||
      !try_catch.CanContinue())
    return v8::MaybeLocal<v8::Value>();
  return scope.Escape(try_catch.Exception());
}

}  // namespace

// The context's onWarning (or index.js's default). Shared with the
// std::function the library keeps, which may outlive the installation:
// Reset() at uninstall leaves it printing to stderr.
class AddonState::WarningHook {
 public:
  WarningHook(v8::Isolate* isolate, v8::Local<v8::Function> function)
      : isolate_(isolate) {
    if (!function.IsEmpty())
      function_.Reset(isolate, function);
  }

  // JS thread.
  void Warn(const std::string& message) {
    if (function_.IsEmpty()) {
      fprintf(stderr, "mediacapture: warning: %s\n", message.c_str());
      return;
    }
    v8::HandleScope scope(isolate_);
    v8::Local<v8::String> text;
    if (!v8::String::NewFromUtf8(isolate_, message.c_str()).ToLocal(&text))
      return;
    v8::Local<v8::Value> thrown;
    if (CallHook(isolate_, function_.Get(isolate_), text).ToLocal(&thrown))
      ReportException(isolate_, thrown, v8::Local<v8::Message>());
  }

  void Reset() { function_.Reset(); }

 private:
  v8::Isolate* const isolate_;
  v8::Global<v8::Function> function_;
};

struct AddonState::Installation {
  v8::Global<v8::Context> context;
  std::unique_ptr<ScriptPermissionDelegate> permissions;
  std::shared_ptr<WarningHook> warning;
};

// static
AddonState* AddonState::ForEnvironment(v8::Local<v8::Context> context) {
  v8::Isolate* isolate = context->GetIsolate();
  if (AddonState* state = Get(isolate))
    return state;
  if (!node::GetCurrentEventLoop(isolate))
    return nullptr;
  auto* state = new AddonState(isolate, context);
  std::lock_guard<std::mutex> hold(RegistryLock());
  Registry()[isolate] = state;
  return state;
}

// static
AddonState* AddonState::Get(v8::Isolate* isolate) {
  std::lock_guard<std::mutex> hold(RegistryLock());
  auto it = Registry().find(isolate);
  return it == Registry().end() ? nullptr : it->second;
}

AddonState::AddonState(v8::Isolate* isolate, v8::Local<v8::Context> context)
    : isolate_(isolate),
      task_runner_(new NodeTaskRunner(isolate,
                                      context,
                                      node::GetCurrentEventLoop(isolate))) {
  node::AddEnvironmentCleanupHook(isolate, &AddonState::OnEnvironmentCleanup,
                                  this);
}

AddonState::~AddonState() = default;

void AddonState::SetHooks(v8::Local<v8::Function> report_exception,
                          v8::Local<v8::Function> emit_warning) {
  report_exception_.Reset(isolate_, report_exception);
  emit_warning_.Reset(isolate_, emit_warning);
}

v8::Local<v8::Private> AddonState::InstalledMark() {
  return v8::Private::ForApi(
      isolate_, v8::String::NewFromUtf8Literal(isolate_, "mediacapture.node"));
}

bool AddonState::Install(v8::Local<v8::Context> context,
                         const AddonOptions& options) {
  // A context is set up once: InstallInterfaces() runs once per context.
  v8::Local<v8::Object> global = context->Global();
  v8::Local<v8::Private> mark = InstalledMark();
  bool marked;
  if (!global->HasPrivate(context, mark).To(&marked))
    return false;
  if (marked) {
    ThrowError(isolate_,
               "mediacapture.install: this global was installed before "
               "(install() runs once per context)");
    return false;
  }
  if (!global->SetPrivate(context, mark, v8::True(isolate_)).FromMaybe(false))
    return false;

  if (!attached_) {
    std::string error;
    if (!AttachToIsolate(isolate_, &error)) {
      ThrowError(isolate_, "mediacapture.install: " + error);
      return false;
    }
    attached_ = true;
    SetExceptionReporter(isolate_, &AddonState::ReportException);
  }
  if (!options.profile_dir.empty()) {
    // The library warns (onWarning) when it cannot use the directory.
    std::error_code ignored;
    std::filesystem::create_directories(options.profile_dir, ignored);
  }

  v8::Context::Scope context_scope(context);
  v8::TryCatch try_catch(isolate_);
  mediacapture::InstallOptions interface_options;
  interface_options.secure_context = options.secure_context;
  if (!InstallInterfaces(context, interface_options)) {
    if (try_catch.HasCaught())
      try_catch.ReThrow();
    else
      ThrowError(isolate_, "mediacapture.install: InstallInterfaces failed");
    return false;
  }

  auto installation = std::make_unique<Installation>();
  installation->context.Reset(isolate_, context);
  installation->permissions = std::make_unique<ScriptPermissionDelegate>(
      isolate_, options.permission, options.permission_function, task_runner_);
  installation->warning = std::make_shared<WarningHook>(
      isolate_, options.on_warning.IsEmpty() ? emit_warning_.Get(isolate_)
                                             : options.on_warning);

  MediaContextOptions media_options;
  media_options.origin = options.origin;
  media_options.secure_context = options.secure_context;
  media_options.task_runner = task_runner_;
  media_options.permission_delegate = installation->permissions.get();
  media_options.profile_dir = options.profile_dir;
  if (options.fake_devices) {
    media_options.devices.source = DeviceOptions::Source::kFake;
    media_options.devices.fake_options = options.fake_options;
  }
  std::shared_ptr<WarningHook> warning = installation->warning;
  media_options.on_warning = [warning](const std::string& message) {
    warning->Warn(message);
  };
  std::string error;
  if (!InstallMediaContext(context, media_options, &error)) {
    installation->warning->Reset();
    if (try_catch.HasCaught())
      try_catch.ReThrow();
    else
      ThrowError(isolate_, "mediacapture.install: " + error);
    return false;
  }
  installations_.push_back(std::move(installation));
  return true;
}

AddonState::State AddonState::StateOf(v8::Local<v8::Context> context) {
  for (const auto& installation : installations_) {
    if (installation->context.Get(isolate_) == context)
      return State::kInstalled;
  }
  bool marked = false;
  if (!context->Global()->HasPrivate(context, InstalledMark()).To(&marked) ||
      !marked)
    return State::kNever;
  return State::kUninstalled;
}

void AddonState::Uninstall(v8::Local<v8::Context> context) {
  for (size_t i = 0; i < installations_.size(); ++i) {
    if (installations_[i]->context.Get(isolate_) == context) {
      UninstallAt(i);
      return;
    }
  }
}

void AddonState::UninstallAll() {
  while (!installations_.empty())
    UninstallAt(installations_.size() - 1);
}

void AddonState::UninstallAt(size_t index) {
  std::unique_ptr<Installation> installation = std::move(installations_[index]);
  installations_.erase(installations_.begin() + index);
  v8::HandleScope scope(isolate_);
  v8::Local<v8::Context> context = installation->context.Get(isolate_);
  {
    v8::Context::Scope context_scope(context);
    // Ends every capture (no event fires) and removes the context's
    // pending activities: the loop may go idle.
    UninstallMediaContext(context);
  }
  installation->permissions->Shutdown();
  installation->warning->Reset();
  installation->context.Reset();
}

// static
void AddonState::OnEnvironmentCleanup(void* data) {
  auto* state = static_cast<AddonState*>(data);
  v8::Isolate* isolate = state->isolate_;
  {
    // Node.js runs cleanup hooks under a SealHandleScope.
    v8::HandleScope scope(isolate);
    state->UninstallAll();
    if (state->attached_) {
      SetExceptionReporter(isolate, nullptr);
      DetachFromIsolate(isolate);
    }
    state->report_exception_.Reset();
    state->emit_warning_.Reset();
    state->task_runner_->Close();
    state->task_runner_ = nullptr;
  }
  {
    std::lock_guard<std::mutex> hold(RegistryLock());
    Registry().erase(isolate);
  }
  delete state;
}

// static
void AddonState::ReportException(v8::Isolate* isolate,
                                 v8::Local<v8::Value> exception,
                                 v8::Local<v8::Message>) {
  AddonState* state = Get(isolate);
  if (state && !state->report_exception_.IsEmpty()) {
    v8::HandleScope scope(isolate);
    // index.js rethrows it from process.nextTick, as an uncaught exception.
    if (CallHook(isolate, state->report_exception_.Get(isolate), exception)
            .IsEmpty())
      return;
  }
  v8::String::Utf8Value text(isolate, exception);
  fprintf(stderr, "Uncaught %s\n", *text ? *text : "exception");
}

}  // namespace nodejs
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/pulse_device_factory.h"

#include <pulse/introspect.h>

#include <algorithm>
#include <map>
#include <utility>

#include "platform/pulse/pulse_capture_device.h"

namespace mediacapture {

namespace {

// How long one introspection query may take. A local server answers in
// well under a millisecond; this only bounds a stuck one.
constexpr int kQueryTimeoutMs = 1000;

struct SourceListResult {
  std::vector<PulseSourceInfo> sources;
  PulseContext* context;
};

void OnSourceInfo(pa_context* c,
                  const pa_source_info* info,
                  int eol,
                  void* userdata) {
  (void)c;
  auto* result = static_cast<SourceListResult*>(userdata);
  if (eol == 0 && info)
    result->sources.push_back(PulseSourceInfo::FromPa(*info));
  if (eol)
    result->context->Signal();
}

struct ModuleListResult {
  std::map<uint32_t, std::pair<std::string, std::string>> modules;
};

void OnModuleInfo(pa_context* c,
                  const pa_module_info* info,
                  int eol,
                  void* userdata) {
  (void)c;
  auto* result = static_cast<ModuleListResult*>(userdata);
  if (eol == 0 && info) {
    result->modules[info->index] = {info->name ? info->name : "",
                                    info->argument ? info->argument : ""};
  }
}

void OnServerInfo(pa_context* c, const pa_server_info* info, void* userdata) {
  (void)c;
  auto* name = static_cast<std::string*>(userdata);
  if (info && info->default_source_name)
    *name = info->default_source_name;
}

}  // namespace

PulseDeviceFactory::PulseDeviceFactory(const Options& options)
    : options_(options) {
  Status status;
  context_ = PulseContext::Create(options_.context, &status);
  if (!context_) {
    unreported_warning_ = "PulseAudio: " + status.message();
    ReportWarning();
  }
}

PulseDeviceFactory::~PulseDeviceFactory() {
  SetDeviceChangeObserver(nullptr);
  if (context_) {
    PulseContext::Lock lock(context_.get());
    context_->RemoveListener(this);
    if (pending_server_info_) {
      pa_operation_cancel(pending_server_info_);
      pa_operation_unref(pending_server_info_);
      pending_server_info_ = nullptr;
    }
  }
}

Status PulseDeviceFactory::Connect() {
  Status status = context_->EnsureConnected();
  if (!status.ok() && !reported_no_server_) {
    reported_no_server_ = true;
    unreported_warning_ = status.message() + "; no microphones from PulseAudio";
  }
  return status;
}

void PulseDeviceFactory::ReportWarning() {
  if (unreported_warning_.empty())
    return;
  std::string warning = std::move(unreported_warning_);
  unreported_warning_.clear();
  if (options_.on_warning)
    options_.on_warning(warning);
}

std::vector<PulseSourceInfo> PulseDeviceFactory::QuerySources(Status* status) {
  std::vector<PulseSourceInfo> sources = ListSources(status);
  // Outside the lock: the embedder's callback may do anything.
  ReportWarning();
  return sources;
}

std::vector<PulseSourceInfo> PulseDeviceFactory::ListSources(Status* status) {
  std::vector<PulseSourceInfo> sources;
  if (!context_) {
    *status = Status::Error(ErrorCategory::kInternal, kPulseMainloopFailed,
                            "no PulseAudio mainloop");
    return sources;
  }
  if (context_->InMainloopThread()) {
    *status = Status::Error(ErrorCategory::kInternal, kPulseQueryFailed,
                            "enumerating from the PulseAudio thread");
    return sources;
  }
  PulseContext::Lock lock(context_.get());
  *status = Connect();
  if (!status->ok())
    return sources;

  std::string default_source;
  SourceListResult source_list{{}, context_.get()};
  ModuleListResult module_list;
  pa_context* context = context_->ready_context();
  // Three queries in flight at once; the server answers them in order.
  pa_operation* server_op =
      pa_context_get_server_info(context, &OnServerInfo, &default_source);
  pa_operation* source_op =
      pa_context_get_source_info_list(context, &OnSourceInfo, &source_list);
  pa_operation* module_op =
      pa_context_get_module_info_list(context, &OnModuleInfo, &module_list);
  bool ok = context_->WaitForOperation(server_op, kQueryTimeoutMs);
  ok = context_->WaitForOperation(source_op, kQueryTimeoutMs) && ok;
  ok = context_->WaitForOperation(module_op, kQueryTimeoutMs) && ok;
  if (!ok) {
    *status = Status::Error(
        ErrorCategory::kInternal, kPulseQueryFailed,
        "PulseAudio did not list its sources: " + context_->LastError());
    return sources;
  }
  default_source_ = default_source;

  for (PulseSourceInfo& source : source_list.sources) {
    if (source.is_monitor && !options_.include_monitors)
      continue;
    auto module = module_list.modules.find(source.owner_module);
    if (module != module_list.modules.end()) {
      source.module_name = module->second.first;
      source.module_arguments = module->second.second;
    }
    sources.push_back(std::move(source));
  }
  // The default first; the others in the server's (index) order.
  std::stable_partition(sources.begin(), sources.end(),
                        [&](const PulseSourceInfo& source) {
                          return source.name == default_source;
                        });
  *status = Status::Ok();
  return sources;
}

std::vector<DeviceDescriptor> PulseDeviceFactory::Enumerate() {
  Status status;
  std::vector<PulseSourceInfo> sources = QuerySources(&status);
  std::vector<DeviceDescriptor> devices;
  std::string default_source;
  if (context_) {
    PulseContext::Lock lock(context_.get());
    default_source = default_source_;
  }
  for (const PulseSourceInfo& source : sources) {
    devices.push_back(
        MakePulseDeviceDescriptor(source, source.name == default_source));
  }
  return devices;
}

std::unique_ptr<CaptureDevice> PulseDeviceFactory::Open(
    const std::string& raw_id,
    Status* status) {
  std::vector<PulseSourceInfo> sources = QuerySources(status);
  if (!status->ok()) {
    *status = Status::Error(ErrorCategory::kNotFound, status->code(),
                            status->message());
    return nullptr;
  }
  bool found = std::any_of(
      sources.begin(), sources.end(),
      [&](const PulseSourceInfo& source) { return source.name == raw_id; });
  if (!found) {
    *status = Status::Error(ErrorCategory::kNotFound, kPulseSourceNotFound,
                            "no PulseAudio source named " + raw_id);
    return nullptr;
  }
  *status = Status::Ok();
  return std::make_unique<PulseCaptureDevice>(context_, raw_id);
}

void PulseDeviceFactory::SetDeviceChangeObserver(
    DeviceChangeObserver* observer) {
  if (!context_)
    return;
  {
    PulseContext::Lock lock(context_.get());
    if (observer && !observer_) {
      // Connect first, so that this connection is not reported as a change.
      if (!context_->InMainloopThread())
        Connect();
      context_->AddListener(this);
      context_->AddReconnectRequest();
    } else if (!observer && observer_) {
      context_->RemoveListener(this);
      context_->RemoveReconnectRequest();
    }
    observer_ = observer;
  }
  ReportWarning();
}

void PulseDeviceFactory::NotifyDevicesChanged() {
  if (observer_)
    observer_->OnDevicesChanged();
}

void PulseDeviceFactory::OnSourceAdded(uint32_t index) {
  (void)index;
  NotifyDevicesChanged();
}

void PulseDeviceFactory::OnSourceRemoved(uint32_t index) {
  (void)index;
  NotifyDevicesChanged();
}

void PulseDeviceFactory::OnServerChanged() {
  // Server events also come for a changed default sink; only a new default
  // source reorders the list. Ask, and compare.
  pa_context* context = context_->ready_context();
  if (!context || pending_server_info_)
    return;
  pending_server_info_ = pa_context_get_server_info(
      context,
      [](pa_context* c, const pa_server_info* info, void* userdata) {
        (void)c;
        auto* self = static_cast<PulseDeviceFactory*>(userdata);
        if (self->pending_server_info_) {
          pa_operation_unref(self->pending_server_info_);
          self->pending_server_info_ = nullptr;
        }
        std::string name = info && info->default_source_name
                               ? info->default_source_name
                               : std::string();
        if (name != self->default_source_) {
          self->default_source_ = name;
          self->NotifyDevicesChanged();
        }
      },
      this);
}

void PulseDeviceFactory::OnConnected() {
  // Only reconnections reach here with an observer set (see
  // SetDeviceChangeObserver()): the server's sources are back.
  NotifyDevicesChanged();
}

void PulseDeviceFactory::OnConnectionLost() {
  if (pending_server_info_) {
    pa_operation_unref(pending_server_info_);
    pending_server_info_ = nullptr;
  }
  // Every source is gone with the server.
  NotifyDevicesChanged();
}

}  // namespace mediacapture

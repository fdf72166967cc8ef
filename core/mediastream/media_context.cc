// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/media_context.h"

#include <algorithm>
#include <utility>

#include "core/mediastream/media_devices.h"
#include "core/mediastream/media_stream_track.h"

namespace mediacapture {

// Receives the factories' notifications on any thread and posts them to the
// JS thread; after Shutdown() the posted task does nothing.
class MediaContext::DeviceChangeRelay : public DeviceChangeObserver {
 public:
  DeviceChangeRelay(MediaContext* context,
                    TaskRunner* task_runner,
                    WeakFlag::Weak alive)
      : context_(context),
        task_runner_(task_runner),
        alive_(std::move(alive)) {}

  void OnDevicesChanged() override {
    WeakFlag::Weak alive = alive_;
    MediaContext* context = context_;
    task_runner_->PostTask([alive, context] {
      if (alive.IsAlive())
        context->OnDevicesChangedFromAnyThread();
    });
  }

 private:
  MediaContext* const context_;
  TaskRunner* const task_runner_;
  const WeakFlag::Weak alive_;
};

namespace {

std::string PermissionFile(const std::string& profile_dir) {
  return profile_dir.empty() ? std::string()
                             : profile_dir + "/media_permissions.txt";
}

// "match ... and have the same order": what script sees of each entry.
bool SameExposedList(const std::vector<DeviceInfo>& a,
                     const std::vector<DeviceInfo>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                    [](const DeviceInfo& x, const DeviceInfo& y) {
                      return x.kind == y.kind && x.device_id == y.device_id &&
                             x.group_id == y.group_id && x.label == y.label;
                    });
}

}  // namespace

// static
scoped_refptr<MediaContext> MediaContext::Create(MediaContextConfig config) {
  return scoped_refptr<MediaContext>(new MediaContext(std::move(config)));
}

MediaContext::MediaContext(MediaContextConfig config)
    : config_(std::move(config)), ids_([this] {
        std::string warning;
        DeviceIdGenerator ids =
            DeviceIdGenerator::ForProfile(config_.profile_dir, &warning);
        if (!warning.empty() && config_.on_warning)
          config_.on_warning(warning);
        return ids;
      }()) {
  for (const auto& factory : config_.factories)
    factories_.push_back(factory.get());
  std::unique_ptr<PermissionStore> store;
  if (!config_.profile_dir.empty()) {
    store =
        std::make_unique<PermissionStore>(PermissionFile(config_.profile_dir));
    store->SetWarningCallback(config_.on_warning);
  }
  permissions_ = std::make_unique<PermissionController>(
      config_.permission_delegate, config_.task_runner, std::move(store));
  permissions_->AddObserver(this);
  if (config_.on_warning) {
    for (const std::string& warning : permissions_->load_warnings())
      config_.on_warning(warning);
  }
  processor_ = std::make_unique<UserMediaProcessor>(
      factories_, permissions_.get(), &ids_, config_.task_runner);
  relay_ = std::make_unique<DeviceChangeRelay>(this, config_.task_runner,
                                               alive_.GetWeak());
  for (DeviceFactory* factory : factories_)
    factory->SetDeviceChangeObserver(relay_.get());
}

MediaContext::~MediaContext() {
  Shutdown();
}

void MediaContext::Shutdown() {
  if (shut_down_)
    return;
  shut_down_ = true;
  alive_.Invalidate();
  for (DeviceFactory* factory : factories_)
    factory->SetDeviceChangeObserver(nullptr);
  // Tracks remove themselves from |live_tracks_|.
  std::set<MediaStreamTrack*> tracks = live_tracks_;
  for (MediaStreamTrack* track : tracks)
    track->StopForShutdown();
  live_tracks_.clear();
  permission_observers_.clear();
  media_devices_ = nullptr;
  // Pending requests and prompts go with them; their callbacks never run.
  processor_.reset();
  if (permissions_)
    permissions_->RemoveObserver(this);
  permissions_.reset();
  // Sources stopped above; the devices' factories go last.
  factories_.clear();
  config_.factories.clear();
}

void MediaContext::AddLiveTrack(MediaStreamTrack* track) {
  live_tracks_.insert(track);
}

void MediaContext::RemoveLiveTrack(MediaStreamTrack* track) {
  live_tracks_.erase(track);
}

DeviceExposure MediaContext::Exposure() const {
  // https://w3c.github.io/mediacapture-main/#camera-information-can-be-exposed,
  // #microphone-information-can-be-exposed.
  DeviceExposure exposure;
  exposure.camera = can_expose_camera_info_;
  exposure.microphone = can_expose_microphone_info_;
  for (const MediaStreamTrack* track : live_tracks_) {
    if (track->is_video())
      exposure.camera = true;
    else
      exposure.microphone = true;
  }
  return exposure;
}

void MediaContext::SetDeviceInformationExposure(bool video,
                                                bool audio,
                                                bool value) {
  if (video)
    can_expose_camera_info_ = value;
  if (audio)
    can_expose_microphone_info_ = value;
}

bool MediaContext::GetUserMediaSpecificFailureAllowed() const {
  if (!permissions_)
    return true;
  for (MediaPermission name :
       {MediaPermission::kCamera, MediaPermission::kMicrophone}) {
    if (permissions_->GetState(origin(), name) == PermissionState::kDenied)
      return false;
  }
  return true;
}

std::vector<DeviceInfo> MediaContext::DeviceInfoList(
    std::vector<DeviceDescriptor>* devices) const {
  devices->clear();
  if (processor_)
    *devices = processor_->EnumerateDevices();
  return CreateDeviceInfoList(*devices, origin(), ids_, Exposure());
}

void MediaContext::SetMediaDevices(MediaDevices* media_devices) {
  media_devices_ = media_devices;
  if (media_devices_ && processor_)
    stored_devices_ = processor_->EnumerateDevices();
}

void MediaContext::AddPermissionObserver(PermissionObserver* observer) {
  permission_observers_.push_back(observer);
}

void MediaContext::RemovePermissionObserver(PermissionObserver* observer) {
  permission_observers_.erase(
      std::remove(permission_observers_.begin(), permission_observers_.end(),
                  observer),
      permission_observers_.end());
}

void MediaContext::NotifyNoDevices() {
  if (config_.on_no_devices)
    config_.on_no_devices();
}

void MediaContext::OnDevicesChangedFromAnyThread() {
  // Called on the JS thread by the relay's task, despite the name: the
  // factories' own calls arrive on any thread and are posted here.
  if (shut_down_ || device_change_pending_)
    return;
  device_change_pending_ = true;
  WeakFlag::Weak alive = alive_.GetWeak();
  // The devicechange event to come is something script may wait for: the
  // loop must not exit before it (a host such as Node.js lets delayed tasks
  // alone end its loop). The task runner outlives the contexts that use it.
  TaskRunner* task_runner = config_.task_runner;
  task_runner->AddPendingActivity();
  task_runner->PostDelayedTask(
      [alive, this, task_runner] {
        task_runner->RemovePendingActivity();
        if (alive.IsAlive())
          OnDeviceChangeTimer();
      },
      config_.device_change_delay_ms);
}

// https://w3c.github.io/mediacapture-main/#ref-for-dfn-device-change-notification-steps
void MediaContext::OnDeviceChangeTimer() {
  device_change_pending_ = false;
  if (shut_down_)
    return;
  EndTracksOfRemovedRelinquishedDevices();
  if (!media_devices_)
    return;
  // lastExposedDevices and newExposedDevices, both with the exposure of
  // now.
  DeviceExposure exposure = Exposure();
  std::vector<DeviceInfo> last =
      CreateDeviceInfoList(stored_devices_, origin(), ids_, exposure);
  std::vector<DeviceDescriptor> devices = processor_->EnumerateDevices();
  std::vector<DeviceInfo> infos =
      CreateDeviceInfoList(devices, origin(), ids_, exposure);
  std::set<std::string> before;
  for (const DeviceDescriptor& device : stored_devices_)
    before.insert(device.raw_id);
  // See the header: stored on every run, not only when firing.
  stored_devices_ = devices;
  if (SameExposedList(infos, last))
    return;
  std::vector<bool> inserted;
  for (const DeviceInfo& info : infos) {
    inserted.push_back(info.descriptor && !info.device_id.empty() &&
                       !before.count(info.descriptor->raw_id));
  }
  scoped_refptr<MediaDevices> target = media_devices_;
  target->FireDeviceChange(infos, inserted);
}

void MediaContext::EndTracksOfRemovedRelinquishedDevices() {
  // A relinquished device (capture_source.h) is closed, so nothing reports
  // that it was unplugged; "The UA MAY end it earlier should it detect a
  // device problem, like the device being physically removed"
  // (https://w3c.github.io/mediacapture-main/#life-cycle-and-media-flow):
  // its tracks end now rather than when one is enabled again.
  std::set<std::pair<DeviceKind, std::string>> present;
  for (const DeviceDescriptor& device : processor_->EnumerateDevices())
    present.insert({device.kind, device.raw_id});
  std::vector<scoped_refptr<MediaStreamTrack>> to_end;
  for (MediaStreamTrack* track : live_tracks_) {
    DeviceKind kind =
        track->is_video() ? DeviceKind::kVideoInput : DeviceKind::kAudioInput;
    if (!track->device_open() && !present.count({kind, track->raw_device_id()}))
      to_end.push_back(track);
  }
  for (const auto& track : to_end)
    track->EndByUserAgent();
}

void MediaContext::OnPermissionChanged(const std::string& origin,
                                       MediaPermission name,
                                       PermissionState state) {
  if (shut_down_ || origin != config_.origin)
    return;
  // https://w3c.github.io/mediacapture-main/#set-device-information-exposure:
  // "A User Agent MAY at any point set the device information exposure back
  // to false"; we do once the kind is no longer granted (see the header).
  if (state != PermissionState::kGranted) {
    SetDeviceInformationExposure(name == MediaPermission::kCamera,
                                 name == MediaPermission::kMicrophone, false);
  }
  // https://w3c.github.io/mediacapture-main/#ref-for-dfn-permission-revocation-algorithm
  if (state == PermissionState::kDenied) {
    bool video = name == MediaPermission::kCamera;
    std::vector<scoped_refptr<MediaStreamTrack>> to_end;
    for (MediaStreamTrack* track : live_tracks_) {
      if (track->is_video() == video)
        to_end.push_back(track);
    }
    for (const auto& track : to_end)
      track->EndByUserAgent();
  }
  std::vector<PermissionObserver*> observers = permission_observers_;
  for (PermissionObserver* observer : observers) {
    if (std::find(permission_observers_.begin(), permission_observers_.end(),
                  observer) != permission_observers_.end())
      observer->OnPermissionChanged(name, state);
  }
}

}  // namespace mediacapture

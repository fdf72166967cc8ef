// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/capture_source.h"

#include <algorithm>

namespace mediacapture {

CaptureSource::CaptureSource(DeviceDescriptor descriptor,
                             std::unique_ptr<CaptureDevice> device,
                             TaskRunner* task_runner)
    : descriptor_(std::move(descriptor)),
      device_(std::move(device)),
      task_runner_(task_runner) {}

CaptureSource::~CaptureSource() {
  Stop();
}

Status CaptureSource::StartVideo(const VideoCaptureParams& params) {
  if (started_ || ended_)
    return Status::Error(ErrorCategory::kInternal, 0,
                         "the source was already started");
  Status status = device_->StartVideo(params, this);
  if (!status.ok())
    return status;
  video_params_ = params;
  started_ = true;
  task_runner_->AddPendingActivity();
  return status;
}

Status CaptureSource::StartAudio(const AudioCaptureParams& params) {
  if (started_ || ended_)
    return Status::Error(ErrorCategory::kInternal, 0,
                         "the source was already started");
  Status status = device_->StartAudio(params, this);
  if (!status.ok())
    return status;
  audio_params_ = params;
  started_ = true;
  task_runner_->AddPendingActivity();
  return status;
}

Status CaptureSource::RestartVideo(
    const VideoCaptureParams& params,
    const std::function<std::unique_ptr<CaptureDevice>()>& open) {
  if (!started_ || ended_)
    return Status::Error(ErrorCategory::kInternal, 0,
                         "the source is not running");
  // Joins the capture thread; the pending activity stays counted.
  StopDevice();
  device_.reset();
  Status status = Status::Error(ErrorCategory::kNotFound, 0,
                                "the device cannot be opened again");
  if (std::unique_ptr<CaptureDevice> fresh = open()) {
    status = fresh->StartVideo(params, this);
    if (status.ok()) {
      device_ = std::move(fresh);
      video_params_ = params;
      UpdateDeviceUse();
      return status;
    }
  }
  std::unique_ptr<CaptureDevice> again = open();
  if (again && again->StartVideo(video_params_, this).ok()) {
    device_ = std::move(again);
    UpdateDeviceUse();
  } else {
    End();
  }
  return status;
}

void CaptureSource::SetReopener(Reopener reopen, int64_t relinquish_delay_ms) {
  reopen_ = std::move(reopen);
  relinquish_delay_ms_ = relinquish_delay_ms;
  UpdateDeviceUse();
}

void CaptureSource::OnTrackEnabledChanged() {
  enabled_track_count_ = 0;
  for (auto& [serial, track] : tracks_) {
    track.enabled = track.delivery->enabled();
    enabled_track_count_ += track.enabled;
  }
  UpdateDeviceUse();
}

bool CaptureSource::AnyTrackEnabled() const {
  return enabled_track_count_ > 0;
}

void CaptureSource::UpdateDeviceUse() {
  if (!reopen_ || !started_ || ended_ || tracks_.empty())
    return;
  // A device that muted itself stays open: see the header.
  if (AnyTrackEnabled() || muted_) {
    CancelRelinquish();
    if (!device_ && !reacquire_scheduled_) {
      reacquire_scheduled_ = true;
      std::weak_ptr<CaptureSource> weak = weak_from_this();
      task_runner_->PostTask([weak] {
        if (auto source = weak.lock()) {
          source->reacquire_scheduled_ = false;
          source->Reacquire();
        }
      });
    }
    return;
  }
  if (!device_ || relinquish_scheduled_)
    return;
  relinquish_scheduled_ = true;
  uint64_t generation = ++relinquish_generation_;
  std::weak_ptr<CaptureSource> weak = weak_from_this();
  task_runner_->PostDelayedTask(
      [weak, generation] {
        auto source = weak.lock();
        if (!source || source->relinquish_generation_ != generation)
          return;
        source->relinquish_scheduled_ = false;
        source->Relinquish();
      },
      relinquish_delay_ms_);
}

void CaptureSource::CancelRelinquish() {
  if (!relinquish_scheduled_)
    return;
  relinquish_scheduled_ = false;
  ++relinquish_generation_;
}

void CaptureSource::Relinquish() {
  if (!device_ || !started_ || ended_ || tracks_.empty() || AnyTrackEnabled() ||
      muted_)
    return;
  // Joins the capture thread and closes the device: the camera light goes
  // off. The pending activity stays: the tracks are live.
  StopDevice();
  device_.reset();
}

void CaptureSource::Reacquire() {
  if (device_ || !started_ || ended_ || !reopen_ || !AnyTrackEnabled())
    return;
  Status status;
  std::unique_ptr<CaptureDevice> fresh = reopen_(&status);
  if (fresh) {
    status = descriptor_.kind == DeviceKind::kVideoInput
                 ? fresh->StartVideo(video_params_, this)
                 : fresh->StartAudio(audio_params_, this);
    if (status.ok()) {
      device_ = std::move(fresh);
      return;
    }
  }
  // https://w3c.github.io/mediacapture-main/#life-cycle-and-media-flow:
  // "If reacquiring the device fails, the UA MUST end the track".
  End();
}

void CaptureSource::StopDevice() {
  if (!device_)
    return;
  device_->Stop();
  ++device_epoch_;
}

void CaptureSource::AddTrack(Observer* observer,
                             std::shared_ptr<TrackDelivery> delivery) {
  // A track is on its source once (MediaStreamTrack adds itself when made).
  if (serials_.count(observer))
    return;
  uint64_t serial = ++last_track_serial_;
  bool enabled = delivery->enabled();
  tracks_.emplace(serial, Track{observer, delivery, enabled});
  serials_.emplace(observer, serial);
  enabled_track_count_ += enabled;
  {
    std::lock_guard<std::mutex> lock(deliveries_lock_);
    deliveries_.emplace(serial, std::move(delivery));
  }
  UpdateDeviceUse();
}

void CaptureSource::RemoveTrack(Observer* observer) {
  auto found = serials_.find(observer);
  if (found == serials_.end())
    return;
  uint64_t serial = found->second;
  serials_.erase(found);
  auto it = tracks_.find(serial);
  enabled_track_count_ -= it->second.enabled;
  {
    std::lock_guard<std::mutex> lock(deliveries_lock_);
    deliveries_.erase(serial);
  }
  tracks_.erase(it);
  if (tracks_.empty())
    Stop();
  else
    UpdateDeviceUse();
}

void CaptureSource::EndForTesting() {
  End();
}

void CaptureSource::Stop() {
  if (!started_)
    return;
  started_ = false;
  CancelRelinquish();
  // Joins the capture thread: no client call runs after this.
  StopDevice();
  task_runner_->RemovePendingActivity();
}

void CaptureSource::End() {
  if (ended_)
    return;
  ended_ = true;
  Stop();
  NotifyTracks([](Observer* observer, bool) { observer->OnSourceEnded(); },
               false);
}

void CaptureSource::NotifyTracks(void (*notify)(Observer*, bool), bool value) {
  // An observer told may remove others, or let them be freed (an `ended`
  // listener drops a clone and collects garbage): each is told only while
  // it is still on the source. Serials only grow, so the next one to tell
  // is the first above the last told: O(log n) a step, whatever was
  // removed or added meanwhile; tracks added meanwhile are not told.
  const uint64_t last = last_track_serial_;
  uint64_t next = 0;
  while (true) {
    auto it = tracks_.lower_bound(next);
    if (it == tracks_.end() || it->first > last)
      return;
    next = it->first + 1;
    notify(it->second.observer, value);
  }
}

void CaptureSource::SetMuted(bool muted) {
  if (ended_ || muted_ == muted)
    return;
  muted_ = muted;
  // As in End(): observers may go away while others are told.
  NotifyTracks(
      [](Observer* observer, bool muted) { observer->OnSourceMuted(muted); },
      muted);
  UpdateDeviceUse();
}

void CaptureSource::OnVideoFrame(const VideoFramePtr& frame) {
  std::lock_guard<std::mutex> lock(deliveries_lock_);
  for (const auto& [serial, delivery] : deliveries_)
    delivery->DeliverVideoFrame(*frame);
}

void CaptureSource::OnAudioBlock(const AudioBlock& block) {
  std::lock_guard<std::mutex> lock(deliveries_lock_);
  for (const auto& [serial, delivery] : deliveries_)
    delivery->DeliverAudioBlock(block);
}

void CaptureSource::OnError(const Status& status) {
  (void)status;
  std::weak_ptr<CaptureSource> weak = weak_from_this();
  uint64_t epoch = device_epoch_;
  task_runner_->PostTask([weak, epoch] {
    auto source = weak.lock();
    // A device stopped since (relinquished, restarted) reported it.
    if (source && source->device_epoch_ == epoch)
      source->End();
  });
}

void CaptureSource::OnMuted(bool muted) {
  std::weak_ptr<CaptureSource> weak = weak_from_this();
  uint64_t epoch = device_epoch_;
  task_runner_->PostTask([weak, muted, epoch] {
    auto source = weak.lock();
    if (source && source->device_epoch_ == epoch)
      source->SetMuted(muted);
  });
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.

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
  device_->Stop();
  Status status = Status::Error(ErrorCategory::kNotFound, 0,
                                "the device cannot be opened again");
  if (std::unique_ptr<CaptureDevice> fresh = open()) {
    status = fresh->StartVideo(params, this);
    if (status.ok()) {
      device_ = std::move(fresh);
      video_params_ = params;
      return status;
    }
  }
  std::unique_ptr<CaptureDevice> again = open();
  if (again && again->StartVideo(video_params_, this).ok()) {
    device_ = std::move(again);
  } else {
    End();
  }
  return status;
}

void CaptureSource::AddTrack(Observer* observer,
                             std::shared_ptr<TrackDelivery> delivery) {
  tracks_.push_back(Track{observer, delivery});
  std::lock_guard<std::mutex> lock(deliveries_lock_);
  deliveries_.push_back(std::move(delivery));
}

void CaptureSource::RemoveTrack(Observer* observer) {
  auto it = std::find_if(
      tracks_.begin(), tracks_.end(),
      [observer](const Track& track) { return track.observer == observer; });
  if (it == tracks_.end())
    return;
  {
    std::lock_guard<std::mutex> lock(deliveries_lock_);
    deliveries_.erase(
        std::remove(deliveries_.begin(), deliveries_.end(), it->delivery),
        deliveries_.end());
  }
  tracks_.erase(it);
  if (tracks_.empty())
    Stop();
}

void CaptureSource::EndForTesting() {
  End();
}

void CaptureSource::Stop() {
  if (!started_)
    return;
  started_ = false;
  // Joins the capture thread: no client call runs after this.
  device_->Stop();
  task_runner_->RemovePendingActivity();
}

void CaptureSource::End() {
  if (ended_)
    return;
  ended_ = true;
  Stop();
  // Observers may remove themselves while told.
  std::vector<Track> tracks = tracks_;
  for (const Track& track : tracks)
    track.observer->OnSourceEnded();
}

void CaptureSource::SetMuted(bool muted) {
  if (ended_ || muted_ == muted)
    return;
  muted_ = muted;
  std::vector<Track> tracks = tracks_;
  for (const Track& track : tracks)
    track.observer->OnSourceMuted(muted);
}

void CaptureSource::OnVideoFrame(const VideoFramePtr& frame) {
  std::lock_guard<std::mutex> lock(deliveries_lock_);
  for (const auto& delivery : deliveries_)
    delivery->DeliverVideoFrame(*frame);
}

void CaptureSource::OnAudioBlock(const AudioBlock& block) {
  std::lock_guard<std::mutex> lock(deliveries_lock_);
  for (const auto& delivery : deliveries_)
    delivery->DeliverAudioBlock(block);
}

void CaptureSource::OnError(const Status& status) {
  (void)status;
  std::weak_ptr<CaptureSource> weak = weak_from_this();
  task_runner_->PostTask([weak] {
    if (auto source = weak.lock())
      source->End();
  });
}

void CaptureSource::OnMuted(bool muted) {
  std::weak_ptr<CaptureSource> weak = weak_from_this();
  task_runner_->PostTask([weak, muted] {
    if (auto source = weak.lock())
      source->SetMuted(muted);
  });
}

}  // namespace mediacapture

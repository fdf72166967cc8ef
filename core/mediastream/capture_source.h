// Copyright 2026 The mediacapture authors. All rights reserved.

#ifndef CORE_MEDIASTREAM_CAPTURE_SOURCE_H_
#define CORE_MEDIASTREAM_CAPTURE_SOURCE_H_

#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "core/mediastream/track_delivery.h"
#include "mediacapture/task_runner.h"
#include "platform/capture/capture_device.h"
#include "platform/capture/device_descriptor.h"

namespace mediacapture {

// One opened device, shared by every track on it
// (https://w3c.github.io/mediacapture-main/#dfn-source): frames and audio
// go from the capture thread straight to each track's TrackDelivery; state
// changes (the device lost, muted, unmuted) are posted to the JS thread and
// told to each track's Observer there. The device stops when the last track
// leaves, or when it ends.
//
// While started, the source holds a pending activity on the TaskRunner, so
// an embedder's loop stays alive while capture is live.
//
// Lives on the JS thread (construction, Start, tracks, Stop); the
// CaptureDeviceClient methods run on the capture thread. Held by
// std::shared_ptr (posted tasks keep a weak reference).
class CaptureSource : public CaptureDeviceClient,
                      public std::enable_shared_from_this<CaptureSource> {
 public:
  // A track on the source. JS thread.
  class Observer {
   public:
    virtual ~Observer() = default;
    // The device ended (unplugged, failed, permission revoked): the track
    // must end and fire `ended`.
    virtual void OnSourceEnded() = 0;
    // The device stopped (true) or resumed (false) delivering.
    virtual void OnSourceMuted(bool muted) = 0;
  };

  CaptureSource(DeviceDescriptor descriptor,
                std::unique_ptr<CaptureDevice> device,
                TaskRunner* task_runner);
  CaptureSource(const CaptureSource&) = delete;
  CaptureSource& operator=(const CaptureSource&) = delete;
  ~CaptureSource() override;

  Status StartVideo(const VideoCaptureParams& params);
  Status StartAudio(const AudioCaptureParams& params);
  // Restarts a started video source in another mode (applyConstraints() on
  // its only track): stops the device and starts one from |open| (a device
  // may not start twice) with |params|. If that fails, the old mode is
  // restored on another device from |open| and the error returned; if that
  // fails too, the source ends.
  Status RestartVideo(
      const VideoCaptureParams& params,
      const std::function<std::unique_ptr<CaptureDevice>()>& open);

  // Adds a track; |delivery| receives the source's output on the capture
  // thread from now on.
  void AddTrack(Observer* observer, std::shared_ptr<TrackDelivery> delivery);
  // Removes a track; the device stops when it was the last one.
  void RemoveTrack(Observer* observer);

  // Stops the device now and ends every track (as if it were lost).
  void EndForTesting();

  const DeviceDescriptor& descriptor() const { return descriptor_; }
  const VideoCaptureParams& video_params() const { return video_params_; }
  const AudioCaptureParams& audio_params() const { return audio_params_; }
  bool started() const { return started_; }
  bool ended() const { return ended_; }
  bool muted() const { return muted_; }
  size_t track_count() const { return tracks_.size(); }

  // CaptureDeviceClient, capture thread.
  void OnVideoFrame(const VideoFramePtr& frame) override;
  void OnAudioBlock(const AudioBlock& block) override;
  void OnError(const Status& status) override;
  void OnMuted(bool muted) override;

 private:
  struct Track {
    Observer* observer;
    std::shared_ptr<TrackDelivery> delivery;
  };

  void Stop();
  void End();
  void SetMuted(bool muted);

  const DeviceDescriptor descriptor_;
  std::unique_ptr<CaptureDevice> device_;
  TaskRunner* const task_runner_;
  VideoCaptureParams video_params_;
  AudioCaptureParams audio_params_;
  bool started_ = false;       // JS thread.
  bool ended_ = false;         // JS thread.
  bool muted_ = false;         // JS thread.
  std::vector<Track> tracks_;  // JS thread.

  // The capture thread's copy of the deliveries.
  std::mutex deliveries_lock_;
  std::vector<std::shared_ptr<TrackDelivery>> deliveries_;  // Under the lock.
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_CAPTURE_SOURCE_H_

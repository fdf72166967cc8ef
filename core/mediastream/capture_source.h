// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_MEDIASTREAM_CAPTURE_SOURCE_H_
#define CORE_MEDIASTREAM_CAPTURE_SOURCE_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <unordered_map>
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
// Relinquishing
// (https://w3c.github.io/mediacapture-main/#life-cycle-and-media-flow:
// when all tracks of a device are muted, disabled or stopped, "the UA
// SHOULD relinquish the device within 3 seconds while allowing time for a
// reasonably-observant user to become aware of the transition", and
// "SHOULD attempt to reacquire the device as soon as any live track [...]
// becomes both unmuted and enabled again"): once the source has a reopener
// (SetReopener()), it closes its device |relinquish_delay_ms| after the
// moment no track on it is enabled, and opens it again, in the same mode,
// in a task queued as soon as a track on it is enabled again (or a new
// enabled track joins). Firefox is the model: it turns a camera or
// microphone off a few seconds after its last track is disabled
// (media.getusermedia.camera.off_while_disabled.delay_ms, 3000 ms) and back
// on at once when one is enabled. Our choices:
//   - kRelinquishDelayMs is 2500 ms, not Firefox's 3000: the device must be
//     closed *within* 3 s, and the timer, a busy loop and joining the
//     capture thread take some of that. It is long enough for a user to see
//     the camera light stay on a moment after "camera off" (the
//     "reasonably-observant user") and to absorb quick off/on toggles
//     without reopening a camera, which can take a second.
//   - Only the tracks' enabled state counts. A device that muted itself (a
//     silent driver, a suspended PulseAudio source) is kept open even when
//     its tracks are disabled: it is the only one that can tell us it is
//     back, and it does so only while open.
//   - While relinquished nothing changes for script: the tracks stay live,
//     disabled and unmuted, with the same settings and no event; their
//     sinks receive nothing (the last thing they got was black or silent).
//   - The document is always taken to have focus (the embedder has no
//     notion of focus), so a track is never muted instead of reacquired.
//   - Reopening fails (the device was unplugged, another application holds
//     it): the source ends and every track on it fires `ended`, as the spec
//     requires; nothing waits for the device to come back. A relinquished
//     device cannot report being unplugged; MediaContext ends its tracks
//     when the factories no longer list it (the spec's "MAY end it
//     earlier").
// Without a reopener (unit tests of other code), a source never
// relinquishes.
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

  // Opens the source's device again (for reacquiring and restarts); null
  // with |*status| saying why when it cannot. JS thread.
  using Reopener = std::function<std::unique_ptr<CaptureDevice>(Status*)>;

  // See the header comment.
  static constexpr int64_t kRelinquishDelayMs = 2500;

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
  // fails too, the source ends. A relinquished source opens its device
  // here, and relinquishes it again later if no track wants it.
  Status RestartVideo(
      const VideoCaptureParams& params,
      const std::function<std::unique_ptr<CaptureDevice>()>& open);

  // Lets the source relinquish its device while no track on it is enabled,
  // |relinquish_delay_ms| after the last one was disabled, and reacquire it
  // with |reopen|.
  void SetReopener(Reopener reopen,
                   int64_t relinquish_delay_ms = kRelinquishDelayMs);
  // A track on the source was enabled or disabled (its delivery's state):
  // the tracks' state is read again, O(n).
  void OnTrackEnabledChanged();

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
  // Started, not ended, and holding its device open.
  bool device_open() const { return started_ && !ended_ && device_ != nullptr; }
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
    // The delivery's enabled() when last looked at (AddTrack,
    // OnTrackEnabledChanged): what |enabled_track_count_| counts.
    bool enabled;
  };

  void Stop();
  void End();
  void SetMuted(bool muted);
  // Tells each observer on the source (in the order they were added)
  // through |notify|, skipping any removed meanwhile by an earlier one.
  void NotifyTracks(void (*notify)(Observer*, bool), bool value);
  // Whether any track on the source is enabled.
  bool AnyTrackEnabled() const;
  // Relinquishes or reacquires the device as the tracks' state asks.
  void UpdateDeviceUse();
  void CancelRelinquish();
  // Stops and closes the device (the tracks stay).
  void Relinquish();
  // Opens the device again in its mode; ends the source when it cannot.
  void Reacquire();
  // Stops |device_|, after which the reports it posted are dropped.
  void StopDevice();

  const DeviceDescriptor descriptor_;
  std::unique_ptr<CaptureDevice> device_;
  TaskRunner* const task_runner_;
  VideoCaptureParams video_params_;
  AudioCaptureParams audio_params_;
  bool started_ = false;  // JS thread.
  bool ended_ = false;    // JS thread.
  bool muted_ = false;    // JS thread.
  // The tracks by serial (the order they were added in; a serial also
  // tells an entry from a later one whose observer reuses the address),
  // and each observer's serial: adding, removing and finding a track take
  // O(log n) / O(1), so that stopping n clones takes O(n log n), not n^2.
  // JS thread.
  std::map<uint64_t, Track> tracks_;
  std::unordered_map<Observer*, uint64_t> serials_;
  size_t enabled_track_count_ = 0;  // JS thread.
  uint64_t last_track_serial_ = 0;  // JS thread.
  // Relinquishing, JS thread. |device_| is null while relinquished.
  Reopener reopen_;
  int64_t relinquish_delay_ms_ = kRelinquishDelayMs;
  bool relinquish_scheduled_ = false;
  bool reacquire_scheduled_ = false;
  // Bumped to cancel a scheduled relinquish.
  uint64_t relinquish_generation_ = 0;
  // Bumped (JS thread, while no capture thread runs) each time a device
  // stops; read on the capture thread, so that a stopped device's posted
  // reports (muted, failed) are dropped.
  std::atomic<uint64_t> device_epoch_{0};

  // The capture thread's copy of the deliveries.
  std::mutex deliveries_lock_;
  // By track serial. Under the lock.
  std::map<uint64_t, std::shared_ptr<TrackDelivery>> deliveries_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_CAPTURE_SOURCE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_CAPTURE_CAPTURE_DEVICE_H_
#define PLATFORM_CAPTURE_CAPTURE_DEVICE_H_

#include "platform/capture/capture_mode.h"
#include "platform/capture/status.h"
#include "platform/media/audio_block.h"
#include "platform/media/video_frame.h"

namespace mediacapture {

// Receives what an open device produces. Called on the device's capture
// thread (the V4L2 poll thread, the PulseAudio mainloop thread, a fake's
// timer thread), never on the JS thread: an implementation posts state
// changes to the JS thread itself.
class CaptureDeviceClient {
 public:
  virtual ~CaptureDeviceClient() = default;

  // A video frame, already converted to I420.
  virtual void OnVideoFrame(const VideoFramePtr& frame) { (void)frame; }
  // A block of audio.
  virtual void OnAudioBlock(const AudioBlock& block) { (void)block; }
  // The device stopped (kDeviceLost: unplugged, ENODEV/EIO, the server went
  // away) or failed; it delivers nothing more. Called at most once.
  virtual void OnError(const Status& status) = 0;
  // The device stopped delivering without failing (muted = true), or
  // resumed (muted = false).
  virtual void OnMuted(bool muted) = 0;
};

// An opened camera or microphone. Lives on the thread that opened it (the JS
// thread in core); its client is called on the capture thread.
// States: opened → started → stopped; Start() after Stop() is refused.
class CaptureDevice {
 public:
  virtual ~CaptureDevice() = default;

  // Starts capture. |client| must outlive the device or Stop().
  virtual Status StartVideo(const VideoCaptureParams& params,
                            CaptureDeviceClient* client) {
    (void)params;
    (void)client;
    return Status::Error(ErrorCategory::kUnsupported, 0, "not a video device");
  }
  virtual Status StartAudio(const AudioCaptureParams& params,
                            CaptureDeviceClient* client) {
    (void)params;
    (void)client;
    return Status::Error(ErrorCategory::kUnsupported, 0, "not an audio device");
  }
  // Stops capture and joins the capture thread: after it returns the client
  // is not called again. Safe to call twice.
  virtual void Stop() = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_CAPTURE_CAPTURE_DEVICE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_PULSE_PULSE_CAPTURE_DEVICE_H_
#define PLATFORM_PULSE_PULSE_CAPTURE_DEVICE_H_

#include <pulse/stream.h>

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "platform/capture/capture_device.h"
#include "platform/pulse/pulse_context.h"

namespace mediacapture {

// One record stream on a PulseAudio source, delivering interleaved float32
// AudioBlocks at the asked rate and channel count (the server converts).
//
// The stream is bound to its source (PA_STREAM_DONT_MOVE): when the source
// goes away the server kills the stream instead of moving it to another
// microphone, and the client gets OnError(kDeviceLost); the same when the
// server goes away. The latency target becomes pa_buffer_attr.fragsize with
// PA_STREAM_ADJUST_LATENCY, so the source itself runs at about that latency.
//
// Timestamps: the capture time of a block's first frame on CLOCK_MONOTONIC,
// from the stream's timing info (pa_stream_get_latency(): how long ago the
// frame at the read index was captured; libpulse interpolates on the same
// clock). Blocks are then stamped along a continuous timeline (previous
// timestamp + previous duration) so that timestamps advance exactly with
// the samples, and re-anchored to the measured time when the two drift
// apart by more than kResyncThresholdUs, or when the timeline would place a
// block's end after the time it was read (never a timestamp from the
// future).
//
// Muted: while the server suspends the source (pactl suspend-source, another
// program taking the card) no audio flows: OnMuted(true), then
// OnMuted(false) when it resumes (pa_stream_set_suspended_callback).
//
// States: opened → started → stopped (checked; Start after Stop is
// refused). Lives on the thread that opened it; the client is called on the
// PulseAudio mainloop thread, and may Stop() (not destroy) the device from
// there.
class PulseCaptureDevice : public CaptureDevice,
                           private PulseContext::Listener {
 public:
  PulseCaptureDevice(std::shared_ptr<PulseContext> context,
                     std::string source_name);
  ~PulseCaptureDevice() override;

  // CaptureDevice:
  Status StartAudio(const AudioCaptureParams& params,
                    CaptureDeviceClient* client) override;
  void Stop() override;

  const std::string& source_name() const { return source_name_; }

  // What the server made of the request, once started (the fragment it
  // chose, in seconds). Opener's thread.
  double actual_latency() const { return actual_latency_; }

 private:
  enum class State { kOpened, kStarted, kStopped };

  // PulseContext::Listener (mainloop thread, under the lock):
  void OnSourceRemoved(uint32_t index) override;
  void OnConnectionLost() override;

  static void OnStreamState(pa_stream* stream, void* userdata);
  static void OnStreamRead(pa_stream* stream, size_t nbytes, void* userdata);
  static void OnStreamSuspended(pa_stream* stream, void* userdata);
  // Mainloop thread, under the lock.
  void ReadAvailable();
  // When the frame at the read index was captured; |now| is the time it
  // was measured at.
  int64_t CaptureTimeOfReadIndexUs(int64_t* now);
  void ReportLost(PulseError code, const std::string& why);
  // Under the lock: detaches and releases the stream.
  void ReleaseStream();

  const std::shared_ptr<PulseContext> context_;
  const std::string source_name_;

  // Opener's thread, or the mainloop thread when a client stops the device
  // from a callback: atomic.
  std::atomic<State> state_{State::kOpened};
  double actual_latency_ = 0;

  // Under the mainloop lock.
  pa_context* stream_context_ = nullptr;  // Referenced while stream_ lives.
  pa_stream* stream_ = nullptr;
  uint32_t source_index_ = 0;
  CaptureDeviceClient* client_ = nullptr;
  bool stream_ready_ = false;
  bool error_reported_ = false;
  bool muted_ = false;
  int sample_rate_ = 0;
  int channels_ = 0;
  // The timeline: anchor_us_ + frames_since_anchor_ / sample_rate_.
  bool anchored_ = false;
  int64_t anchor_us_ = 0;
  int64_t frames_since_anchor_ = 0;
};

}  // namespace mediacapture

#endif  // PLATFORM_PULSE_PULSE_CAPTURE_DEVICE_H_

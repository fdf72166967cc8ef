// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/pulse_capture_device.h"

#include <pulse/channelmap.h>
#include <pulse/error.h>
#include <pulse/proplist.h>
#include <pulse/sample.h>
#include <pulse/timeval.h>
#include <time.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "platform/base/time.h"
#include "platform/pulse/pulse_source_info.h"

namespace mediacapture {

namespace {

// How long the server may take to create the record stream. A local daemon
// answers in milliseconds; a stuck one must not hang getUserMedia.
constexpr int kStreamStartTimeoutMs = 2000;

// Timestamps follow the sample count until the measured capture time is this
// far off: above the jitter of libpulse's timing updates (a few ms), below
// what would show as audio/video skew.
constexpr int64_t kResyncThresholdUs = 20000;

}  // namespace

PulseCaptureDevice::PulseCaptureDevice(std::shared_ptr<PulseContext> context,
                                       std::string source_name)
    : context_(std::move(context)), source_name_(std::move(source_name)) {}

PulseCaptureDevice::~PulseCaptureDevice() {
  Stop();
}

Status PulseCaptureDevice::StartAudio(const AudioCaptureParams& params,
                                      CaptureDeviceClient* client) {
  if (state_ != State::kOpened) {
    return Status::Error(ErrorCategory::kInternal, kPulseAlreadyStarted,
                         "the microphone was already started");
  }
  if (!client || params.sample_rate < kPulseMinSampleRate ||
      params.sample_rate > kPulseMaxSampleRate || params.channel_count < 1 ||
      params.channel_count > static_cast<int>(PA_CHANNELS_MAX)) {
    return Status::Error(
        ErrorCategory::kUnsupported, kPulseBadParams,
        "cannot capture " + std::to_string(params.sample_rate) + " Hz, " +
            std::to_string(params.channel_count) + " channels");
  }
  double latency = std::min(std::max(params.latency, kPulseMinLatencySeconds),
                            kPulseMaxLatencySeconds);

  PulseContext::Lock lock(context_.get());
  Status status = context_->EnsureConnected();
  if (!status.ok()) {
    return Status::Error(ErrorCategory::kNotFound, kPulseNotConnected,
                         status.message());
  }
  pa_context* context = context_->ready_context();

  pa_sample_spec spec;
  spec.format = PA_SAMPLE_FLOAT32NE;
  spec.rate = static_cast<uint32_t>(params.sample_rate);
  spec.channels = static_cast<uint8_t>(params.channel_count);
  pa_channel_map map;
  pa_channel_map_init_extend(&map, spec.channels, PA_CHANNEL_MAP_DEFAULT);

  pa_proplist* props = pa_proplist_new();
  pa_proplist_sets(props, PA_PROP_MEDIA_NAME, "getUserMedia capture");
  stream_ = pa_stream_new_with_proplist(context, "getUserMedia capture", &spec,
                                        &map, props);
  pa_proplist_free(props);
  if (!stream_) {
    return Status::Error(ErrorCategory::kInternal, kPulseStreamFailed,
                         "pa_stream_new failed: " + context_->LastError());
  }
  stream_context_ = pa_context_ref(context);
  client_ = client;
  sample_rate_ = params.sample_rate;
  channels_ = params.channel_count;
  anchored_ = false;
  frames_since_anchor_ = 0;
  error_reported_ = false;
  muted_ = false;
  stream_ready_ = false;
  pa_stream_set_state_callback(stream_, &PulseCaptureDevice::OnStreamState,
                               this);
  pa_stream_set_read_callback(stream_, &PulseCaptureDevice::OnStreamRead, this);
  pa_stream_set_suspended_callback(
      stream_, &PulseCaptureDevice::OnStreamSuspended, this);

  // fragsize is the latency of a record stream: the server sends what it
  // has every fragsize bytes; ADJUST_LATENCY makes the source run at it.
  pa_buffer_attr attr;
  attr.maxlength = static_cast<uint32_t>(-1);
  attr.tlength = static_cast<uint32_t>(-1);
  attr.prebuf = static_cast<uint32_t>(-1);
  attr.minreq = static_cast<uint32_t>(-1);
  attr.fragsize = static_cast<uint32_t>(pa_usec_to_bytes(
      static_cast<pa_usec_t>(latency * PA_USEC_PER_SEC), &spec));
  auto flags = static_cast<pa_stream_flags_t>(
      PA_STREAM_ADJUST_LATENCY | PA_STREAM_INTERPOLATE_TIMING |
      PA_STREAM_AUTO_TIMING_UPDATE | PA_STREAM_DONT_MOVE);
  context_->AddListener(this);
  if (pa_stream_connect_record(stream_, source_name_.c_str(), &attr, flags) <
      0) {
    std::string error = context_->LastError();
    context_->RemoveListener(this);
    ReleaseStream();
    client_ = nullptr;
    return Status::Error(ErrorCategory::kInternal, kPulseStreamFailed,
                         "pa_stream_connect_record failed: " + error);
  }

  bool settled = context_->WaitUntil(
      [this] {
        pa_stream_state_t s = pa_stream_get_state(stream_);
        return s == PA_STREAM_READY || !PA_STREAM_IS_GOOD(s);
      },
      kStreamStartTimeoutMs);
  // stream_ready_ without READY: it started and was lost at once; the
  // client has had OnError(kDeviceLost) already, as for any later loss.
  if (stream_ready_) {
    const pa_buffer_attr* actual = pa_stream_get_buffer_attr(stream_);
    if (actual) {
      actual_latency_ =
          static_cast<double>(pa_bytes_to_usec(actual->fragsize, &spec)) /
          PA_USEC_PER_SEC;
    }
    state_ = State::kStarted;
    return Status::Ok();
  }

  int error = pa_context_errno(context);
  context_->RemoveListener(this);
  ReleaseStream();
  client_ = nullptr;
  if (!settled) {
    return Status::Error(
        ErrorCategory::kInternal, kPulseStreamTimedOut,
        "PulseAudio did not start capture from " + source_name_ + " in time");
  }
  if (error == PA_ERR_NOENTITY) {
    return Status::Error(ErrorCategory::kNotFound, kPulseSourceNotFound,
                         "no PulseAudio source named " + source_name_);
  }
  return Status::Error(
      ErrorCategory::kInternal, kPulseStreamFailed,
      "cannot capture from " + source_name_ + ": " + pa_strerror(error));
}

void PulseCaptureDevice::Stop() {
  // Callbacks run under the lock: once it is ours and the stream detached,
  // none is running and none will come. A second Stop() takes it too: the
  // first may have come from a client's callback on the mainloop thread
  // that is still running (and reading |this|), so that the owner may
  // delete the device once Stop() returns.
  PulseContext::Lock lock(context_.get());
  if (state_.exchange(State::kStopped) == State::kStopped)
    return;
  context_->RemoveListener(this);
  ReleaseStream();
  client_ = nullptr;
}

void PulseCaptureDevice::ReleaseStream() {
  if (!stream_)
    return;
  pa_stream_set_state_callback(stream_, nullptr, nullptr);
  pa_stream_set_read_callback(stream_, nullptr, nullptr);
  pa_stream_set_suspended_callback(stream_, nullptr, nullptr);
  if (PA_STREAM_IS_GOOD(pa_stream_get_state(stream_)))
    pa_stream_disconnect(stream_);
  pa_stream_unref(stream_);
  stream_ = nullptr;
  pa_context_unref(stream_context_);
  stream_context_ = nullptr;
  stream_ready_ = false;
}

// static
void PulseCaptureDevice::OnStreamState(pa_stream* stream, void* userdata) {
  auto* self = static_cast<PulseCaptureDevice*>(userdata);
  pa_stream_state_t state = pa_stream_get_state(stream);
  if (state == PA_STREAM_READY) {
    self->stream_ready_ = true;
    self->source_index_ = pa_stream_get_device_index(stream);
    // Started on a suspended source: muted from the start.
    if (pa_stream_is_suspended(stream) > 0)
      OnStreamSuspended(stream, self);
  } else if (!PA_STREAM_IS_GOOD(state) && self->stream_ready_) {
    // Killed by the server (its source went away: DONT_MOVE), or the
    // connection failed.
    bool server_lost =
        !PA_CONTEXT_IS_GOOD(pa_context_get_state(self->stream_context_));
    self->ReportLost(server_lost ? kPulseServerLost : kPulseSourceLost,
                     server_lost ? "the PulseAudio server went away"
                                 : "the PulseAudio server ended capture from " +
                                       self->source_name_);
  }
  self->context_->Signal();
}

// static
void PulseCaptureDevice::OnStreamRead(pa_stream* stream,
                                      size_t nbytes,
                                      void* userdata) {
  (void)stream;
  (void)nbytes;
  static_cast<PulseCaptureDevice*>(userdata)->ReadAvailable();
}

// static
void PulseCaptureDevice::OnStreamSuspended(pa_stream* stream, void* userdata) {
  auto* self = static_cast<PulseCaptureDevice*>(userdata);
  bool suspended = pa_stream_is_suspended(stream) > 0;
  if (!self->client_ || self->error_reported_ || suspended == self->muted_)
    return;
  self->muted_ = suspended;
  // Audio resumes on a new timeline.
  self->anchored_ = false;
  self->client_->OnMuted(suspended);
}

void PulseCaptureDevice::ReadAvailable() {
  const size_t frame_bytes = sizeof(float) * static_cast<size_t>(channels_);
  while (stream_ && client_ && !error_reported_ &&
         pa_stream_readable_size(stream_) > 0) {
    int64_t now_us = 0;
    int64_t measured_us = CaptureTimeOfReadIndexUs(&now_us);
    const void* data = nullptr;
    size_t nbytes = 0;
    if (pa_stream_peek(stream_, &data, &nbytes) < 0) {
      ReportLost(kPulseSourceLost,
                 "pa_stream_peek failed: " + context_->LastError());
      return;
    }
    if (nbytes == 0)
      return;
    AudioBlock block;
    block.sample_rate = sample_rate_;
    block.channels = channels_;
    size_t frames = nbytes / frame_bytes;
    block.samples.resize(frames * static_cast<size_t>(channels_));
    // A hole (data == null) is audio the server lost: zeros keep the
    // timeline.
    if (data && frames)
      std::memcpy(block.samples.data(), data, frames * frame_bytes);
    pa_stream_drop(stream_);
    if (frames == 0)
      continue;

    // A block's first frame was captured at least its duration ago,
    // whatever an early timing estimate says.
    int64_t duration_us = static_cast<int64_t>(frames) * 1000000 / sample_rate_;
    int64_t latest_us = now_us - duration_us;
    measured_us = std::min(measured_us, latest_us);
    int64_t expected_us =
        anchor_us_ + frames_since_anchor_ * 1000000 / sample_rate_;
    if (!anchored_ || expected_us > latest_us ||
        std::llabs(measured_us - expected_us) > kResyncThresholdUs) {
      anchored_ = true;
      anchor_us_ = measured_us;
      frames_since_anchor_ = 0;
      expected_us = measured_us;
    }
    block.timestamp_us = expected_us;
    frames_since_anchor_ += static_cast<int64_t>(frames);
    client_->OnAudioBlock(block);
  }
}

int64_t PulseCaptureDevice::CaptureTimeOfReadIndexUs(int64_t* now) {
  int64_t now_us = MonotonicNowUs();
  *now = now_us;
  pa_usec_t latency = 0;
  int negative = 0;
  if (pa_stream_get_latency(stream_, &latency, &negative) < 0) {
    // No timing info yet: at least what is waiting was captured before now.
    latency = pa_bytes_to_usec(pa_stream_readable_size(stream_),
                               pa_stream_get_sample_spec(stream_));
    negative = 0;
  }
  return negative ? now_us : now_us - static_cast<int64_t>(latency);
}

void PulseCaptureDevice::OnSourceRemoved(uint32_t index) {
  if (stream_ready_ && index == source_index_)
    ReportLost(kPulseSourceLost,
               "the PulseAudio source " + source_name_ + " was removed");
}

void PulseCaptureDevice::OnConnectionLost() {
  if (stream_)
    ReportLost(kPulseServerLost, "the PulseAudio server went away");
}

void PulseCaptureDevice::ReportLost(PulseError code, const std::string& why) {
  if (error_reported_ || !client_)
    return;
  error_reported_ = true;
  client_->OnError(Status::Error(ErrorCategory::kDeviceLost, code, why));
}

}  // namespace mediacapture

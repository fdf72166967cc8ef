// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/wav_audio_source.h"

#include <algorithm>
#include <string>
#include <utility>

#include "platform/fake/fake_error.h"

namespace mediacapture {

namespace {

// File frames read per refill: 21 ms at 48 kHz, one pread per two blocks.
constexpr int64_t kReadAheadFrames = 1024;

}  // namespace

WavAudioSource::WavAudioSource(std::unique_ptr<WavReader> reader, bool loop)
    : reader_(std::move(reader)), loop_(loop) {}

Status WavAudioSource::Configure(const AudioCaptureParams& params) {
  if (params.sample_rate < FakeAudioSource::kMinSampleRate ||
      params.sample_rate > FakeAudioSource::kMaxSampleRate ||
      params.channel_count < 1 ||
      params.channel_count > FakeAudioSource::kMaxChannels) {
    return Status::Error(ErrorCategory::kUnsupported, kFakeBadParams,
                         "cannot play " + reader_->path() + " at " +
                             std::to_string(params.sample_rate) + " Hz x " +
                             std::to_string(params.channel_count) +
                             " channels");
  }
  channels_ = params.channel_count;
  step_ = static_cast<double>(reader_->sample_rate()) / params.sample_rate;
  const size_t file_channels = reader_->channels();
  previous_.assign(file_channels, 0);
  next_.assign(file_channels, 0);
  buffer_.assign(kReadAheadFrames * file_channels, 0);
  // Prime: |previous_| is the first frame, |next_| the second.
  Status status = Advance();
  if (status.ok())
    status = Advance();
  fraction_ = 0;
  return status;
}

Status WavAudioSource::Advance() {
  const int file_channels = reader_->channels();
  previous_.swap(next_);
  if (buffer_position_ == buffered_frames_ && !ended_) {
    Status status;
    buffered_frames_ =
        reader_->Read(kReadAheadFrames, loop_, buffer_.data(), &status);
    buffer_position_ = 0;
    if (!status.ok())
      return status;
    if (buffered_frames_ == 0)
      ended_ = true;
  }
  if (buffer_position_ < buffered_frames_) {
    std::copy_n(buffer_.begin() + buffer_position_ * file_channels,
                file_channels, next_.begin());
    ++buffer_position_;
  } else {
    std::fill(next_.begin(), next_.end(), 0.0f);
  }
  return Status::Ok();
}

void WavAudioSource::MapChannels(const float* in, float* out) const {
  const int file_channels = reader_->channels();
  if (channels_ == 1 && file_channels > 1) {
    float sum = 0;
    for (int c = 0; c < file_channels; ++c)
      sum += in[c];
    out[0] = sum / file_channels;
    return;
  }
  for (int c = 0; c < channels_; ++c)
    out[c] = in[c % file_channels];
}

Status WavAudioSource::NextBlock(int frames, float* out) {
  std::vector<float> frame(reader_->channels());
  for (int i = 0; i < frames; ++i) {
    const float weight = static_cast<float>(fraction_);
    for (size_t c = 0; c < frame.size(); ++c)
      frame[c] = previous_[c] + (next_[c] - previous_[c]) * weight;
    MapChannels(frame.data(), out + static_cast<size_t>(i) * channels_);
    fraction_ += step_;
    while (fraction_ >= 1) {
      Status status = Advance();
      if (!status.ok())
        return status;
      fraction_ -= 1;
    }
  }
  return Status::Ok();
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/wav_reader.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <utility>

#include "platform/fake/fake_error.h"
#include "platform/fake/fake_media_source.h"

namespace mediacapture {

namespace {

constexpr uint16_t kFormatPcm = 1;
constexpr uint16_t kFormatFloat = 3;
constexpr uint16_t kFormatExtensible = 0xFFFE;
// The extensible format's fmt chunk is 40 bytes; its subformat GUID starts
// with the plain format tag at byte 24.
constexpr uint32_t kExtensibleFormatBytes = 40;
constexpr size_t kSubformatOffset = 24;
constexpr uint32_t kMinFormatBytes = 16;
// The player's limits: a file it cannot play is refused here, up front.
constexpr int kMinSampleRate = FakeAudioSource::kMinSampleRate;
constexpr int kMaxSampleRate = FakeAudioSource::kMaxSampleRate;
constexpr int kMaxChannels = FakeAudioSource::kMaxChannels;
// Read() reads the file in spans of at most this many frames, so its buffer
// stays small whatever the caller asks.
constexpr int64_t kMaxSpanFrames = 4096;

uint16_t ReadU16(const uint8_t* p) {
  return static_cast<uint16_t>(p[0] | (p[1] << 8));
}

uint32_t ReadU32(const uint8_t* p) {
  return static_cast<uint32_t>(p[0]) | (static_cast<uint32_t>(p[1]) << 8) |
         (static_cast<uint32_t>(p[2]) << 16) |
         (static_cast<uint32_t>(p[3]) << 24);
}

Status BadHeader(const std::string& path, const std::string& why) {
  return Status::Error(ErrorCategory::kInternal, kFakeWavBadHeader,
                       path + " is not a usable WAV file: " + why);
}

}  // namespace

// static
std::unique_ptr<WavReader> WavReader::Open(const std::string& path,
                                           Status* status) {
  std::unique_ptr<ReadOnlyFile> file = ReadOnlyFile::Open(path, status);
  if (!file)
    return nullptr;
  std::unique_ptr<WavReader> reader(new WavReader(std::move(file)));
  *status = reader->ParseHeader();
  if (!status->ok())
    return nullptr;
  return reader;
}

Status WavReader::ParseHeader() {
  const std::string& path = file_->path();
  const int64_t size = file_->Size();
  uint8_t riff[12];
  if (file_->ReadAt(0, riff, sizeof(riff)) != sizeof(riff) ||
      std::memcmp(riff, "RIFF", 4) != 0 || std::memcmp(riff + 8, "WAVE", 4))
    return BadHeader(path, "no RIFF WAVE header");

  bool have_format = false;
  int64_t offset = sizeof(riff);
  while (offset + 8 <= size) {
    uint8_t chunk[8];
    if (file_->ReadAt(offset, chunk, sizeof(chunk)) != sizeof(chunk))
      break;
    const uint32_t chunk_size = ReadU32(chunk + 4);
    const int64_t body = offset + 8;
    if (std::memcmp(chunk, "fmt ", 4) == 0) {
      if (chunk_size < kMinFormatBytes)
        return BadHeader(path, "fmt chunk too short");
      uint8_t format[kExtensibleFormatBytes] = {};
      size_t wanted = std::min<uint32_t>(chunk_size, sizeof(format));
      if (file_->ReadAt(body, format, wanted) != static_cast<int64_t>(wanted))
        return BadHeader(path, "fmt chunk truncated");
      Status status = ParseFormat(format, chunk_size);
      if (!status.ok())
        return status;
      have_format = true;
    } else if (std::memcmp(chunk, "data", 4) == 0) {
      if (!have_format)
        return BadHeader(path, "data chunk before fmt chunk");
      data_offset_ = body;
      const int64_t bytes = std::min<int64_t>(chunk_size, size - body);
      const int64_t frame_bytes =
          static_cast<int64_t>(channels_) * bits_per_sample() / 8;
      frame_count_ = bytes / frame_bytes;
      if (frame_count_ == 0) {
        return Status::Error(ErrorCategory::kInternal, kFakeWavNoData,
                             path + " has no audio samples");
      }
      return Status::Ok();
    }
    // Chunks are padded to an even size.
    offset = body + chunk_size + (chunk_size & 1);
  }
  if (!have_format)
    return BadHeader(path, "no fmt chunk");
  return Status::Error(ErrorCategory::kInternal, kFakeWavNoData,
                       path + " has no data chunk");
}

Status WavReader::ParseFormat(const uint8_t* chunk, uint32_t size) {
  const std::string& path = file_->path();
  uint16_t tag = ReadU16(chunk);
  const int channels = ReadU16(chunk + 2);
  const uint32_t rate = ReadU32(chunk + 4);
  const int block_align = ReadU16(chunk + 12);
  const int bits = ReadU16(chunk + 14);
  if (tag == kFormatExtensible) {
    if (size < kExtensibleFormatBytes)
      return BadHeader(path, "extensible fmt chunk too short");
    tag = ReadU16(chunk + kSubformatOffset);
  }
  if (channels == 0 || rate == 0)
    return BadHeader(path, "no channels or no sample rate");
  if (tag == kFormatPcm && bits == 16) {
    sample_format_ = SampleFormat::kPcm16;
  } else if (tag == kFormatFloat && bits == 32) {
    sample_format_ = SampleFormat::kFloat32;
  } else {
    return Status::Error(ErrorCategory::kUnsupported, kFakeWavUnsupportedFormat,
                         path + ": format " + std::to_string(tag) + " with " +
                             std::to_string(bits) +
                             " bits is not supported (only 16-bit PCM and "
                             "32-bit float)");
  }
  if (channels > kMaxChannels || rate < kMinSampleRate ||
      rate > kMaxSampleRate) {
    return Status::Error(ErrorCategory::kUnsupported, kFakeWavUnsupportedFormat,
                         path + ": " + std::to_string(rate) + " Hz x " +
                             std::to_string(channels) +
                             " channels is not supported (" +
                             std::to_string(kMinSampleRate) + " to " +
                             std::to_string(kMaxSampleRate) + " Hz, 1 to " +
                             std::to_string(kMaxChannels) + " channels)");
  }
  if (block_align != channels * bits / 8)
    return BadHeader(path, "block align does not match the format");
  channels_ = channels;
  sample_rate_ = static_cast<int>(rate);
  return Status::Ok();
}

int64_t WavReader::ReadSpan(int64_t frames, float* out) {
  const size_t sample_bytes = bits_per_sample() / 8;
  const size_t samples = static_cast<size_t>(frames) * channels_;
  buffer_.resize(samples * sample_bytes);
  const int64_t offset = data_offset_ + position_ * channels_ * sample_bytes;
  if (file_->ReadAt(offset, buffer_.data(), buffer_.size()) !=
      static_cast<int64_t>(buffer_.size()))
    return -1;
  const uint8_t* in = buffer_.data();
  for (size_t i = 0; i < samples; ++i, in += sample_bytes) {
    if (sample_format_ == SampleFormat::kPcm16) {
      out[i] = static_cast<int16_t>(ReadU16(in)) / 32768.0f;
    } else {
      uint32_t bits = ReadU32(in);
      float value;
      std::memcpy(&value, &bits, sizeof(value));
      out[i] = std::isnan(value) ? 0.0f : std::clamp(value, -1.0f, 1.0f);
    }
  }
  position_ += frames;
  return frames;
}

int64_t WavReader::Read(int64_t frames, bool loop, float* out, Status* status) {
  *status = Status::Ok();
  int64_t done = 0;
  while (done < frames) {
    if (position_ == frame_count_) {
      if (!loop)
        break;
      position_ = 0;
    }
    int64_t span =
        std::min({frames - done, frame_count_ - position_, kMaxSpanFrames});
    if (ReadSpan(span, out + done * channels_) < 0) {
      *status = Status::Error(ErrorCategory::kDeviceLost, kFakeFileReadFailed,
                              path() + " shrank or failed while playing");
      return -1;
    }
    done += span;
  }
  return done;
}

}  // namespace mediacapture

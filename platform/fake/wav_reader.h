// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_WAV_READER_H_
#define PLATFORM_FAKE_WAV_READER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "platform/capture/status.h"
#include "platform/fake/read_only_file.h"

namespace mediacapture {

// Reads the samples of a RIFF WAVE file (the format Chromium's
// --use-file-for-fake-audio-capture takes) as float: 16-bit PCM or 32-bit
// IEEE float (format tag 1 or 3, or WAVE_FORMAT_EXTENSIBLE with either
// subformat), at the rates and channel counts the fake microphone plays
// (FakeAudioSource: 8000 to 384000 Hz, 1 to 8 channels).
//
// Chunks other than "fmt " and "data" are skipped. A data chunk that says it
// is larger than the file (a stream whose writer never came back to fix the
// size) is read up to the end of the file; a trailing partial frame is
// dropped; float samples outside [-1, 1] are clamped and NaNs read as 0. A
// file without one whole frame is refused. Nothing in a file makes it crash
// or allocate more than the caller's buffer.
//
// Used by one thread at a time.
class WavReader {
 public:
  enum class SampleFormat { kPcm16, kFloat32 };

  static std::unique_ptr<WavReader> Open(const std::string& path,
                                         Status* status);

  int sample_rate() const { return sample_rate_; }
  int channels() const { return channels_; }
  SampleFormat sample_format() const { return sample_format_; }
  int bits_per_sample() const {
    return sample_format_ == SampleFormat::kPcm16 ? 16 : 32;
  }
  // Whole frames in the data chunk.
  int64_t frame_count() const { return frame_count_; }
  const std::string& path() const { return file_->path(); }

  // Reads up to |frames| frames, interleaved at channels(), into |out|, from
  // where the last call stopped; with |loop| it goes on from the first frame
  // after the last, otherwise it stops there. Returns the frames read, or -1
  // (and |status|) when the file failed under us.
  int64_t Read(int64_t frames, bool loop, float* out, Status* status);

 private:
  explicit WavReader(std::unique_ptr<ReadOnlyFile> file)
      : file_(std::move(file)) {}

  Status ParseHeader();
  Status ParseFormat(const uint8_t* chunk, uint32_t size);
  int64_t ReadSpan(int64_t frames, float* out);

  std::unique_ptr<ReadOnlyFile> file_;
  int sample_rate_ = 0;
  int channels_ = 0;
  SampleFormat sample_format_ = SampleFormat::kPcm16;
  int64_t data_offset_ = 0;
  int64_t frame_count_ = 0;
  // The next frame Read() returns.
  int64_t position_ = 0;
  std::vector<uint8_t> buffer_;
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_WAV_READER_H_

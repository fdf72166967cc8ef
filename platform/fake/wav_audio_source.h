// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_WAV_AUDIO_SOURCE_H_
#define PLATFORM_FAKE_WAV_AUDIO_SOURCE_H_

#include <memory>
#include <vector>

#include "platform/fake/fake_media_source.h"
#include "platform/fake/wav_reader.h"

namespace mediacapture {

// The fake microphone playing a WAV file: converts the file's rate and
// channels to the ones asked for. Equal rates pass samples through exactly;
// other rates are resampled by linear interpolation (enough for a test
// signal, not for music). Channels: equal counts copy, to mono averages, from
// mono duplicates, otherwise output channel c takes file channel c mod N.
// Without |loop|, silence follows the file's end.
// Configured on the starting thread, then used on the capture thread.
class WavAudioSource : public FakeAudioSource {
 public:
  WavAudioSource(std::unique_ptr<WavReader> reader, bool loop);

  // FakeAudioSource:
  Status Configure(const AudioCaptureParams& params) override;
  Status NextBlock(int frames, float* out) override;

 private:
  // Moves the next file frame into |next_| (silence past a non-looping end).
  Status Advance();
  void MapChannels(const float* in, float* out) const;

  std::unique_ptr<WavReader> reader_;
  const bool loop_;
  int channels_ = 1;
  // File frames per output frame.
  double step_ = 1;
  // Where the output stands between |previous_| and |next_| (0 to 1).
  double fraction_ = 0;
  std::vector<float> previous_;
  std::vector<float> next_;
  // File frames read ahead, and how many of them are used.
  std::vector<float> buffer_;
  int64_t buffered_frames_ = 0;
  int64_t buffer_position_ = 0;
  bool ended_ = false;
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_WAV_AUDIO_SOURCE_H_

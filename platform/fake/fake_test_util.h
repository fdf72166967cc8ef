// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_FAKE_TEST_UTIL_H_
#define PLATFORM_FAKE_FAKE_TEST_UTIL_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "platform/capture/capture_device.h"
#include "platform/capture/device_factory.h"

namespace mediacapture {
namespace testing {

// A fresh directory under $TMPDIR, removed with its files on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  std::string Path(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// Writes |bytes| to |path|.
void WriteFile(const std::string& path, const std::string& bytes);

// A Y4M stream: the header line with |tags| (e.g. "W4 H2 F30:1 C420jpeg"),
// then each frame after "FRAME\n".
std::string MakeY4m(const std::string& tags,
                    const std::vector<std::vector<uint8_t>>& frames);

// A WAV file of 16-bit PCM or 32-bit float samples (interleaved), with
// optional extra chunks before "data" and an optional lie in the data size.
struct WavSpec {
  int sample_rate = 48000;
  int channels = 1;
  bool float32 = false;
  bool extensible = false;
  bool junk_chunk = false;          // a "LIST" chunk before data (odd size)
  int64_t data_size_override = -1;  // the data chunk's size field
};
std::string MakeWav(const WavSpec& spec,
                    const std::vector<int16_t>& pcm16,
                    const std::vector<float>& float32);

// The power of |frequency| in |samples| (Goertzel), normalised by length.
double GoertzelPower(const std::vector<float>& samples,
                     double sample_rate,
                     double frequency);

// Records what a device delivers; any thread.
class RecordingClient : public CaptureDeviceClient {
 public:
  void OnVideoFrame(const VideoFramePtr& frame) override;
  void OnAudioBlock(const AudioBlock& block) override;
  void OnError(const Status& status) override;
  void OnMuted(bool muted) override;

  // Waits up to |timeout| for |condition| (checked under the lock).
  bool WaitFor(std::function<bool(RecordingClient&)> condition,
               std::chrono::milliseconds timeout);

  // Read under lock() or after the device stopped.
  std::mutex& lock() { return lock_; }
  std::vector<VideoFramePtr> frames;
  std::vector<AudioBlock> blocks;
  std::vector<Status> errors;
  std::vector<bool> mute_events;

 private:
  std::mutex lock_;
  std::condition_variable changed_;
};

class CountingObserver : public DeviceChangeObserver {
 public:
  void OnDevicesChanged() override { ++count; }
  int count = 0;
};

}  // namespace testing
}  // namespace mediacapture

#endif  // PLATFORM_FAKE_FAKE_TEST_UTIL_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_FAKE_DEVICE_OPTIONS_H_
#define PLATFORM_FAKE_FAKE_DEVICE_OPTIONS_H_

#include <string>
#include <vector>

namespace mediacapture {

// What the fake devices look like, from the shell's flags:
//   --use-fake-device-for-media-stream[=device-count=N,fps=N]
//   --use-file-for-fake-video-capture=FILE.y4m
//   --use-file-for-fake-audio-capture=FILE.wav[%noloop]
// Plain data; any thread.
struct FakeDeviceOptions {
  // Cameras, 0..kMaxDeviceCount. The first faces "user", the second
  // "environment", the rest say nothing.
  int device_count = 1;
  // Every camera mode is offered at each of these rates. Without `fps` the
  // cameras offer 30 and 60 fps (what a webcam and a phone camera do); `fps=N`
  // replaces the list by N alone, as Chromium's option does.
  std::vector<double> frame_rates = {30, 60};
  // A Y4M file that camera 0 plays instead of the test pattern.
  std::string video_file;
  // A WAV file that the microphone plays instead of the beep; |audio_loop|
  // false plays it once, then silence ("%noloop").
  std::string audio_file;
  bool audio_loop = true;
};

// Chromium caps the option values to these (fake_video_capture_device_factory
// .cc): more than 10 cameras or a rate outside 5..60 fps is a typo, not a
// test.
constexpr int kFakeMaxDeviceCount = 10;
constexpr double kFakeMinFrameRate = 5;
constexpr double kFakeMaxFrameRate = 60;

// Parses Chromium's option string, "device-count=N,fps=N" (pairs separated by
// commas or spaces, keys case-insensitive) into |options|, which keeps its
// values for keys that are absent. Never fails: an out-of-range value is
// clamped, and it, an unknown key or a pair that is not name=value each add
// one line to |warnings|.
void ParseFakeDeviceOptions(const std::string& text,
                            FakeDeviceOptions* options,
                            std::vector<std::string>* warnings);

// Splits "FILE.wav%noloop" into the file and the loop flag.
void ParseFakeAudioFileOption(const std::string& text,
                              FakeDeviceOptions* options);

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_FAKE_DEVICE_OPTIONS_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_OPTIONS_H_
#define SHELL_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

namespace mediacapture {
namespace shell {

// What capture_shell was asked to do, parsed from argv. Flags follow
// Chromium's names where Chromium has one.
struct Options {
  std::vector<std::string> files;     // Scripts or pages, run in order.
  std::vector<std::string> v8_flags;  // --js-flags=..., --expose-gc.
  bool help = false;
  // --timeout=SECONDS: give up on a page (or scripts) still running after
  // this long. Negative: not given (pages then get kDefaultPageTimeoutS,
  // plain scripts none); 0: never.
  double timeout_s = -1;
  std::string web_root;  // --web-root=DIR; "" means the checkout's web_tests/.
  std::string origin;    // --origin=ORIGIN; "" picks one from the file name.
  // Chromium's fake-capture flags, each with the text after '=' ("" when
  // none): --use-fake-device-for-media-stream[=device-count=N,...],
  // --use-fake-ui-for-media-stream[=deny]. Parsed and kept for the media
  // setup; the web test runner passes them to every page by default.
  std::optional<std::string> use_fake_device;
  std::optional<std::string> use_fake_ui;
  std::string fake_video_file;  // --use-file-for-fake-video-capture=FILE.y4m
  std::string fake_audio_file;  // --use-file-for-fake-audio-capture=FILE.wav
  // --use-emulated-v4l2-for-testing=webcam[,metadata,stepwise...]: test
  // only; cameras on the emulated V4L2 driver instead of /dev/video*, no
  // microphone (platform/v4l2/README.md).
  std::string emulated_v4l2_for_testing;
  // --profile-dir=DIR: where permissions and the deviceId salt persist; ""
  // means the default (shell/media_setup.h).
  std::string profile_dir;
};

// Pages run at most this long unless --timeout or the page says otherwise;
// testharness.js's own default for a normal test is the same 10 s.
constexpr double kDefaultPageTimeoutS = 10;

// Parses argv into |options|. Returns false and sets |error| to one sentence
// on an unknown flag or a flag with a bad value.
bool ParseOptions(int argc,
                  const char* const* argv,
                  Options* options,
                  std::string* error);

// The --help text.
std::string UsageText();

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_OPTIONS_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/options.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace shell {
namespace {

TEST_CASE("files and flags are told apart, files keep their order") {
  const char* argv[] = {"capture_shell", "a.js", "--expose-gc", "b.js"};
  Options options;
  std::string error;
  REQUIRE(ParseOptions(4, argv, &options, &error));
  CHECK(options.files == std::vector<std::string>{"a.js", "b.js"});
  CHECK(options.v8_flags == std::vector<std::string>{"--expose-gc"});
  CHECK_FALSE(options.help);
}

TEST_CASE("an unknown flag is an error that names the flag") {
  const char* argv[] = {"capture_shell", "--no-such-flag", "a.js"};
  Options options;
  std::string error;
  CHECK_FALSE(ParseOptions(3, argv, &options, &error));
  CHECK(error.find("--no-such-flag") != std::string::npos);
}

TEST_CASE(
    "after -- every argument is a file, even one that looks like a flag") {
  const char* argv[] = {"capture_shell", "--", "--help"};
  Options options;
  std::string error;
  REQUIRE(ParseOptions(3, argv, &options, &error));
  CHECK_FALSE(options.help);
  CHECK(options.files == std::vector<std::string>{"--help"});
}

TEST_CASE("--js-flags passes its value to V8 and needs one") {
  Options options;
  std::string error;
  const char* good[] = {"capture_shell", "--js-flags=--max-old-space-size=64"};
  REQUIRE(ParseOptions(2, good, &options, &error));
  CHECK(options.v8_flags ==
        std::vector<std::string>{"--max-old-space-size=64"});
  const char* bad[] = {"capture_shell", "--js-flags="};
  CHECK_FALSE(ParseOptions(2, bad, &options, &error));
  CHECK(error.find("--js-flags") != std::string::npos);
}

TEST_CASE("--help is recognized and its text lists the exit codes") {
  const char* argv[] = {"capture_shell", "--help"};
  Options options;
  std::string error;
  REQUIRE(ParseOptions(2, argv, &options, &error));
  CHECK(options.help);
  CHECK(UsageText().find("Exit status") != std::string::npos);
}

TEST_CASE("--timeout takes seconds, fractions and 0, and rejects the rest") {
  Options options;
  std::string error;
  CHECK(options.timeout_s < 0);  // Not given.
  const char* half[] = {"capture_shell", "--timeout=0.5", "a.html"};
  REQUIRE(ParseOptions(3, half, &options, &error));
  CHECK(options.timeout_s == 0.5);
  const char* never[] = {"capture_shell", "--timeout=0"};
  REQUIRE(ParseOptions(2, never, &options, &error));
  CHECK(options.timeout_s == 0);
  for (const char* bad :
       {"--timeout=", "--timeout=soon", "--timeout=-1", "--timeout=5s",
        "--timeout=nan", "--timeout=inf", "--timeout=1e300"}) {
    const char* argv[] = {"capture_shell", bad};
    CHECK_FALSE(ParseOptions(2, argv, &options, &error));
    CHECK(error.find("--timeout") != std::string::npos);
  }
}

TEST_CASE("--web-root and --origin are taken as given, with checks") {
  Options options;
  std::string error;
  const char* argv[] = {"capture_shell", "--web-root=/srv/wpt",
                        "--origin=http://example.test", "a.html"};
  REQUIRE(ParseOptions(4, argv, &options, &error));
  CHECK(options.web_root == "/srv/wpt");
  CHECK(options.origin == "http://example.test");
  const char* no_scheme[] = {"capture_shell", "--origin=localhost"};
  CHECK_FALSE(ParseOptions(2, no_scheme, &options, &error));
  CHECK(error.find("--origin") != std::string::npos);
  const char* no_root[] = {"capture_shell", "--web-root="};
  CHECK_FALSE(ParseOptions(2, no_root, &options, &error));
}

TEST_CASE("Chromium's fake capture flags are kept with their values") {
  Options options;
  std::string error;
  CHECK_FALSE(options.use_fake_device.has_value());
  const char* argv[] = {"capture_shell",
                        "--use-fake-device-for-media-stream=device-count=2",
                        "--use-fake-ui-for-media-stream=deny",
                        "--use-file-for-fake-video-capture=a.y4m",
                        "--use-file-for-fake-audio-capture=b.wav"};
  REQUIRE(ParseOptions(5, argv, &options, &error));
  CHECK(options.use_fake_device == std::string("device-count=2"));
  CHECK(options.use_fake_ui == std::string("deny"));
  CHECK(options.fake_video_file == "a.y4m");
  CHECK(options.fake_audio_file == "b.wav");
  Options bare;
  const char* plain[] = {"capture_shell", "--use-fake-device-for-media-stream",
                         "--use-fake-ui-for-media-stream"};
  REQUIRE(ParseOptions(3, plain, &bare, &error));
  CHECK(bare.use_fake_device == std::string());
  CHECK(bare.use_fake_ui == std::string());
  const char* bad[] = {"capture_shell", "--use-fake-ui-for-media-stream=maybe"};
  CHECK_FALSE(ParseOptions(2, bad, &bare, &error));
}

TEST_CASE(
    "--use-emulated-v4l2-for-testing keeps its camera list and needs one") {
  Options options;
  std::string error;
  const char* good[] = {"capture_shell",
                        "--use-emulated-v4l2-for-testing=webcam,metadata"};
  REQUIRE(ParseOptions(2, good, &options, &error));
  CHECK(options.emulated_v4l2_for_testing == "webcam,metadata");
  Options empty;
  const char* bad[] = {"capture_shell", "--use-emulated-v4l2-for-testing="};
  CHECK_FALSE(ParseOptions(2, bad, &empty, &error));
  CHECK(error.find("--use-emulated-v4l2-for-testing") != std::string::npos);
}

}  // namespace
}  // namespace shell
}  // namespace mediacapture

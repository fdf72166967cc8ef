// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/options.h"

#include <cstdlib>
#include <cstring>

namespace mediacapture {
namespace shell {

namespace {

// About 11 days: far beyond any test, well within int64 milliseconds.
constexpr double kMaxTimeoutS = 1e6;

// "--name=value" → value when |arg| starts with "--name=".
bool FlagValue(const std::string& arg, const char* name, std::string* value) {
  std::string prefix = std::string(name) + "=";
  if (arg.compare(0, prefix.size(), prefix) != 0)
    return false;
  *value = arg.substr(prefix.size());
  return true;
}

}  // namespace

bool ParseOptions(int argc,
                  const char* const* argv,
                  Options* options,
                  std::string* error) {
  bool only_files = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::string value;
    if (only_files || arg.empty() || arg[0] != '-' || arg == "-") {
      options->files.push_back(arg);
    } else if (arg == "--") {
      only_files = true;
    } else if (arg == "--help" || arg == "-h") {
      options->help = true;
    } else if (arg == "--expose-gc") {
      options->v8_flags.push_back("--expose-gc");
    } else if (FlagValue(arg, "--timeout", &value)) {
      char* end = nullptr;
      double seconds = strtod(value.c_str(), &end);
      // Bounded so that it converts to milliseconds without overflow.
      if (value.empty() || *end != '\0' || !(seconds >= 0) ||
          seconds > kMaxTimeoutS) {
        *error = "--timeout needs a number of seconds, not '" + value + "'";
        return false;
      }
      options->timeout_s = seconds;
    } else if (FlagValue(arg, "--web-root", &value)) {
      if (value.empty()) {
        *error = "--web-root needs a directory";
        return false;
      }
      options->web_root = value;
    } else if (FlagValue(arg, "--profile-dir", &value)) {
      if (value.empty()) {
        *error = "--profile-dir needs a directory";
        return false;
      }
      options->profile_dir = value;
    } else if (FlagValue(arg, "--origin", &value)) {
      if (value.find("://") == std::string::npos) {
        *error = "--origin needs a scheme, e.g. https://localhost, not '" +
                 value + "'";
        return false;
      }
      options->origin = value;
    } else if (arg == "--use-fake-device-for-media-stream" ||
               FlagValue(arg, "--use-fake-device-for-media-stream", &value)) {
      options->use_fake_device = value;
    } else if (arg == "--use-fake-ui-for-media-stream" ||
               FlagValue(arg, "--use-fake-ui-for-media-stream", &value)) {
      if (!value.empty() && value != "deny") {
        *error = "--use-fake-ui-for-media-stream takes only =deny, not '" +
                 value + "'";
        return false;
      }
      options->use_fake_ui = value;
    } else if (FlagValue(arg, "--use-file-for-fake-video-capture", &value)) {
      options->fake_video_file = value;
    } else if (FlagValue(arg, "--use-file-for-fake-audio-capture", &value)) {
      options->fake_audio_file = value;
    } else if (FlagValue(arg, "--use-emulated-v4l2-for-testing", &value)) {
      if (value.empty()) {
        *error = "--use-emulated-v4l2-for-testing needs cameras, e.g. =webcam";
        return false;
      }
      options->emulated_v4l2_for_testing = value;
    } else if (FlagValue(arg, "--js-flags", &value)) {
      if (value.empty()) {
        *error = "--js-flags needs a value";
        return false;
      }
      options->v8_flags.push_back(value);
    } else {
      *error = "unknown flag '" + arg + "' (see --help)";
      return false;
    }
  }
  return true;
}

std::string UsageText() {
  return "Usage: capture_shell [options] FILE...\n"
         "       capture_shell [options] PAGE\n"
         "\n"
         "Runs each JavaScript file in order in one V8 context, then the\n"
         "event loop until nothing is pending. Or runs one test page: an\n"
         ".html page (its <script>s in document order) or a WPT .window.js /\n"
         ".any.js test (inside a page that loads /resources/testharness.js\n"
         "and /resources/testharnessreport.js first); the page ends when\n"
         "its test harness completes.\n"
         "\n"
         "Options:\n"
         "  --help, -h          Print this text and exit.\n"
         "  --expose-gc         Expose gc() to scripts.\n"
         "  --js-flags=FLAGS    Pass FLAGS to V8.\n"
         "  --timeout=SECONDS   Stop a page or script still running after\n"
         "                      SECONDS and print a TIMEOUT line; 0 never.\n"
         "                      Pages default to 10 (x6 with <meta\n"
         "                      name=timeout content=long>; content=N sets N\n"
         "                      seconds); scripts to never.\n"
         "  --web-root=DIR      Where absolute URLs (/resources/...) resolve;\n"
         "                      default: the checkout's web_tests/.\n"
         "  --origin=ORIGIN     The page's origin; default https://localhost\n"
         "                      for .https. files, else file://.\n"
         "  --profile-dir=DIR   Where permissions and the deviceId salt "
         "persist;\n"
         "                      default $XDG_CONFIG_HOME/capture_shell for\n"
         "                      scripts, a fresh temporary one for pages\n"
         "  --use-fake-device-for-media-stream[=device-count=N,...]\n"
         "  --use-fake-ui-for-media-stream[=deny]\n"
         "  --use-file-for-fake-video-capture=FILE.y4m\n"
         "  --use-file-for-fake-audio-capture=FILE.wav\n"
         "                      Chromium's fake capture flags (for the media\n"
         "                      setup; parsed and kept).\n"
         "  --use-emulated-v4l2-for-testing=webcam[,metadata,stepwise]\n"
         "                      Test only: cameras on the emulated V4L2\n"
         "                      driver, no microphone.\n"
         "  --                  Treat every later argument as a file.\n"
         "\n"
         "Exit status: 0 on success (a page whose harness completed), 1 on\n"
         "an uncaught exception, unhandled rejection or syntax error, 2 on\n"
         "bad usage or a file that cannot be read, 3 on a timeout.\n";
}

}  // namespace shell
}  // namespace mediacapture

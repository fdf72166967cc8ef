// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/fake_device_options.h"

#include <strings.h>

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace mediacapture {

namespace {

constexpr char kFlag[] = "--use-fake-device-for-media-stream";

// Splits on any of |separators|, dropping empty pieces ("a,,b" is a, b).
std::vector<std::string> Split(const std::string& text,
                               const char* separators) {
  std::vector<std::string> pieces;
  std::string current;
  for (char c : text) {
    if (std::string(separators).find(c) != std::string::npos) {
      if (!current.empty())
        pieces.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty())
    pieces.push_back(current);
  return pieces;
}

bool ParseInteger(const std::string& text, long* value) {
  if (text.empty())
    return false;
  errno = 0;
  char* end = nullptr;
  *value = std::strtol(text.c_str(), &end, 10);
  return errno == 0 && *end == '\0';
}

bool ParseNumber(const std::string& text, double* value) {
  if (text.empty())
    return false;
  char* end = nullptr;
  *value = std::strtod(text.c_str(), &end);
  return *end == '\0' && std::isfinite(*value);
}

std::string Prefix() {
  return std::string(kFlag) + ": ";
}

void ParseDeviceCount(const std::string& value,
                      FakeDeviceOptions* options,
                      std::vector<std::string>* warnings) {
  long count = 0;
  if (!ParseInteger(value, &count)) {
    warnings->push_back(Prefix() + "device-count '" + value +
                        "' is not an integer; ignored");
    return;
  }
  if (count < 0 || count > kFakeMaxDeviceCount) {
    long clamped = count < 0 ? 0 : kFakeMaxDeviceCount;
    warnings->push_back(Prefix() + "device-count " + value +
                        " is out of range 0.." +
                        std::to_string(kFakeMaxDeviceCount) + "; using " +
                        std::to_string(clamped));
    count = clamped;
  }
  options->device_count = static_cast<int>(count);
}

void ParseFps(const std::string& value,
              FakeDeviceOptions* options,
              std::vector<std::string>* warnings) {
  double fps = 0;
  if (!ParseNumber(value, &fps)) {
    warnings->push_back(Prefix() + "fps '" + value +
                        "' is not a number; ignored");
    return;
  }
  if (fps < kFakeMinFrameRate || fps > kFakeMaxFrameRate) {
    double clamped =
        fps < kFakeMinFrameRate ? kFakeMinFrameRate : kFakeMaxFrameRate;
    warnings->push_back(Prefix() + "fps " + value + " is out of range " +
                        std::to_string(static_cast<int>(kFakeMinFrameRate)) +
                        ".." +
                        std::to_string(static_cast<int>(kFakeMaxFrameRate)) +
                        "; using " + std::to_string(static_cast<int>(clamped)));
    fps = clamped;
  }
  options->frame_rates = {fps};
}

}  // namespace

void ParseFakeDeviceOptions(const std::string& text,
                            FakeDeviceOptions* options,
                            std::vector<std::string>* warnings) {
  for (const std::string& pair : Split(text, ", ")) {
    size_t equals = pair.find('=');
    if (equals == std::string::npos || equals == 0 ||
        equals + 1 == pair.size() ||
        pair.find('=', equals + 1) != std::string::npos) {
      warnings->push_back(Prefix() + "'" + pair +
                          "' is not name=value; ignored");
      continue;
    }
    std::string name = pair.substr(0, equals);
    std::string value = pair.substr(equals + 1);
    if (strcasecmp(name.c_str(), "device-count") == 0) {
      ParseDeviceCount(value, options, warnings);
    } else if (strcasecmp(name.c_str(), "fps") == 0) {
      ParseFps(value, options, warnings);
    } else {
      warnings->push_back(Prefix() + "unknown option '" + name +
                          "'; ignored (known: device-count, fps)");
    }
  }
}

void ParseFakeAudioFileOption(const std::string& text,
                              FakeDeviceOptions* options) {
  static const std::string kNoLoop = "%noloop";
  if (text.size() > kNoLoop.size() &&
      text.compare(text.size() - kNoLoop.size(), kNoLoop.size(), kNoLoop) ==
          0) {
    options->audio_file = text.substr(0, text.size() - kNoLoop.size());
    options->audio_loop = false;
  } else {
    options->audio_file = text;
    options->audio_loop = true;
  }
}

}  // namespace mediacapture

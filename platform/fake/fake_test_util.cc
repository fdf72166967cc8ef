// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/fake_test_util.h"

#include <stdlib.h>

#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace mediacapture {
namespace testing {

namespace {

void AppendU16(std::string* out, uint16_t value) {
  out->push_back(static_cast<char>(value & 0xff));
  out->push_back(static_cast<char>(value >> 8));
}

void AppendU32(std::string* out, uint32_t value) {
  for (int i = 0; i < 4; ++i)
    out->push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

}  // namespace

TempDir::TempDir() {
  const char* base = getenv("TMPDIR");
  std::string pattern =
      std::string(base && *base ? base : "/tmp") + "/fake_unittest.XXXXXX";
  std::vector<char> buffer(pattern.begin(), pattern.end());
  buffer.push_back('\0');
  if (mkdtemp(buffer.data()))
    path_ = buffer.data();
}

TempDir::~TempDir() {
  if (!path_.empty()) {
    std::error_code ignored;
    std::filesystem::remove_all(path_, ignored);
  }
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string MakeY4m(const std::string& tags,
                    const std::vector<std::vector<uint8_t>>& frames) {
  std::string out = "YUV4MPEG2 " + tags + "\n";
  for (const auto& frame : frames) {
    out += "FRAME\n";
    out.append(reinterpret_cast<const char*>(frame.data()), frame.size());
  }
  return out;
}

std::string MakeWav(const WavSpec& spec,
                    const std::vector<int16_t>& pcm16,
                    const std::vector<float>& float32) {
  const int bits = spec.float32 ? 32 : 16;
  std::string data;
  if (spec.float32) {
    for (float sample : float32) {
      uint32_t raw;
      std::memcpy(&raw, &sample, sizeof(raw));
      AppendU32(&data, raw);
    }
  } else {
    for (int16_t sample : pcm16)
      AppendU16(&data, static_cast<uint16_t>(sample));
  }
  std::string body = "WAVE";
  body += "fmt ";
  const uint16_t tag = spec.float32 ? 3 : 1;
  AppendU32(&body, spec.extensible ? 40 : 16);
  AppendU16(&body, spec.extensible ? 0xFFFE : tag);
  AppendU16(&body, static_cast<uint16_t>(spec.channels));
  AppendU32(&body, static_cast<uint32_t>(spec.sample_rate));
  AppendU32(&body,
            static_cast<uint32_t>(spec.sample_rate * spec.channels * bits / 8));
  AppendU16(&body, static_cast<uint16_t>(spec.channels * bits / 8));
  AppendU16(&body, static_cast<uint16_t>(bits));
  if (spec.extensible) {
    AppendU16(&body, 22);                           // cbSize
    AppendU16(&body, static_cast<uint16_t>(bits));  // valid bits
    AppendU32(&body, 0);                            // channel mask
    AppendU16(&body, tag);                          // subformat GUID...
    body += std::string(
        "\x00\x00\x00\x00\x10\x00\x80\x00\x00\xaa\x00\x38\x9b\x71", 14);
  }
  if (spec.junk_chunk) {
    body += "LIST";
    AppendU32(&body, 3);
    body += std::string("abc\0", 4);  // 3 bytes and the pad byte
  }
  body += "data";
  AppendU32(&body, spec.data_size_override >= 0
                       ? static_cast<uint32_t>(spec.data_size_override)
                       : static_cast<uint32_t>(data.size()));
  body += data;
  std::string out = "RIFF";
  AppendU32(&out, static_cast<uint32_t>(body.size()));
  return out + body;
}

double GoertzelPower(const std::vector<float>& samples,
                     double sample_rate,
                     double frequency) {
  const double coefficient = 2 * std::cos(2 * M_PI * frequency / sample_rate);
  double s1 = 0;
  double s2 = 0;
  for (float sample : samples) {
    double s0 = sample + coefficient * s1 - s2;
    s2 = s1;
    s1 = s0;
  }
  double power = s1 * s1 + s2 * s2 - coefficient * s1 * s2;
  return samples.empty() ? 0 : power / samples.size();
}

void RecordingClient::OnVideoFrame(const VideoFramePtr& frame) {
  std::lock_guard<std::mutex> lock(lock_);
  frames.push_back(frame);
  changed_.notify_all();
}

void RecordingClient::OnAudioBlock(const AudioBlock& block) {
  std::lock_guard<std::mutex> lock(lock_);
  blocks.push_back(block);
  changed_.notify_all();
}

void RecordingClient::OnError(const Status& status) {
  std::lock_guard<std::mutex> lock(lock_);
  errors.push_back(status);
  changed_.notify_all();
}

void RecordingClient::OnMuted(bool muted) {
  std::lock_guard<std::mutex> lock(lock_);
  mute_events.push_back(muted);
  changed_.notify_all();
}

bool RecordingClient::WaitFor(std::function<bool(RecordingClient&)> condition,
                              std::chrono::milliseconds timeout) {
  std::unique_lock<std::mutex> lock(lock_);
  return changed_.wait_for(lock, timeout, [&] { return condition(*this); });
}

}  // namespace testing
}  // namespace mediacapture

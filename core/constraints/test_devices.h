// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_TEST_DEVICES_H_
#define CORE_CONSTRAINTS_TEST_DEVICES_H_

#include <optional>
#include <string>
#include <vector>

#include "core/constraints/media_constraints.h"
#include "core/constraints/select_settings.h"
#include "platform/capture/capture_mode.h"
#include "platform/capture/device_descriptor.h"

// Fake devices for the constraints tests, named by role (as Blink's
// media_stream_constraints_util_video_device_test.cc): the default camera,
// a low-res one, a high-res one, one with odd frame rates, a stepwise one;
// the default microphone and one that does its own processing.
namespace mediacapture {
namespace constraint_model {
namespace test {

inline VideoCaptureMode Mode(int width,
                             int height,
                             double frame_rate,
                             PixelFormat format = PixelFormat::kYUYV) {
  VideoCaptureMode mode;
  mode.pixel_format = format;
  mode.min_width = mode.max_width = width;
  mode.min_height = mode.max_height = height;
  mode.min_frame_rate = mode.max_frame_rate = frame_rate;
  return mode;
}

inline VideoCaptureMode RateRangeMode(int width,
                                      int height,
                                      double min_frame_rate,
                                      double max_frame_rate) {
  VideoCaptureMode mode = Mode(width, height, max_frame_rate);
  mode.min_frame_rate = min_frame_rate;
  return mode;
}

inline CandidateDevice Camera(std::string name,
                              FacingMode facing,
                              std::vector<VideoCaptureMode> modes,
                              bool is_default = false) {
  CandidateDevice device;
  device.descriptor.kind = DeviceKind::kVideoInput;
  device.descriptor.raw_id = "raw-" + name;
  device.descriptor.label = name;
  device.descriptor.facing_mode = facing;
  device.descriptor.is_default = is_default;
  device.descriptor.video_modes = std::move(modes);
  device.device_id = name + "-id";
  device.group_id = name + "-group";
  return device;
}

// The system's default camera, facing the user: VGA and 720p at 30 Hz.
inline CandidateDevice DefaultCamera() {
  return Camera("default-camera", FacingMode::kUser,
                {Mode(320, 240, 30), Mode(640, 480, 30),
                 Mode(1280, 720, 30, PixelFormat::kMJPEG)},
                /*is_default=*/true);
}

// Small sizes only; does not say which way it faces.
inline CandidateDevice LowResCamera() {
  return Camera("low-res-camera", FacingMode::kUnknown,
                {Mode(160, 120, 15), Mode(320, 240, 30)});
}

// Facing the environment, up to 1440p, 720p at 60 Hz.
inline CandidateDevice HighResCamera() {
  return Camera("high-res-camera", FacingMode::kEnvironment,
                {Mode(640, 480, 30), Mode(1280, 720, 60, PixelFormat::kMJPEG),
                 Mode(1920, 1080, 30, PixelFormat::kMJPEG),
                 Mode(2560, 1440, 15, PixelFormat::kMJPEG)});
}

// PAL at 25 Hz, XGA at 7.5 Hz, CIF at any rate from 5 to 24 Hz.
inline CandidateDevice OddFrameRateCamera() {
  return Camera("odd-frame-rate-camera", FacingMode::kLeft,
                {Mode(720, 576, 25), Mode(1024, 768, 7.5),
                 RateRangeMode(352, 288, 5, 24)});
}

// Any size from 16x16 to 1920x1080 in steps of 8, at 1 to 30 Hz.
inline CandidateDevice StepwiseCamera() {
  VideoCaptureMode mode;
  mode.pixel_format = PixelFormat::kYUYV;
  mode.min_width = 16;
  mode.max_width = 1920;
  mode.step_width = 8;
  mode.min_height = 16;
  mode.max_height = 1080;
  mode.step_height = 8;
  mode.min_frame_rate = 1;
  mode.max_frame_rate = 30;
  return Camera("stepwise-camera", FacingMode::kUnknown, {mode});
}

inline AudioCaptureMode AudioMode(int min_rate,
                                  int max_rate,
                                  int min_channels,
                                  int max_channels,
                                  bool processing) {
  AudioCaptureMode mode;
  mode.min_sample_rate = min_rate;
  mode.max_sample_rate = max_rate;
  mode.min_channel_count = min_channels;
  mode.max_channel_count = max_channels;
  mode.sample_size = 16;
  mode.min_latency = 0.005;
  mode.max_latency = 0.1;
  mode.echo_cancellation = processing;
  mode.noise_suppression = processing;
  mode.auto_gain_control = processing;
  return mode;
}

inline CandidateDevice Microphone(std::string name,
                                  std::vector<AudioCaptureMode> modes,
                                  bool is_default = false) {
  CandidateDevice device;
  device.descriptor.kind = DeviceKind::kAudioInput;
  device.descriptor.raw_id = "raw-" + name;
  device.descriptor.label = name;
  device.descriptor.is_default = is_default;
  device.descriptor.audio_modes = std::move(modes);
  device.device_id = name + "-id";
  device.group_id = name + "-group";
  return device;
}

// The system's default microphone: 8 to 48 kHz, mono or stereo, 16 bits,
// no processing of its own.
inline CandidateDevice DefaultMicrophone() {
  return Microphone("default-microphone",
                    {AudioMode(8000, 48000, 1, 2, /*processing=*/false)},
                    /*is_default=*/true);
}

// A mono 16 kHz source that cancels echo, suppresses noise and controls
// gain (PulseAudio's module-echo-cancel).
inline CandidateDevice ProcessingMicrophone() {
  return Microphone("processing-microphone",
                    {AudioMode(16000, 16000, 1, 1, /*processing=*/true)});
}

// Constraint builders: ULong(min, max, exact, ideal) and friends.
inline ConstrainULongRange ULong(std::optional<uint32_t> min = {},
                                 std::optional<uint32_t> max = {},
                                 std::optional<uint32_t> exact = {},
                                 std::optional<uint32_t> ideal = {}) {
  ConstrainULongRange range;
  range.min = min;
  range.max = max;
  range.exact = exact;
  range.ideal = ideal;
  return range;
}
inline ConstrainULongRange ExactULong(uint32_t value) {
  return ULong({}, {}, value);
}
inline ConstrainULongRange IdealULong(uint32_t value) {
  return ULong({}, {}, {}, value);
}

inline ConstrainDoubleRange Double(std::optional<double> min = {},
                                   std::optional<double> max = {},
                                   std::optional<double> exact = {},
                                   std::optional<double> ideal = {}) {
  ConstrainDoubleRange range;
  range.min = min;
  range.max = max;
  range.exact = exact;
  range.ideal = ideal;
  return range;
}
inline ConstrainDoubleRange ExactDouble(double value) {
  return Double({}, {}, value);
}
inline ConstrainDoubleRange IdealDouble(double value) {
  return Double({}, {}, {}, value);
}

inline ConstrainBooleanParameters ExactBool(bool value) {
  ConstrainBooleanParameters parameters;
  parameters.exact = value;
  return parameters;
}
inline ConstrainBooleanParameters IdealBool(bool value) {
  ConstrainBooleanParameters parameters;
  parameters.ideal = value;
  return parameters;
}

// echoCancellation's parameters: a boolean or a mode string.
inline ConstrainBooleanOrDOMStringParameters ExactEcho(BooleanOrString value) {
  ConstrainBooleanOrDOMStringParameters parameters;
  parameters.exact = std::move(value);
  return parameters;
}
inline ConstrainBooleanOrDOMStringParameters IdealEcho(BooleanOrString value) {
  ConstrainBooleanOrDOMStringParameters parameters;
  parameters.ideal = std::move(value);
  return parameters;
}

inline ConstrainDOMStringParameters ExactString(StringOrStrings value) {
  ConstrainDOMStringParameters parameters;
  parameters.exact = std::move(value);
  return parameters;
}
inline ConstrainDOMStringParameters IdealString(StringOrStrings value) {
  ConstrainDOMStringParameters parameters;
  parameters.ideal = std::move(value);
  return parameters;
}

}  // namespace test
}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_TEST_DEVICES_H_

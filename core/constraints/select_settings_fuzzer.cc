// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// libFuzzer target: SelectSettings (select_settings.h) over random devices
// (video and audio, discrete and stepwise modes) and random constraints (a
// basic set and advanced sets, every member in every shape the IDL allows),
// checking what the algorithm promises, independently of how it gets there:
//
//  - a selection is a device of the track's kind whose settings satisfy
//    every required constraint of the basic set (the spec's fitness distance
//    is finite), whose capture parameters are one of the device's native
//    modes, and whose track format never exceeds them (no upscaling);
//  - "no candidates" exactly when not even the empty constraint set can be
//    satisfied;
//  - an OverconstrainedError naming a constraint: that constraint is
//    required in the basic set, and on its own (every other member left
//    out) no device can satisfy it either;
//  - an OverconstrainedError naming "": each required constraint on its own
//    can be satisfied by some device.
// A violation is a crash (__builtin_trap), as is any sanitizer report.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "core/constraints/fitness_distance.h"
#include "core/constraints/media_constraints.h"
#include "core/constraints/select_settings.h"
#include "testing/fuzz/fuzz_check.h"
#include "testing/fuzz/fuzz_input.h"

namespace mediacapture {
namespace constraint_model {
namespace {

using fuzzing::FuzzInput;

constexpr uint32_t kULongs[] = {
    0,    1,    2,    15,   16,   30,    120,   160,   240,   288,
    320,  352,  480,  576,  640,  720,   768,   1024,  1080,  1280,
    1440, 1920, 2560, 4096, 8000, 16000, 44100, 48000, 96000, 0xffffffffu,
};
constexpr double kDoubles[] = {
    0,   1e-9,  0.005, 0.01,  0.02, 0.5,  1,    4.0 / 3, 1.5,          16.0 / 9,
    2,   5,     7.5,   14.99, 15,   24,   25,   29.97,   30,           60,
    120, 1e300, -0.0,  -1,    -1e9, 0.04, 0.08, 0.2,     1.3333333333,
};

std::vector<std::string> StringPool(size_t devices) {
  std::vector<std::string> pool = {
      "user",           "environment", "left",        "right", "none",
      "crop-and-scale", "all",         "remote-only", "",      "x",
  };
  for (size_t d = 0; d < devices; ++d) {
    pool.push_back("device-" + std::to_string(d));
    pool.push_back("group-" + std::to_string(d % 2));
  }
  return pool;
}

// Builds constraints and devices from the input.
class Builder {
 public:
  explicit Builder(FuzzInput* input) : input_(input) {}

  uint32_t ULong() {
    if (input_->Below(8) == 0)
      return input_->U32();
    return kULongs[input_->Below(std::size(kULongs))];
  }
  double Double() {
    if (input_->Below(8) == 0) {
      // The bindings reject NaN and the infinities for `double`.
      double value = input_->Double();
      return std::isfinite(value) ? value : 0;
    }
    return kDoubles[input_->Below(std::size(kDoubles))];
  }
  std::string String() {
    if (input_->Below(16) == 0)
      return input_->String(8);
    return strings_[input_->Below(strings_.size())];
  }
  std::vector<std::string> Strings() {
    std::vector<std::string> list(input_->Below(4));
    for (std::string& s : list)
      s = String();
    return list;
  }
  std::variant<std::string, std::vector<std::string>> StringOrStrings() {
    if (input_->Bool())
      return String();
    return Strings();
  }

  std::variant<uint32_t, ConstrainULongRange> ConstrainULongValue() {
    if (input_->Bool())
      return ULong();
    ConstrainULongRange range;
    uint8_t present = input_->Byte();
    if (present & 1)
      range.min = ULong();
    if (present & 2)
      range.max = ULong();
    if (present & 4)
      range.exact = ULong();
    if (present & 8)
      range.ideal = ULong();
    return range;
  }
  std::variant<double, ConstrainDoubleRange> ConstrainDoubleValue() {
    if (input_->Bool())
      return Double();
    ConstrainDoubleRange range;
    uint8_t present = input_->Byte();
    if (present & 1)
      range.min = Double();
    if (present & 2)
      range.max = Double();
    if (present & 4)
      range.exact = Double();
    if (present & 8)
      range.ideal = Double();
    return range;
  }
  std::variant<bool, ConstrainBooleanParameters> ConstrainBooleanValue() {
    uint8_t shape = input_->Byte();
    if (shape & 1)
      return bool(shape & 2);
    ConstrainBooleanParameters parameters;
    if (shape & 4)
      parameters.exact = bool(shape & 8);
    if (shape & 16)
      parameters.ideal = bool(shape & 32);
    return parameters;
  }
  std::variant<bool, std::string> BooleanOrString() {
    if (input_->Bool())
      return input_->Bool();
    return String();
  }
  std::variant<bool, std::string, ConstrainBooleanOrDOMStringParameters>
  ConstrainBooleanOrStringValue() {
    switch (input_->Below(3)) {
      case 0:
        return input_->Bool();
      case 1:
        return String();
      default: {
        ConstrainBooleanOrDOMStringParameters parameters;
        uint8_t present = input_->Byte();
        if (present & 1)
          parameters.exact = BooleanOrString();
        if (present & 2)
          parameters.ideal = BooleanOrString();
        return parameters;
      }
    }
  }
  std::variant<std::string,
               std::vector<std::string>,
               ConstrainDOMStringParameters>
  ConstrainStringValue() {
    switch (input_->Below(3)) {
      case 0:
        return String();
      case 1:
        return Strings();
      default: {
        ConstrainDOMStringParameters parameters;
        uint8_t present = input_->Byte();
        if (present & 1)
          parameters.exact = StringOrStrings();
        if (present & 2)
          parameters.ideal = StringOrStrings();
        return parameters;
      }
    }
  }

  // Each member present with probability 1/4, so that most sets are small.
  ConstraintSet Set() {
    ConstraintSet set;
    auto present = [this] { return input_->Below(4) == 0; };
    if (present())
      set.width = ConstrainULongValue();
    if (present())
      set.height = ConstrainULongValue();
    if (present())
      set.aspect_ratio = ConstrainDoubleValue();
    if (present())
      set.frame_rate = ConstrainDoubleValue();
    if (present())
      set.facing_mode = ConstrainStringValue();
    if (present())
      set.resize_mode = ConstrainStringValue();
    if (present())
      set.sample_rate = ConstrainULongValue();
    if (present())
      set.sample_size = ConstrainULongValue();
    if (present())
      set.echo_cancellation = ConstrainBooleanOrStringValue();
    if (present())
      set.auto_gain_control = ConstrainBooleanValue();
    if (present())
      set.noise_suppression = ConstrainBooleanValue();
    if (present())
      set.latency = ConstrainDoubleValue();
    if (present())
      set.channel_count = ConstrainULongValue();
    if (present())
      set.device_id = ConstrainStringValue();
    if (present())
      set.group_id = ConstrainStringValue();
    if (present())
      set.background_blur = ConstrainBooleanValue();
    if (present())
      set.voice_isolation = ConstrainBooleanValue();
    return set;
  }

  MediaTrackConstraints Constraints() {
    MediaTrackConstraints constraints;
    static_cast<ConstraintSet&>(constraints) = Set();
    uint32_t advanced = input_->Below(6);
    if (advanced > 0) {
      constraints.advanced.emplace();
      // 5 stands for an empty list.
      for (uint32_t i = 0; i < advanced && advanced < 5; ++i)
        constraints.advanced->push_back(Set());
    }
    return constraints;
  }

  // A native mode as the adapters report them: sizes from 1 to 8192 (a
  // discrete size or a stepwise range, whose maximum is on its grid), frame
  // rates from 0.5 to 240 Hz.
  VideoCaptureMode VideoMode() {
    static constexpr PixelFormat kFormats[] = {
        PixelFormat::kYUYV, PixelFormat::kMJPEG, PixelFormat::kNV12,
        PixelFormat::kI420};
    VideoCaptureMode mode;
    mode.pixel_format = kFormats[input_->Below(4)];
    auto size = [this] {
      return input_->Bool() ? int(kULongs[5 + input_->Below(20)])
                            : 1 + int(input_->Below(8192));
    };
    mode.min_width = mode.max_width = size();
    mode.min_height = mode.max_height = size();
    if (input_->Below(4) == 0) {
      mode.max_width = std::max(mode.min_width, size());
      mode.max_height = std::max(mode.min_height, size());
      // Mostly coarse grids: a fine one over thousands of sizes costs
      // SelectSettings milliseconds per candidate, which would slow the
      // fuzzer down to a few hundred inputs a second.
      auto step = [this] {
        return input_->Below(8) == 0 ? 1 + int(input_->Below(8))
                                     : 8 + int(input_->Below(120));
      };
      mode.step_width = step();
      mode.step_height = step();
      // On the grid, as the V4L2 mode enumerator makes every maximum.
      mode.max_width -= (mode.max_width - mode.min_width) % mode.step_width;
      mode.max_height -= (mode.max_height - mode.min_height) % mode.step_height;
    }
    static constexpr double kRates[] = {0.5,   1,  5,  7.5, 15,  24, 25,
                                        29.97, 30, 50, 60,  120, 240};
    mode.min_frame_rate = mode.max_frame_rate = kRates[input_->Below(13)];
    if (input_->Bool()) {
      mode.max_frame_rate =
          std::max(mode.min_frame_rate, kRates[input_->Below(13)]);
    }
    return mode;
  }

  AudioCaptureMode AudioMode() {
    static constexpr int kRates[] = {8000,  11025, 16000, 22050,
                                     32000, 44100, 48000, 96000};
    static constexpr int kSizes[] = {8, 16, 24, 32};
    static constexpr double kLatencies[] = {0.001, 0.005, 0.01, 0.02,
                                            0.04,  0.1,   0.5};
    AudioCaptureMode mode;
    mode.min_sample_rate = mode.max_sample_rate = kRates[input_->Below(8)];
    if (input_->Bool())
      mode.max_sample_rate =
          std::max(mode.min_sample_rate, kRates[input_->Below(8)]);
    mode.min_channel_count = 1 + input_->Below(2);
    mode.max_channel_count = mode.min_channel_count + input_->Below(8);
    mode.sample_size = kSizes[input_->Below(4)];
    mode.min_latency = mode.max_latency = kLatencies[input_->Below(7)];
    if (input_->Bool())
      mode.max_latency =
          std::max(mode.min_latency, kLatencies[input_->Below(7)]);
    uint8_t processing = input_->Byte();
    mode.echo_cancellation = processing & 1;
    mode.noise_suppression = processing & 2;
    mode.auto_gain_control = processing & 4;
    return mode;
  }

  std::vector<CandidateDevice> Devices(size_t count) {
    std::vector<CandidateDevice> devices(count);
    for (size_t d = 0; d < count; ++d) {
      CandidateDevice& device = devices[d];
      device.descriptor.kind =
          input_->Bool() ? DeviceKind::kVideoInput : DeviceKind::kAudioInput;
      device.descriptor.raw_id = "raw-" + std::to_string(d);
      device.descriptor.facing_mode = static_cast<FacingMode>(input_->Below(5));
      device.descriptor.is_default = input_->Below(4) == 0;
      device.device_id = "device-" + std::to_string(d);
      device.group_id = "group-" + std::to_string(d % 2);
      uint32_t modes = input_->Below(5);
      for (uint32_t m = 0; m < modes; ++m) {
        if (device.descriptor.kind == DeviceKind::kVideoInput)
          device.descriptor.video_modes.push_back(VideoMode());
        else
          device.descriptor.audio_modes.push_back(AudioMode());
      }
    }
    return devices;
  }

  void SetStrings(std::vector<std::string> strings) {
    strings_ = std::move(strings);
  }

 private:
  FuzzInput* input_;
  std::vector<std::string> strings_ = StringPool(0);
};

constexpr const char* kMemberNames[] = {
    constraint_names::kWidth,
    constraint_names::kHeight,
    constraint_names::kAspectRatio,
    constraint_names::kFrameRate,
    constraint_names::kFacingMode,
    constraint_names::kResizeMode,
    constraint_names::kSampleRate,
    constraint_names::kSampleSize,
    constraint_names::kEchoCancellation,
    constraint_names::kAutoGainControl,
    constraint_names::kNoiseSuppression,
    constraint_names::kLatency,
    constraint_names::kChannelCount,
    constraint_names::kDeviceId,
    constraint_names::kGroupId,
    constraint_names::kBackgroundBlur,
    constraint_names::kVoiceIsolation,
};

// The constraints with only member |name| of the basic set (no advanced).
MediaTrackConstraints OnlyMember(const MediaTrackConstraints& from,
                                 const std::string& name) {
  MediaTrackConstraints to;
#define COPY_MEMBER(js_name, field)        \
  if (name == constraint_names::js_name) { \
    to.field = from.field;                 \
    return to;                             \
  }
  COPY_MEMBER(kWidth, width)
  COPY_MEMBER(kHeight, height)
  COPY_MEMBER(kAspectRatio, aspect_ratio)
  COPY_MEMBER(kFrameRate, frame_rate)
  COPY_MEMBER(kFacingMode, facing_mode)
  COPY_MEMBER(kResizeMode, resize_mode)
  COPY_MEMBER(kSampleRate, sample_rate)
  COPY_MEMBER(kSampleSize, sample_size)
  COPY_MEMBER(kEchoCancellation, echo_cancellation)
  COPY_MEMBER(kAutoGainControl, auto_gain_control)
  COPY_MEMBER(kNoiseSuppression, noise_suppression)
  COPY_MEMBER(kLatency, latency)
  COPY_MEMBER(kChannelCount, channel_count)
  COPY_MEMBER(kDeviceId, device_id)
  COPY_MEMBER(kGroupId, group_id)
  COPY_MEMBER(kBackgroundBlur, background_blur)
  COPY_MEMBER(kVoiceIsolation, voice_isolation)
#undef COPY_MEMBER
  __builtin_trap();
}

// Whether member |name| of |set| has a required part (min, max, exact).
bool IsRequired(const ResolvedConstraintSet& set, const std::string& name) {
#define REQUIRED(js_name, field)         \
  if (name == constraint_names::js_name) \
    return set.field.IsRequired();
  REQUIRED(kWidth, width)
  REQUIRED(kHeight, height)
  REQUIRED(kAspectRatio, aspect_ratio)
  REQUIRED(kFrameRate, frame_rate)
  REQUIRED(kFacingMode, facing_mode)
  REQUIRED(kResizeMode, resize_mode)
  REQUIRED(kSampleRate, sample_rate)
  REQUIRED(kSampleSize, sample_size)
  REQUIRED(kEchoCancellation, echo_cancellation)
  REQUIRED(kAutoGainControl, auto_gain_control)
  REQUIRED(kNoiseSuppression, noise_suppression)
  REQUIRED(kLatency, latency)
  REQUIRED(kChannelCount, channel_count)
  REQUIRED(kDeviceId, device_id)
  REQUIRED(kGroupId, group_id)
  REQUIRED(kBackgroundBlur, background_blur)
  REQUIRED(kVoiceIsolation, voice_isolation)
#undef REQUIRED
  __builtin_trap();
}

constexpr double kEpsilon = 1e-9;

bool InVideoMode(const VideoCaptureMode& mode, const VideoCaptureParams& p) {
  return mode.pixel_format == p.pixel_format && p.width >= mode.min_width &&
         p.width <= mode.max_width &&
         (p.width - mode.min_width) % mode.step_width == 0 &&
         p.height >= mode.min_height && p.height <= mode.max_height &&
         (p.height - mode.min_height) % mode.step_height == 0 &&
         p.frame_rate >= mode.min_frame_rate - kEpsilon &&
         p.frame_rate <= mode.max_frame_rate + kEpsilon;
}

bool InAudioMode(const AudioCaptureMode& mode, const AudioCaptureParams& p) {
  return p.sample_rate >= mode.min_sample_rate &&
         p.sample_rate <= mode.max_sample_rate &&
         p.channel_count >= mode.min_channel_count &&
         p.channel_count <= mode.max_channel_count;
}

void CheckSelected(const std::vector<CandidateDevice>& devices,
                   const MediaTrackConstraints& constraints,
                   DeviceKind kind,
                   size_t device_index,
                   const MediaTrackSettings& settings) {
  FUZZ_CHECK(device_index < devices.size());
  FUZZ_CHECK(devices[device_index].descriptor.kind == kind);
  FUZZ_CHECK(settings.device_id == devices[device_index].device_id);
  const ResolvedConstraintSet basic =
      Resolve(Basic(constraints), BareValue::kIdeal);
  FUZZ_CHECK(FirstUnsatisfiedConstraint(basic, settings, kind).empty());
  if (!std::isfinite(FitnessDistance(basic, settings, kind))) {
    for (const char* member : kMemberNames) {
      double distance = FitnessDistance(
          Resolve(Basic(OnlyMember(constraints, member)), BareValue::kIdeal),
          settings, kind);
      if (distance != 0)
        fprintf(stderr, "%s: distance %g\n", member, distance);
    }
  }
  FUZZ_CHECK(std::isfinite(FitnessDistance(basic, settings, kind)));
}

template <typename Selection>
void CheckFailure(
    const std::vector<CandidateDevice>& devices,
    const MediaTrackConstraints& constraints,
    DeviceKind kind,
    const SelectionResult<Selection>& result,
    SelectionResult<Selection> (*select)(const std::vector<CandidateDevice>&,
                                         const MediaTrackConstraints&)) {
  const bool unconstrained_ok = select(devices, MediaTrackConstraints()).ok();
  FUZZ_CHECK(result.no_candidates() == !unconstrained_ok);
  if (result.no_candidates())
    return;
  const ResolvedConstraintSet basic =
      Resolve(Basic(constraints), BareValue::kIdeal);
  const std::string& name = result.failed_constraint_name();
  if (!name.empty()) {
    FUZZ_CHECK(PropertyAppliesTo(name, kind));
    FUZZ_CHECK(IsRequired(basic, name));
    auto alone = select(devices, OnlyMember(constraints, name));
    FUZZ_CHECK(!alone.ok() && !alone.no_candidates());
    FUZZ_CHECK(alone.failed_constraint_name() == name);
    return;
  }
  for (const char* member : kMemberNames) {
    if (!PropertyAppliesTo(member, kind) || !IsRequired(basic, member))
      continue;
    FUZZ_CHECK(select(devices, OnlyMember(constraints, member)).ok());
  }
}

void CheckVideo(const std::vector<CandidateDevice>& devices,
                const MediaTrackConstraints& constraints) {
  auto result = SelectVideoSettings(devices, constraints);
  if (!result.ok()) {
    CheckFailure(devices, constraints, DeviceKind::kVideoInput, result,
                 &SelectVideoSettings);
    return;
  }
  const VideoSelection& selection = result.value();
  CheckSelected(devices, constraints, DeviceKind::kVideoInput,
                selection.device_index, selection.settings);
  bool native = false;
  for (const VideoCaptureMode& mode :
       devices[selection.device_index].descriptor.video_modes)
    native = native || InVideoMode(mode, selection.capture_params);
  if (!native) {
    const VideoCaptureParams& p = selection.capture_params;
    fprintf(stderr, "selected %dx%d@%g fourcc %08x on device %zu; its modes:\n",
            p.width, p.height, p.frame_rate, unsigned(p.pixel_format),
            selection.device_index);
    for (const VideoCaptureMode& m :
         devices[selection.device_index].descriptor.video_modes) {
      fprintf(stderr, "  %08x %d-%d/%d x %d-%d/%d @ %g-%g\n",
              unsigned(m.pixel_format), m.min_width, m.max_width, m.step_width,
              m.min_height, m.max_height, m.step_height, m.min_frame_rate,
              m.max_frame_rate);
    }
  }
  FUZZ_CHECK(native);
  const VideoTrackFormat& track = selection.track_format;
  FUZZ_CHECK(track.width >= 1 && track.width <= selection.capture_params.width);
  FUZZ_CHECK(track.height >= 1 &&
             track.height <= selection.capture_params.height);
  FUZZ_CHECK(track.frame_rate >= 0 &&
             track.frame_rate <=
                 selection.capture_params.frame_rate + kEpsilon);
  FUZZ_CHECK(selection.settings.width == uint32_t(track.width));
  FUZZ_CHECK(selection.settings.height == uint32_t(track.height));
}

void CheckAudio(const std::vector<CandidateDevice>& devices,
                const MediaTrackConstraints& constraints) {
  auto result = SelectAudioSettings(devices, constraints);
  if (!result.ok()) {
    CheckFailure(devices, constraints, DeviceKind::kAudioInput, result,
                 &SelectAudioSettings);
    return;
  }
  const AudioSelection& selection = result.value();
  CheckSelected(devices, constraints, DeviceKind::kAudioInput,
                selection.device_index, selection.settings);
  bool native = false;
  for (const AudioCaptureMode& mode :
       devices[selection.device_index].descriptor.audio_modes)
    native = native || InAudioMode(mode, selection.capture_params);
  FUZZ_CHECK(native);
}

}  // namespace
}  // namespace constraint_model
}  // namespace mediacapture

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mediacapture;
  using namespace mediacapture::constraint_model;
  mediacapture::fuzzing::FuzzInput input(data, size);
  Builder builder(&input);
  const bool video = input.Bool();
  const size_t device_count = input.Below(5);
  builder.SetStrings(StringPool(device_count));
  std::vector<CandidateDevice> devices = builder.Devices(device_count);
  MediaTrackConstraints constraints = builder.Constraints();
  if (video)
    CheckVideo(devices, constraints);
  else
    CheckAudio(devices, constraints);
  return 0;
}

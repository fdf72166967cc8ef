// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// SelectAudioSettings(): see select_settings.h for the algorithm, the ranked
// criteria and where we follow Chromium rather than the letter of the spec.

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <vector>

#include "core/constraints/constraint_sets.h"
#include "core/constraints/fitness_distance.h"
#include "core/constraints/select_settings.h"
#include "core/constraints/select_settings_loop.h"

namespace mediacapture {
namespace constraint_model {

namespace {

namespace n = constraint_names;

// A processing step the mode really does can be switched off; one it does
// not do can only be off.
DiscreteSet<bool> ProcessingSet(bool available) {
  return available ? DiscreteSet<bool>({true, false})
                   : DiscreteSet<bool>({false});
}

// One (device, mode): the settings dictionaries it can produce.
struct AudioCandidate {
  size_t device_index = 0;
  size_t mode_index = 0;
  const CandidateDevice* device = nullptr;
  const AudioCaptureMode* mode = nullptr;
  NumericRangeSet<int> sample_rate;
  NumericRangeSet<int> sample_size;
  NumericRangeSet<int> channel_count;
  NumericRangeSet<double> latency;
  DiscreteSet<bool> echo_cancellation;
  DiscreteSet<bool> auto_gain_control;
  DiscreteSet<bool> noise_suppression;
};

AudioCandidate MakeCandidate(const std::vector<CandidateDevice>& devices,
                             size_t device_index,
                             size_t mode_index) {
  AudioCandidate c;
  c.device_index = device_index;
  c.mode_index = mode_index;
  c.device = &devices[device_index];
  c.mode = &c.device->descriptor.audio_modes[mode_index];
  const AudioCaptureMode& m = *c.mode;
  c.sample_rate = NumericRangeSet<int>(m.min_sample_rate, m.max_sample_rate);
  c.sample_size = NumericRangeSet<int>::FromValue(m.sample_size);
  c.channel_count =
      NumericRangeSet<int>(m.min_channel_count, m.max_channel_count);
  c.latency = NumericRangeSet<double>(m.min_latency, m.max_latency);
  c.echo_cancellation = ProcessingSet(m.echo_cancellation);
  c.auto_gain_control = ProcessingSet(m.auto_gain_control);
  c.noise_suppression = ProcessingSet(m.noise_suppression);
  return c;
}

bool StringMemberSatisfied(const StringConstraint& constraint,
                           const std::string& value) {
  return !constraint.IsRequired() ||
         std::find(constraint.exact.begin(), constraint.exact.end(), value) !=
             constraint.exact.end();
}

template <typename T>
bool Narrow(NumericRangeSet<T>* range, const NumericConstraint& constraint) {
  *range = range->Intersection(NumericRangeSet<T>::FromConstraint(constraint));
  return !range->IsEmpty();
}

bool Narrow(DiscreteSet<bool>* values, const BooleanConstraint& constraint) {
  *values = values->Intersection(BoolSetFromConstraint(constraint));
  return !values->IsEmpty();
}

// The device's native sample rate: 48000 Hz when it can, else the top of
// its range.
int NativeSampleRate(const AudioCaptureMode& mode) {
  if (mode.min_sample_rate <= kDefaultSampleRate &&
      kDefaultSampleRate <= mode.max_sample_rate) {
    return kDefaultSampleRate;
  }
  return mode.max_sample_rate;
}

// The ideal value if the set has it, else `preferred` if it has it, else its
// only member.
bool PickBool(const DiscreteSet<bool>& values,
              const BooleanConstraint& basic,
              bool preferred) {
  if (basic.ideal && values.Contains(*basic.ideal))
    return *basic.ideal;
  if (values.Contains(preferred))
    return preferred;
  return !preferred;
}

// What is audio-specific in SelectSettings (see select_settings_loop.h).
struct AudioKind {
  using Candidate = AudioCandidate;
  using Selection = AudioSelection;
  static constexpr DeviceKind kDeviceKind = DeviceKind::kAudioInput;
  static constexpr char kName[] = "audio";
  static constexpr const char* kMembers[] = {
      n::kSampleRate,      n::kSampleSize,       n::kEchoCancellation,
      n::kAutoGainControl, n::kNoiseSuppression, n::kLatency,
      n::kChannelCount,    n::kDeviceId,         n::kGroupId,
      n::kVoiceIsolation,
  };

  // One candidate per mode.
  static std::vector<AudioCandidate> Candidates(
      const std::vector<CandidateDevice>& devices,
      size_t device_index) {
    std::vector<AudioCandidate> candidates;
    const DeviceDescriptor& descriptor = devices[device_index].descriptor;
    for (size_t m = 0; m < descriptor.audio_modes.size(); ++m) {
      AudioCandidate c = MakeCandidate(devices, device_index, m);
      // A mode that offers nothing (an inverted or zero range) is no
      // candidate at all.
      if (c.sample_rate.IsEmpty() || c.channel_count.IsEmpty() ||
          c.latency.IsEmpty() || c.mode->max_sample_rate <= 0 ||
          c.mode->max_channel_count <= 0) {
        continue;
      }
      candidates.push_back(std::move(c));
    }
    return candidates;
  }

  static bool ApplyMember(std::string_view name,
                          const ResolvedConstraintSet& set,
                          AudioCandidate* c) {
    if (name == n::kSampleRate)
      return Narrow(&c->sample_rate, set.sample_rate);
    if (name == n::kSampleSize)
      return Narrow(&c->sample_size, set.sample_size);
    if (name == n::kEchoCancellation)
      return Narrow(&c->echo_cancellation, set.echo_cancellation);
    if (name == n::kAutoGainControl)
      return Narrow(&c->auto_gain_control, set.auto_gain_control);
    if (name == n::kNoiseSuppression)
      return Narrow(&c->noise_suppression, set.noise_suppression);
    if (name == n::kLatency)
      return Narrow(&c->latency, set.latency);
    if (name == n::kChannelCount)
      return Narrow(&c->channel_count, set.channel_count);
    if (name == n::kDeviceId)
      return StringMemberSatisfied(set.device_id, c->device->device_id);
    if (name == n::kGroupId)
      return StringMemberSatisfied(set.group_id, c->device->group_id);
    if (name == n::kVoiceIsolation)  // We do no voice isolation.
      return BoolSetFromConstraint(set.voice_isolation).Contains(false);
    return true;
  }

  // Each numeric setting independently: the clamped ideal minimises its
  // term of the fitness distance; without one, the native value. Each
  // processing boolean: the ideal, else what the mode does.
  static AudioSelection Pick(const AudioCandidate& c,
                             const ResolvedConstraintSet& basic) {
    const AudioCaptureMode& mode = *c.mode;
    const int native_rate = NativeSampleRate(mode);
    const int native_channels = mode.max_channel_count;
    const double default_latency = AudioCaptureParams().latency;
    const int sample_rate = c.sample_rate.Clamp(
        basic.sample_rate.ideal ? static_cast<int>(std::lround(std::min(
                                      *basic.sample_rate.ideal, 2147483647.0)))
                                : native_rate);
    const int channel_count = c.channel_count.Clamp(
        basic.channel_count.ideal
            ? static_cast<int>(std::lround(
                  std::min(*basic.channel_count.ideal, 2147483647.0)))
            : native_channels);
    const double latency = c.latency.Clamp(
        basic.latency.ideal ? *basic.latency.ideal : default_latency);

    AudioSelection selection;
    selection.capture_params.sample_rate = sample_rate;
    selection.capture_params.channel_count = channel_count;
    selection.capture_params.latency = latency;

    MediaTrackSettings& s = selection.settings;
    s.sample_rate = sample_rate;
    if (mode.sample_size > 0)
      s.sample_size = mode.sample_size;
    s.channel_count = channel_count;
    s.latency = latency;
    s.echo_cancellation = PickBool(c.echo_cancellation, basic.echo_cancellation,
                                   mode.echo_cancellation);
    s.auto_gain_control = PickBool(c.auto_gain_control, basic.auto_gain_control,
                                   mode.auto_gain_control);
    s.noise_suppression = PickBool(c.noise_suppression, basic.noise_suppression,
                                   mode.noise_suppression);
    s.device_id = c.device->device_id;
    s.group_id = c.device->group_id;
    s.voice_isolation = false;
    return selection;
  }

  // The system's default device first, then the one closest to the mode's
  // native sample rate and channel count.
  static std::vector<double> TieBreakers(const AudioCandidate& c,
                                         const AudioSelection& selection) {
    const AudioCaptureParams& params = selection.capture_params;
    return {
        c.device->descriptor.is_default ? 0.0 : 1.0,
        RelativeDistance(params.sample_rate, NativeSampleRate(*c.mode)) +
            RelativeDistance(params.channel_count, c.mode->max_channel_count),
    };
  }
};

}  // namespace

SelectionResult<AudioSelection> SelectAudioSettings(
    const std::vector<CandidateDevice>& devices,
    const MediaTrackConstraints& constraints) {
  return SelectSettings<AudioKind>(devices, constraints);
}

}  // namespace constraint_model
}  // namespace mediacapture

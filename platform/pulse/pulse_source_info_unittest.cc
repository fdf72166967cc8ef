// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/pulse_source_info.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

PulseSourceInfo Microphone() {
  PulseSourceInfo info;
  info.index = 3;
  info.name = "alsa_input.usb-Cam-02.analog-stereo";
  info.description = "HD Webcam Analog Stereo";
  info.sample_rate = 48000;
  info.channels = 2;
  info.sample_size_bits = 16;
  info.bus_path = "pci-0000:00:14.0-usb-0:1:1.2";
  info.module_name = "module-alsa-card";
  info.dynamic_latency = true;
  info.configured_latency_usec = 2000000;
  return info;
}

PulseSourceInfo EchoCancelled(const std::string& arguments) {
  PulseSourceInfo info = Microphone();
  info.name = "ec";
  info.module_name = "module-echo-cancel";
  info.module_arguments = arguments;
  return info;
}

TEST_CASE("module arguments split on spaces outside quotes",
          "[pulse][source_info]") {
  auto args = ParsePulseModuleArguments(
      "source_master=sine  aec_method=webrtc aec_args=\"noise_suppression=0 "
      "analog_gain_control=0\" label='it\\'s' x=a\\ b");
  CHECK(args.size() == 5);
  CHECK(args["source_master"] == "sine");
  CHECK(args["aec_method"] == "webrtc");
  CHECK(args["aec_args"] == "noise_suppression=0 analog_gain_control=0");
  CHECK(args["label"] == "it's");
  CHECK(args["x"] == "a b");
}

TEST_CASE("module arguments without a value are skipped",
          "[pulse][source_info]") {
  auto args = ParsePulseModuleArguments("bare key=1 other");
  CHECK(args.size() == 1);
  CHECK(args["key"] == "1");
}

TEST_CASE("pulse booleans read like pa_parse_boolean", "[pulse][source_info]") {
  CHECK(ParsePulseBoolean("yes", false));
  CHECK(ParsePulseBoolean("On", false));
  CHECK(ParsePulseBoolean("1", false));
  CHECK_FALSE(ParsePulseBoolean("0", true));
  CHECK_FALSE(ParsePulseBoolean("off", true));
  CHECK(ParsePulseBoolean("maybe", true));
  CHECK_FALSE(ParsePulseBoolean("", false));
}

TEST_CASE("a plain microphone claims no processing", "[pulse][source_info]") {
  PulseProcessing p = PulseProcessingFor(Microphone());
  CHECK_FALSE(p.echo_cancellation);
  CHECK_FALSE(p.noise_suppression);
  CHECK_FALSE(p.auto_gain_control);
}

TEST_CASE("an echo-cancel source with webrtc defaults does all three",
          "[pulse][source_info]") {
  PulseProcessing p = PulseProcessingFor(EchoCancelled("source_master=mic"));
  CHECK(p.echo_cancellation);
  CHECK(p.noise_suppression);
  CHECK(p.auto_gain_control);
}

TEST_CASE("echo-cancel arguments turn processing off", "[pulse][source_info]") {
  struct Row {
    const char* arguments;
    bool ec, ns, agc;
  };
  Row rows[] = {
      {"aec_args='noise_suppression=0'", true, false, true},
      {"aec_args='analog_gain_control=0'", true, true, false},
      {"aec_args='analog_gain_control=0 digital_gain_control=1'", true, true,
       true},
      {"aec_method=speex aec_args='agc=0 denoise=0'", true, false, false},
      {"aec_method=speex", true, true, true},
      {"aec_method=adrian", true, false, false},
      {"aec_method=null", false, false, false},
  };
  for (const Row& row : rows) {
    DYNAMIC_SECTION(row.arguments) {
      PulseProcessing p = PulseProcessingFor(EchoCancelled(row.arguments));
      CHECK(p.echo_cancellation == row.ec);
      CHECK(p.noise_suppression == row.ns);
      CHECK(p.auto_gain_control == row.agc);
    }
  }
}

TEST_CASE("a usb bus path groups like the camera's v4l2 bus_info",
          "[pulse][source_info]") {
  CHECK(PulseGroupIdFromBusPath("pci-0000:00:14.0-usb-0:1:1.2") ==
        "usb-0000:00:14.0-1");
  CHECK(PulseGroupIdFromBusPath("pci-0000:00:14.0-usb-0:1.4:1.0") ==
        "usb-0000:00:14.0-1.4");
  CHECK(PulseGroupIdFromBusPath("pci-0000:00:14.0-usbv3-0:2:1.3") ==
        "usb-0000:00:14.0-2");
  CHECK(PulseGroupIdFromBusPath("pci-0000:00:14.0-usb-0:5") ==
        "usb-0000:00:14.0-5");
  CHECK(PulseGroupIdFromBusPath("pci-0000:00:1f.3") == "pci-0000:00:1f.3");
  CHECK(PulseGroupIdFromBusPath("platform-soc_sound") == "platform-soc_sound");
  CHECK(PulseGroupIdFromBusPath("").empty());
}

TEST_CASE("a descriptor carries name, description and group",
          "[pulse][source_info]") {
  DeviceDescriptor d = MakePulseDeviceDescriptor(Microphone(), true);
  CHECK(d.kind == DeviceKind::kAudioInput);
  CHECK(d.raw_id == "alsa_input.usb-Cam-02.analog-stereo");
  CHECK(d.label == "HD Webcam Analog Stereo");
  CHECK(d.raw_group_id == "usb-0000:00:14.0-1");
  CHECK(d.is_default);
  CHECK(d.video_modes.empty());
}

TEST_CASE("a descriptor offers the native format first, then conversions",
          "[pulse][source_info]") {
  PulseSourceInfo mono = Microphone();
  mono.channels = 1;
  mono.sample_rate = 44100;
  DeviceDescriptor d = MakePulseDeviceDescriptor(mono, false);
  REQUIRE(d.audio_modes.size() == 2);
  const AudioCaptureMode& native = d.audio_modes[0];
  CHECK(native.min_sample_rate == 44100);
  CHECK(native.max_sample_rate == 44100);
  CHECK(native.min_channel_count == 1);
  CHECK(native.max_channel_count == 1);
  CHECK(native.sample_size == 16);
  CHECK(native.min_latency == Approx(kPulseMinLatencySeconds));
  CHECK(native.max_latency == Approx(kPulseMaxLatencySeconds));
  const AudioCaptureMode& converted = d.audio_modes[1];
  CHECK(converted.min_sample_rate == kPulseMinSampleRate);
  CHECK(converted.max_sample_rate == kPulseMaxSampleRate);
  CHECK(converted.min_channel_count == 1);
  CHECK(converted.max_channel_count == 2);
}

TEST_CASE("a fixed-latency source offers its one latency",
          "[pulse][source_info]") {
  PulseSourceInfo info = Microphone();
  info.dynamic_latency = false;
  info.configured_latency_usec = 250000;
  DeviceDescriptor d = MakePulseDeviceDescriptor(info, false);
  for (const AudioCaptureMode& mode : d.audio_modes) {
    CHECK(mode.min_latency == Approx(0.25));
    CHECK(mode.max_latency == Approx(0.25));
  }
}

TEST_CASE("a descriptor without a description is labelled by its name",
          "[pulse][source_info]") {
  PulseSourceInfo info = Microphone();
  info.description.clear();
  CHECK(MakePulseDeviceDescriptor(info, false).label == info.name);
}

}  // namespace
}  // namespace mediacapture

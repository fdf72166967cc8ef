// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_PULSE_PULSE_SOURCE_INFO_H_
#define PLATFORM_PULSE_PULSE_SOURCE_INFO_H_

#include <pulse/introspect.h>

#include <cstdint>
#include <map>
#include <string>

#include "platform/capture/device_descriptor.h"

namespace mediacapture {

// What the adapter keeps of a pa_source_info (whose strings live only during
// the libpulse callback), plus the owner module's name and arguments, which
// tell what processing the source does. Plain data: any thread.
struct PulseSourceInfo {
  uint32_t index = 0;
  // pa_source_info.name: the raw device id.
  std::string name;
  // pa_source_info.description: the label.
  std::string description;
  // A monitor of a sink (what a sink plays), not a microphone.
  bool is_monitor = false;
  // The native sample spec.
  int sample_rate = 0;
  int channels = 0;
  int sample_size_bits = 0;
  // PA_SOURCE_DYNAMIC_LATENCY: the source follows what its clients ask.
  bool dynamic_latency = false;
  // What the source runs at now; for a fixed-latency source, always its
  // one latency (module-sine-source: 2 s).
  uint64_t configured_latency_usec = 0;
  // device.bus_path (udev's ID_PATH), device.class.
  std::string bus_path;
  std::string device_class;
  // The module that made the source, and its arguments.
  uint32_t owner_module = 0;
  std::string module_name;
  std::string module_arguments;

  // Copies what the adapter needs. Module name and arguments come from a
  // separate query.
  static PulseSourceInfo FromPa(const pa_source_info& info);
};

// Audio processing a source really does.
struct PulseProcessing {
  bool echo_cancellation = false;
  bool noise_suppression = false;
  bool auto_gain_control = false;
};

// Parses PulseAudio module arguments: `key=value` pairs separated by
// whitespace, a value optionally quoted with ' or " (which may hold spaces
// and the other quote) and backslash escapes, as pa_modargs does.
std::map<std::string, std::string> ParsePulseModuleArguments(
    const std::string& arguments);

// pa_parse_boolean(): 1/0, y/n, yes/no, t/f, true/false, on/off. |fallback|
// when absent or unparsable.
bool ParsePulseBoolean(const std::string& value, bool fallback);

// What module-echo-cancel does with these arguments. Only that module's
// sources claim processing; every other source reports none.
//   aec_method=webrtc (the default where PulseAudio is built with
//     webrtc-audio-processing, as in Debian): echo cancellation; noise
//     suppression unless aec_args has noise_suppression=0; gain control
//     unless both analog_gain_control and digital_gain_control are off
//     (analog is on by default).
//   aec_method=speex: echo cancellation; denoise and agc both default on.
//   aec_method=adrian: echo cancellation only.
//   aec_method=null: nothing (it passes audio through).
PulseProcessing PulseProcessingFor(const PulseSourceInfo& info);

// The group of a source, from device.bus_path (udev's ID_PATH of the
// audio interface). A USB interface's path
//   "pci-0000:00:14.0-usb-0:1.4:1.2"   (controller, port path, config.iface)
// becomes the form V4L2 reports in VIDIOC_QUERYCAP bus_info for the same
// device, which the V4L2 adapter uses as its raw group id:
//   "usb-0000:00:14.0-1.4"
// so that a webcam's microphone and camera share a groupId. Other paths
// (a PCI sound card: "pci-0000:00:1f.3") are kept. Empty when unknown.
std::string PulseGroupIdFromBusPath(const std::string& bus_path);

// The adapter's capability model, per source:
//   modes[0] the native format: the source's own rate, channel count and
//            sample size, nothing converted.
//   modes[1] what the server converts to on request: any rate from
//            kPulseMinSampleRate to kPulseMaxSampleRate, 1 to
//            max(2, native) channels.
// Both modes: the sample size as the source's native one, the processing
// the source does, and latency: for a dynamic-latency source (which runs at
// what its clients ask) from kPulseMinLatencySeconds to
// kPulseMaxLatencySeconds; for a fixed-latency source its one configured
// latency, which the server imposes on every record stream's fragments.
constexpr int kPulseMinSampleRate = 8000;
// PA_RATE_MAX in PulseAudio 16.
constexpr int kPulseMaxSampleRate = 384000;
// A 2 ms fragment: below it the per-callback overhead dominates and
// PulseAudio's own scheduling cannot follow anyway.
constexpr double kPulseMinLatencySeconds = 0.002;
// Two seconds: pa_buffer_attr's default maxlength holds far more, but
// nothing interactive wants more.
constexpr double kPulseMaxLatencySeconds = 2.0;

DeviceDescriptor MakePulseDeviceDescriptor(const PulseSourceInfo& info,
                                           bool is_default);

}  // namespace mediacapture

#endif  // PLATFORM_PULSE_PULSE_SOURCE_INFO_H_

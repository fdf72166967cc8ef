// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/pulse_source_info.h"

#include <pulse/def.h>
#include <pulse/proplist.h>
#include <pulse/sample.h>
#include <pulse/timeval.h>

#include <algorithm>
#include <cctype>
#include <regex>

namespace mediacapture {

namespace {

std::string Property(const pa_proplist* props, const char* key) {
  if (!props)
    return std::string();
  const char* value = pa_proplist_gets(props, key);
  return value ? value : std::string();
}

std::string Lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

}  // namespace

// static
PulseSourceInfo PulseSourceInfo::FromPa(const pa_source_info& info) {
  PulseSourceInfo result;
  result.index = info.index;
  result.name = info.name ? info.name : "";
  result.description = info.description ? info.description : "";
  result.is_monitor = info.monitor_of_sink != PA_INVALID_INDEX;
  result.sample_rate = static_cast<int>(info.sample_spec.rate);
  result.channels = info.sample_spec.channels;
  result.sample_size_bits =
      pa_sample_spec_valid(&info.sample_spec)
          ? static_cast<int>(pa_sample_size(&info.sample_spec) * 8)
          : 0;
  result.dynamic_latency = (info.flags & PA_SOURCE_DYNAMIC_LATENCY) != 0;
  result.configured_latency_usec = info.configured_latency;
  result.bus_path = Property(info.proplist, PA_PROP_DEVICE_BUS_PATH);
  result.device_class = Property(info.proplist, PA_PROP_DEVICE_CLASS);
  result.owner_module = info.owner_module;
  return result;
}

std::map<std::string, std::string> ParsePulseModuleArguments(
    const std::string& arguments) {
  std::map<std::string, std::string> result;
  size_t i = 0;
  const size_t n = arguments.size();
  while (i < n) {
    while (i < n && std::isspace(static_cast<unsigned char>(arguments[i])))
      ++i;
    if (i >= n)
      break;
    size_t key_start = i;
    while (i < n && arguments[i] != '=' &&
           !std::isspace(static_cast<unsigned char>(arguments[i]))) {
      ++i;
    }
    std::string key = arguments.substr(key_start, i - key_start);
    if (i >= n || arguments[i] != '=') {
      // A bare word is not an argument; pa_modargs rejects it. Skip it.
      continue;
    }
    ++i;  // '='
    std::string value;
    char quote = 0;
    if (i < n && (arguments[i] == '"' || arguments[i] == '\'')) {
      quote = arguments[i];
      ++i;
    }
    while (i < n) {
      char c = arguments[i];
      if (c == '\\' && i + 1 < n) {
        value += arguments[i + 1];
        i += 2;
        continue;
      }
      if (quote ? c == quote : std::isspace(static_cast<unsigned char>(c)))
        break;
      value += c;
      ++i;
    }
    if (quote && i < n)
      ++i;  // The closing quote.
    result[key] = value;
  }
  return result;
}

bool ParsePulseBoolean(const std::string& value, bool fallback) {
  std::string v = Lowercase(value);
  if (v == "1" || v == "y" || v == "yes" || v == "t" || v == "true" ||
      v == "on") {
    return true;
  }
  if (v == "0" || v == "n" || v == "no" || v == "f" || v == "false" ||
      v == "off") {
    return false;
  }
  return fallback;
}

PulseProcessing PulseProcessingFor(const PulseSourceInfo& info) {
  PulseProcessing processing;
  if (info.module_name != "module-echo-cancel")
    return processing;
  std::map<std::string, std::string> args =
      ParsePulseModuleArguments(info.module_arguments);
  auto get = [](const std::map<std::string, std::string>& map,
                const std::string& key) {
    auto it = map.find(key);
    return it == map.end() ? std::string() : it->second;
  };
  std::string method = get(args, "aec_method");
  if (method.empty())
    method = "webrtc";
  std::map<std::string, std::string> aec_args =
      ParsePulseModuleArguments(get(args, "aec_args"));
  auto flag = [&](const std::string& key, bool fallback) {
    return ParsePulseBoolean(get(aec_args, key), fallback);
  };
  if (method == "webrtc") {
    processing.echo_cancellation = true;
    processing.noise_suppression = flag("noise_suppression", true);
    processing.auto_gain_control = flag("analog_gain_control", true) ||
                                   flag("digital_gain_control", false);
  } else if (method == "speex") {
    processing.echo_cancellation = true;
    processing.noise_suppression = flag("denoise", true);
    processing.auto_gain_control = flag("agc", true);
  } else if (method == "adrian") {
    processing.echo_cancellation = true;
  }
  return processing;
}

std::string PulseGroupIdFromBusPath(const std::string& bus_path) {
  // pci-<controller>-usb[vN]-0:<port path>[:<config>.<interface>]
  static const std::regex kUsbPath(
      "^pci-([0-9a-fA-F:.]+)-usb(v[0-9])?-[0-9]+:([0-9.]+?)(:[0-9]+\\.[0-9]+)?"
      "$");
  std::smatch match;
  if (std::regex_match(bus_path, match, kUsbPath))
    return "usb-" + match[1].str() + "-" + match[3].str();
  return bus_path;
}

DeviceDescriptor MakePulseDeviceDescriptor(const PulseSourceInfo& info,
                                           bool is_default) {
  DeviceDescriptor descriptor;
  descriptor.kind = DeviceKind::kAudioInput;
  descriptor.raw_id = info.name;
  descriptor.label = info.description.empty() ? info.name : info.description;
  descriptor.raw_group_id = PulseGroupIdFromBusPath(info.bus_path);
  descriptor.is_default = is_default;

  PulseProcessing processing = PulseProcessingFor(info);
  AudioCaptureMode native;
  native.min_sample_rate = native.max_sample_rate = info.sample_rate;
  native.min_channel_count = native.max_channel_count = info.channels;
  native.sample_size = info.sample_size_bits;
  native.min_latency = kPulseMinLatencySeconds;
  native.max_latency = kPulseMaxLatencySeconds;
  if (!info.dynamic_latency && info.configured_latency_usec > 0) {
    native.min_latency = native.max_latency =
        static_cast<double>(info.configured_latency_usec) / PA_USEC_PER_SEC;
  }
  native.echo_cancellation = processing.echo_cancellation;
  native.noise_suppression = processing.noise_suppression;
  native.auto_gain_control = processing.auto_gain_control;
  descriptor.audio_modes.push_back(native);

  AudioCaptureMode converted = native;
  converted.min_sample_rate = kPulseMinSampleRate;
  converted.max_sample_rate = kPulseMaxSampleRate;
  converted.min_channel_count = 1;
  converted.max_channel_count = std::max(2, info.channels);
  descriptor.audio_modes.push_back(converted);
  return descriptor;
}

}  // namespace mediacapture

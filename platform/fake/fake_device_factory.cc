// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/fake_device_factory.h"

#include <algorithm>
#include <utility>

#include "platform/fake/beep_generator.h"
#include "platform/fake/fake_error.h"
#include "platform/fake/test_pattern.h"
#include "platform/fake/wav_audio_source.h"
#include "platform/fake/wav_reader.h"
#include "platform/fake/y4m_reader.h"

namespace mediacapture {

namespace {

constexpr char kCameraIdPrefix[] = "fake:camera:";
constexpr char kMicrophoneIdPrefix[] = "fake:microphone:";
constexpr char kGroupIdPrefix[] = "fake:group:";
constexpr char kFileCameraId[] = "fake:file-camera:0";
constexpr char kFileMicrophoneId[] = "fake:file-microphone:0";
// The microphone's blocks are 10 ms, which is its latency too.
constexpr double kMicrophoneLatencySeconds = 0.01;
// What Chromium reports as sampleSize for every microphone.
constexpr int kMicrophoneSampleSizeBits = 16;

VideoCaptureMode MakeVideoMode(int width, int height, double frame_rate) {
  VideoCaptureMode mode;
  mode.pixel_format = PixelFormat::kI420;
  mode.min_width = mode.max_width = width;
  mode.min_height = mode.max_height = height;
  mode.min_frame_rate = mode.max_frame_rate = frame_rate;
  return mode;
}

AudioCaptureMode MakeAudioMode(int sample_rate,
                               int min_channels,
                               int max_channels,
                               int sample_size) {
  AudioCaptureMode mode;
  mode.min_sample_rate = mode.max_sample_rate = sample_rate;
  mode.min_channel_count = min_channels;
  mode.max_channel_count = max_channels;
  mode.sample_size = sample_size;
  mode.min_latency = mode.max_latency = kMicrophoneLatencySeconds;
  return mode;
}

std::vector<VideoCaptureMode> DefaultVideoModes(
    const std::vector<double>& frame_rates) {
  std::vector<VideoCaptureMode> modes;
  for (const auto& size : FakeDeviceFactory::kModeSizes) {
    for (double rate : frame_rates)
      modes.push_back(MakeVideoMode(size[0], size[1], rate));
  }
  return modes;
}

}  // namespace

constexpr int FakeDeviceFactory::kModeSizes[][2];

FakeDeviceFactory::FakeDeviceFactory(const FakeDeviceOptions& options)
    : frame_rates_(options.frame_rates), audio_loop_(options.audio_loop) {
  if (frame_rates_.empty())
    frame_rates_ = FakeDeviceOptions().frame_rates;
  const int count =
      std::max(0, std::min(options.device_count, kFakeMaxDeviceCount));
  for (int i = 0; i < count; ++i) {
    Entry entry;
    entry.descriptor = CameraDescriptor(i, frame_rates_);
    entries_.push_back(std::move(entry));
  }
  Entry microphone;
  microphone.descriptor = MicrophoneDescriptor(0);
  entries_.push_back(std::move(microphone));
}

// static
std::unique_ptr<FakeDeviceFactory> FakeDeviceFactory::Create(
    const FakeDeviceOptions& options,
    Status* status) {
  auto factory = std::make_unique<FakeDeviceFactory>(options);
  *status = factory->AddFileDevices(options);
  if (!status->ok())
    return nullptr;
  return factory;
}

FakeDeviceFactory::~FakeDeviceFactory() = default;

Status FakeDeviceFactory::AddFileDevices(const FakeDeviceOptions& options) {
  std::lock_guard<std::mutex> lock(lock_);
  if (!options.video_file.empty()) {
    Status status;
    std::unique_ptr<Y4mReader> reader =
        Y4mReader::Open(options.video_file, &status);
    if (!reader)
      return status;
    Entry entry;
    entry.descriptor = CameraDescriptor(0, frame_rates_);
    entry.descriptor.raw_id = kFileCameraId;
    entry.descriptor.label = "fake_file_device_0";
    entry.descriptor.video_modes = {
        MakeVideoMode(reader->width(), reader->height(), reader->frame_rate())};
    entry.file = options.video_file;
    // It takes camera 0's place.
    if (!entries_.empty() &&
        entries_.front().descriptor.kind == DeviceKind::kVideoInput)
      entries_.front() = std::move(entry);
    else
      entries_.insert(entries_.begin(), std::move(entry));
  }
  if (!options.audio_file.empty()) {
    Status status;
    std::unique_ptr<WavReader> reader =
        WavReader::Open(options.audio_file, &status);
    if (!reader)
      return status;
    for (Entry& entry : entries_) {
      if (entry.descriptor.raw_id != MicrophoneDescriptor(0).raw_id)
        continue;
      entry.descriptor.raw_id = kFileMicrophoneId;
      entry.descriptor.label = "Fake File Audio Input";
      entry.descriptor.audio_modes = {
          MakeAudioMode(reader->sample_rate(), reader->channels(),
                        reader->channels(), reader->bits_per_sample())};
      entry.file = options.audio_file;
    }
  }
  return Status::Ok();
}

// static
DeviceDescriptor FakeDeviceFactory::CameraDescriptor(
    int index,
    const std::vector<double>& frame_rates) {
  DeviceDescriptor descriptor;
  descriptor.kind = DeviceKind::kVideoInput;
  descriptor.raw_id = kCameraIdPrefix + std::to_string(index);
  descriptor.label = "fake_device_" + std::to_string(index);
  descriptor.raw_group_id = kGroupIdPrefix + std::to_string(index);
  descriptor.facing_mode = index == 0   ? FacingMode::kUser
                           : index == 1 ? FacingMode::kEnvironment
                                        : FacingMode::kUnknown;
  descriptor.is_default = index == 0;
  descriptor.video_modes = DefaultVideoModes(frame_rates);
  return descriptor;
}

// static
DeviceDescriptor FakeDeviceFactory::MicrophoneDescriptor(int index) {
  DeviceDescriptor descriptor;
  descriptor.kind = DeviceKind::kAudioInput;
  descriptor.raw_id = kMicrophoneIdPrefix + std::to_string(index);
  descriptor.label = index == 0 ? "Fake Default Audio Input"
                                : "Fake Audio Input " + std::to_string(index);
  descriptor.raw_group_id = kGroupIdPrefix + std::to_string(index);
  descriptor.is_default = index == 0;
  descriptor.audio_modes = {
      MakeAudioMode(kMicrophoneSampleRate, 1, 2, kMicrophoneSampleSizeBits)};
  return descriptor;
}

std::vector<DeviceDescriptor> FakeDeviceFactory::Enumerate() {
  std::vector<DeviceDescriptor> devices;
  {
    std::lock_guard<std::mutex> lock(lock_);
    for (const Entry& entry : entries_)
      devices.push_back(entry.descriptor);
  }
  std::stable_partition(
      devices.begin(), devices.end(),
      [](const DeviceDescriptor& device) { return device.is_default; });
  return devices;
}

FakeDeviceFactory::Entry* FakeDeviceFactory::FindLocked(
    const std::string& raw_id) {
  for (Entry& entry : entries_) {
    if (entry.descriptor.raw_id == raw_id)
      return &entry;
  }
  return nullptr;
}

std::unique_ptr<CaptureDevice> FakeDeviceFactory::Open(
    const std::string& raw_id,
    Status* status) {
  DeviceKind kind;
  std::shared_ptr<FakeDeviceFaults> faults;
  std::string file;
  double frame_rate = 0;
  {
    std::lock_guard<std::mutex> lock(lock_);
    Entry* entry = FindLocked(raw_id);
    if (!entry) {
      *status = Status::Error(ErrorCategory::kNotFound, kFakeDeviceNotFound,
                              "no fake device " + raw_id);
      return nullptr;
    }
    if (entry->busy) {
      *status = Status::Error(ErrorCategory::kBusy, kFakeDeviceBusy,
                              "fake device " + raw_id + " is busy");
      return nullptr;
    }
    kind = entry->descriptor.kind;
    faults = entry->faults;
    file = entry->file;
    if (!entry->descriptor.video_modes.empty())
      frame_rate = entry->descriptor.video_modes.front().max_frame_rate;
  }

  // Files are opened again for each capture (outside the lock: it is I/O),
  // so one that went away since start-up says so now.
  std::unique_ptr<FakeVideoSource> video;
  std::unique_ptr<FakeAudioSource> audio;
  if (kind == DeviceKind::kVideoInput && file.empty()) {
    video = std::make_unique<TestPatternSource>(frame_rate);
  } else if (kind == DeviceKind::kVideoInput) {
    video = Y4mReader::Open(file, status);
    if (!video)
      return nullptr;
  } else if (file.empty()) {
    audio = std::make_unique<BeepGenerator>();
  } else {
    std::unique_ptr<WavReader> reader = WavReader::Open(file, status);
    if (!reader)
      return nullptr;
    audio = std::make_unique<WavAudioSource>(std::move(reader), audio_loop_);
  }
  *status = Status::Ok();
  return std::make_unique<FakeCaptureDevice>(
      std::move(faults), std::move(video), std::move(audio));
}

void FakeDeviceFactory::SetDeviceChangeObserver(
    DeviceChangeObserver* observer) {
  std::lock_guard<std::mutex> lock(observer_lock_);
  observer_ = observer;
}

void FakeDeviceFactory::NotifyDevicesChanged() {
  std::lock_guard<std::mutex> lock(observer_lock_);
  if (observer_)
    observer_->OnDevicesChanged();
}

bool FakeDeviceFactory::AddDeviceForTesting(DeviceDescriptor descriptor) {
  if (descriptor.raw_id.empty())
    return false;
  if (descriptor.kind == DeviceKind::kVideoInput &&
      descriptor.video_modes.empty())
    descriptor.video_modes = DefaultVideoModes(frame_rates_);
  if (descriptor.kind == DeviceKind::kAudioInput &&
      descriptor.audio_modes.empty())
    descriptor.audio_modes = MicrophoneDescriptor(0).audio_modes;
  {
    std::lock_guard<std::mutex> lock(lock_);
    if (FindLocked(descriptor.raw_id))
      return false;
    Entry entry;
    entry.descriptor = std::move(descriptor);
    entries_.push_back(std::move(entry));
  }
  NotifyDevicesChanged();
  return true;
}

bool FakeDeviceFactory::RemoveDeviceForTesting(const std::string& raw_id) {
  std::shared_ptr<FakeDeviceFaults> faults;
  {
    std::lock_guard<std::mutex> lock(lock_);
    auto it = std::find_if(
        entries_.begin(), entries_.end(),
        [&](const Entry& entry) { return entry.descriptor.raw_id == raw_id; });
    if (it == entries_.end())
      return false;
    faults = it->faults;
    entries_.erase(it);
  }
  {
    std::lock_guard<std::mutex> lock(faults->lock);
    faults->lost = true;
  }
  faults->changed.notify_all();
  NotifyDevicesChanged();
  return true;
}

bool FakeDeviceFactory::SetBusyForTesting(const std::string& raw_id,
                                          bool busy) {
  std::lock_guard<std::mutex> lock(lock_);
  Entry* entry = FindLocked(raw_id);
  if (!entry)
    return false;
  entry->busy = busy;
  return true;
}

bool FakeDeviceFactory::SetSilentForTesting(const std::string& raw_id,
                                            bool silent) {
  std::shared_ptr<FakeDeviceFaults> faults;
  {
    std::lock_guard<std::mutex> lock(lock_);
    Entry* entry = FindLocked(raw_id);
    if (!entry)
      return false;
    faults = entry->faults;
  }
  {
    std::lock_guard<std::mutex> lock(faults->lock);
    faults->silent = silent;
  }
  faults->changed.notify_all();
  return true;
}

}  // namespace mediacapture

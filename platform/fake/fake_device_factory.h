// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_FAKE_DEVICE_FACTORY_H_
#define PLATFORM_FAKE_FAKE_DEVICE_FACTORY_H_

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "platform/capture/device_factory.h"
#include "platform/fake/fake_capture_device.h"
#include "platform/fake/fake_device_options.h"

namespace mediacapture {

// Chromium-like fake devices for tests and --use-fake-device-for-media-stream:
//
//   camera i (0 <= i < device_count)   raw id "fake:camera:i",
//       label "fake_device_i" (Chromium's), facing "user" for 0,
//       "environment" for 1, modes 320x240, 640x480, 1280x720 and 1920x1080
//       at each of options.frame_rates, showing the test pattern
//       (test_pattern.h), group "fake:group:i".
//   the microphone                      raw id "fake:microphone:0",
//       label "Fake Default Audio Input", 48000 Hz, 1 or 2 channels,
//       playing the beep (beep_generator.h), group "fake:group:0": camera 0
//       and the microphone are one physical device, as a webcam's are.
//
// With options.video_file, camera 0 plays that Y4M file instead ("fake:file-
// camera:0", one mode: the file's size and rate); with options.audio_file the
// microphone plays that WAV file ("fake:file-microphone:0", the file's rate
// and channels). Both are the default of their kind.
//
// Tests change the set of devices and inject faults through the *ForTesting
// methods: they notify the DeviceChangeObserver synchronously, on the calling
// thread.
//
// Any thread: the device list is under |lock_|. Devices it opens live on the
// opener's thread and capture on their own.
class FakeDeviceFactory : public DeviceFactory {
 public:
  // Sizes every fake camera offers, smallest first.
  static constexpr int kModeSizes[][2] = {{320, 240},
                                          {640, 480},
                                          {1280, 720},
                                          {1920, 1080}};
  static constexpr int kMicrophoneSampleRate = 48000;

  // Pattern cameras and the beep microphone; ignores the files in |options|.
  explicit FakeDeviceFactory(const FakeDeviceOptions& options = {});
  // With the files in |options|: reads their headers, and fails (nullptr,
  // |status|) when one is missing, malformed or in an unsupported format.
  static std::unique_ptr<FakeDeviceFactory> Create(
      const FakeDeviceOptions& options,
      Status* status);
  ~FakeDeviceFactory() override;

  // The descriptors of the default devices, for tests that build their own.
  static DeviceDescriptor CameraDescriptor(
      int index,
      const std::vector<double>& frame_rates);
  static DeviceDescriptor MicrophoneDescriptor(int index);

  // DeviceFactory:
  std::vector<DeviceDescriptor> Enumerate() override;
  std::unique_ptr<CaptureDevice> Open(const std::string& raw_id,
                                      Status* status) override;
  void SetDeviceChangeObserver(DeviceChangeObserver* observer) override;

  // Plugs in a pattern camera or beep microphone (by |descriptor|.kind); its
  // modes default to the fake ones when empty. False when the raw id is
  // empty or taken.
  bool AddDeviceForTesting(DeviceDescriptor descriptor);
  // Unplugs a device: it leaves Enumerate(), Open() says kNotFound, and
  // every capture from it ends with OnError(kDeviceLost). False when absent.
  bool RemoveDeviceForTesting(const std::string& raw_id);
  // While set, Open() fails with kBusy (another process holds the device).
  bool SetBusyForTesting(const std::string& raw_id, bool busy);
  // While set, captures deliver nothing and report OnMuted(true); clearing
  // it resumes them with OnMuted(false).
  bool SetSilentForTesting(const std::string& raw_id, bool silent);

 private:
  struct Entry {
    DeviceDescriptor descriptor;
    std::shared_ptr<FakeDeviceFaults> faults =
        std::make_shared<FakeDeviceFaults>();
    bool busy = false;
    std::string file;  // Y4M or WAV, empty for the pattern and the beep.
  };

  Entry* FindLocked(const std::string& raw_id);
  Status AddFileDevices(const FakeDeviceOptions& options);
  void NotifyDevicesChanged();

  std::mutex lock_;
  std::vector<Entry> entries_;  // Under |lock_|.
  std::vector<double> frame_rates_;
  bool audio_loop_ = true;

  // Held while the observer runs, so that SetDeviceChangeObserver(nullptr)
  // waits for a notification in flight.
  std::mutex observer_lock_;
  DeviceChangeObserver* observer_ = nullptr;  // Under |observer_lock_|.
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_FAKE_DEVICE_FACTORY_H_

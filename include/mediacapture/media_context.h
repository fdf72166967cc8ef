// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Media Capture and Streams in one V8 context: navigator.mediaDevices,
// navigator.getUserMedia(), navigator.permissions, with the devices, the
// permission prompts and the event loop the embedder chooses. The embedder
// calls InstallInterfaces() (context.h) first, then InstallMediaContext();
// before the context goes away, UninstallMediaContext().

#ifndef INCLUDE_MEDIACAPTURE_MEDIA_CONTEXT_H_
#define INCLUDE_MEDIACAPTURE_MEDIA_CONTEXT_H_

#include <cstdint>
#include <functional>
#include <string>

#include <v8.h>

#include "mediacapture/export.h"
#include "mediacapture/media_sink.h"
#include "mediacapture/permission_delegate.h"
#include "mediacapture/task_runner.h"

namespace mediacapture {

// Which devices getUserMedia() and enumerateDevices() see.
struct DeviceOptions {
  enum class Source {
    // V4L2 cameras (/dev/video*) and PulseAudio microphones.
    kReal,
    // Chromium's fake devices: a test-pattern camera per device-count and a
    // beeping microphone, or the given Y4M/WAV files.
    kFake,
    // Test only: V4L2 cameras on an emulated driver (the production V4L2
    // code over an in-process ioctl emulation), no microphone. The
    // cameras come from |emulated_v4l2_for_testing|.
    kEmulatedV4l2ForTesting,
  };
  Source source = Source::kReal;
  // For kFake: Chromium's option string, e.g. "device-count=2,fps=30"
  // (--use-fake-device-for-media-stream=...).
  std::string fake_options;
  // For kFake: a Y4M file for the camera, a WAV file for the microphone
  // (with "%noloop" appended: play it once).
  std::string video_file;
  std::string audio_file;
  // For kEmulatedV4l2ForTesting: the emulated /dev/videoN nodes in order,
  // comma-separated: "webcam" (a USB webcam), "stepwise" (an ISP camera
  // with stepwise sizes), "metadata" (a UVC metadata node, not a camera).
  std::string emulated_v4l2_for_testing;
};

struct MediaContextOptions {
  // The page's origin ("https://example.com"), as permissions and deviceIds
  // are kept per origin.
  std::string origin;
  // https://html.spec.whatwg.org/#secure-context: without it,
  // navigator.mediaDevices and navigator.getUserMedia do not exist.
  bool secure_context = true;
  // Required: the JS thread's event loop. Must outlive the context.
  TaskRunner* task_runner = nullptr;
  // Decides prompts; null denies every prompt. Must outlive the context.
  PermissionDelegate* permission_delegate = nullptr;
  // The profile directory: the deviceId salt and the permission states
  // persist there. Empty: nothing persists (a random salt per context).
  std::string profile_dir;
  DeviceOptions devices;
  // Called on the JS thread when getUserMedia() finds no device of a
  // requested kind.
  std::function<void()> on_no_devices;
  // Called on the JS thread with one sentence for each problem that does
  // not stop the context (a corrupt permissions file, an unusable device id
  // salt, a bad fake-device option, no PulseAudio server: once per context,
  // during InstallMediaContext() or when devices are next enumerated). The
  // library writes nothing on stderr itself when this is set. Null: printed
  // on stderr as "mediacapture: warning: ...".
  std::function<void(const std::string&)> on_warning;
};

// Creates the context's state and defines `navigator` on its global object
// (own properties of an existing `navigator` object, e.g. userAgent, are
// kept). Returns false and sets |error| if the devices cannot be set up
// (e.g. a missing Y4M file) or V8 threw.
MEDIACAPTURE_EXPORT bool InstallMediaContext(v8::Local<v8::Context> context,
                                             const MediaContextOptions& options,
                                             std::string* error);

// Stops every capture of |context|, drops pending getUserMedia() calls and
// prompts (their promises stay pending), and releases the devices. Call on
// the JS thread before the context or the task runner goes away. Safe to
// call twice.
MEDIACAPTURE_EXPORT void UninstallMediaContext(v8::Local<v8::Context> context);

// Sinks receive what a live MediaStreamTrack (|track|, a JS object)
// delivers, on the capture thread. False if |track| is not a track of the
// right kind. JS thread, like every function here, so not from inside a
// sink's callback. A sink must be removed (or its track stopped) before it
// is destroyed; Remove*Sink() waits for a callback in progress, so the sink
// may be destroyed as soon as it returns. media_sink.h has the rules.
MEDIACAPTURE_EXPORT bool AddVideoSink(v8::Local<v8::Value> track,
                                      VideoSink* sink);
MEDIACAPTURE_EXPORT bool RemoveVideoSink(v8::Local<v8::Value> track,
                                         VideoSink* sink);
MEDIACAPTURE_EXPORT bool AddAudioSink(v8::Local<v8::Value> track,
                                      AudioSink* sink);
MEDIACAPTURE_EXPORT bool RemoveAudioSink(v8::Local<v8::Value> track,
                                         AudioSink* sink);

struct TrackCounters {
  // Video frames passed on to the track's sinks so far, and frames dropped
  // to keep to its frame rate.
  uint64_t frames_delivered = 0;
  uint64_t frames_dropped = 0;
};
MEDIACAPTURE_EXPORT bool GetTrackCounters(v8::Local<v8::Value> track,
                                          TrackCounters* counters);

// Whether the camera or microphone behind |track| (a MediaStreamTrack) is
// open now. False for an ended track, and while the device is relinquished
// because no track on it is enabled: the library closes it then and opens
// it again when a track on it is enabled
// (https://w3c.github.io/mediacapture-main/#life-cycle-and-media-flow).
// For an embedder's privacy indicator, and for tests.
MEDIACAPTURE_EXPORT bool IsTrackDeviceOpen(v8::Local<v8::Value> track);

// Sets the stored state of |name| ("camera" or "microphone") to |state|
// ("granted", "denied" or "prompt") for |origin| (empty: the context's
// own), as the embedder's settings UI or test_driver.set_permission would:
// PermissionStatus objects fire `change`, and "denied" ends the origin's
// live tracks of that kind. False for an unknown name or state.
MEDIACAPTURE_EXPORT bool SetPermission(v8::Local<v8::Context> context,
                                       const std::string& origin,
                                       const std::string& name,
                                       const std::string& state);

// With fake devices: plugs in a new fake device of |kind| ("videoinput" or
// "audioinput"), or unplugs the most recently added one (the default one
// when none was added). False without fake devices or with nothing to
// remove. With kEmulatedV4l2ForTesting ("videoinput" only): unplugs the
// first emulated camera still plugged (its capture ends: the track fires
// `ended`), or plugs the most recently unplugged one back in.
MEDIACAPTURE_EXPORT bool AddFakeDevice(v8::Local<v8::Context> context,
                                       const std::string& kind);
MEDIACAPTURE_EXPORT bool RemoveFakeDevice(v8::Local<v8::Context> context,
                                          const std::string& kind);

}  // namespace mediacapture

#endif  // INCLUDE_MEDIACAPTURE_MEDIA_CONTEXT_H_

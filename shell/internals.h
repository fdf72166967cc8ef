// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The `internals` global of web_tests/mediacapture/README.md (as in Blink's
// web tests): trackStats(track) through the library's sink API,
// isDeviceOpen(track) through IsTrackDeviceOpen(), and
// addFakeDevice(kind) / removeFakeDevice(kind) for fake devices (and to
// replug / unplug a camera of --use-emulated-v4l2-for-testing). Also adds
// setPermission(descriptor, state) to __captureShell, the native hook of
// test_driver.set_permission (web_tests/resources/testdriver-vendor.js).
//
// JS thread; its sinks are called on capture threads. Destroy it only after
// UninstallMediaContext() (no capture delivers to its sinks then).

#ifndef SHELL_INTERNALS_H_
#define SHELL_INTERNALS_H_

#include <memory>
#include <vector>

#include <v8.h>

namespace mediacapture {
namespace shell {

class Internals {
 public:
  explicit Internals(v8::Isolate* isolate);
  Internals(const Internals&) = delete;
  Internals& operator=(const Internals&) = delete;
  ~Internals();

  bool Install(v8::Local<v8::Context> context);

 private:
  class StatsSink;

  static void TrackStats(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void IsDeviceOpen(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void AddFakeDevice(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void RemoveFakeDevice(const v8::FunctionCallbackInfo<v8::Value>& info);
  static void SetPermission(const v8::FunctionCallbackInfo<v8::Value>& info);

  v8::Isolate* const isolate_;
  v8::Global<v8::Private> sink_key_;
  std::vector<std::unique_ptr<StatsSink>> sinks_;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_INTERNALS_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef NODE_ADDON_OPTIONS_H_
#define NODE_ADDON_OPTIONS_H_

#include <string>

#include <v8.h>

#include "node/script_permission_delegate.h"

namespace mediacapture {
namespace nodejs {

// install()'s second argument, read and checked (node/README.md lists the
// options). Holds Locals: lives in one HandleScope of the JS thread.
struct AddonOptions {
  std::string origin = "http://localhost";
  // secureContext; absent: whether |origin| is potentially trustworthy.
  bool secure_context = true;
  // fakeDevices: true or an option string selects the fake devices.
  bool fake_devices = false;
  std::string fake_options;
  ScriptPermissionDelegate::Mode permission =
      ScriptPermissionDelegate::Mode::kDeny;
  v8::Local<v8::Function> permission_function;  // With kAsk.
  std::string profile_dir;
  v8::Local<v8::Function> on_warning;  // Empty: the default.
};

// Reads |value| (undefined, null or an object) into |options|. Returns
// false with an exception thrown: a TypeError naming the option for a
// wrong type, or what a getter threw.
bool ReadAddonOptions(v8::Local<v8::Context> context,
                      v8::Local<v8::Value> value,
                      AddonOptions* options);

}  // namespace nodejs
}  // namespace mediacapture

#endif  // NODE_ADDON_OPTIONS_H_

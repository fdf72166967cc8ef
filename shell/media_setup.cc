// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/media_setup.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

#include "mediacapture/media_context.h"
#include "mediacapture/version.h"
#include "shell/window_interface.h"

namespace mediacapture {
namespace shell {

namespace {

std::string DefaultProfileDir() {
  const char* config = getenv("XDG_CONFIG_HOME");
  std::string base;
  if (config && *config) {
    base = config;
  } else {
    const char* home = getenv("HOME");
    if (!home || !*home)
      return "";
    base = std::string(home) + "/.config";
  }
  std::string dir = base + "/capture_shell";
  std::error_code ignored;
  std::filesystem::create_directories(dir, ignored);
  return dir;
}

std::string TemporaryProfileDir() {
  const char* tmp = getenv("TMPDIR");
  std::string pattern =
      std::string(tmp && *tmp ? tmp : "/tmp") + "/capture_shell-profile-XXXXXX";
  if (!mkdtemp(pattern.data()))
    return "";
  return pattern;
}

}  // namespace

MediaSetup::MediaSetup(const Options& options, bool is_page)
    : options_(options) {
  if (!options.profile_dir.empty()) {
    profile_dir_ = options.profile_dir;
    std::error_code ignored;
    std::filesystem::create_directories(profile_dir_, ignored);
  } else if (is_page) {
    profile_dir_ = TemporaryProfileDir();
    remove_profile_ = !profile_dir_.empty();
  } else {
    profile_dir_ = DefaultProfileDir();
  }
}

MediaSetup::~MediaSetup() {
  if (remove_profile_) {
    std::error_code ignored;
    std::filesystem::remove_all(profile_dir_, ignored);
  }
}

bool MediaSetup::Install(v8::Local<v8::Context> context,
                         const std::string& origin,
                         bool secure_context,
                         TaskRunner* task_runner,
                         std::string* error) {
  PermissionPrompt::Mode mode = PermissionPrompt::Mode::kAsk;
  if (options_.use_fake_ui) {
    mode = *options_.use_fake_ui == "deny" ? PermissionPrompt::Mode::kDeny
                                           : PermissionPrompt::Mode::kGrant;
  }
  prompt_ = std::make_unique<PermissionPrompt>(
      mode, stdin, stderr, isatty(STDIN_FILENO) != 0, task_runner);
  MediaContextOptions options;
  options.origin = origin;
  options.secure_context = secure_context;
  options.task_runner = task_runner;
  options.permission_delegate = prompt_.get();
  options.profile_dir = profile_dir_;
  bool fake = options_.use_fake_device.has_value() ||
              !options_.fake_video_file.empty() ||
              !options_.fake_audio_file.empty();
  if (!options_.emulated_v4l2_for_testing.empty()) {
    options.devices.source = DeviceOptions::Source::kEmulatedV4l2ForTesting;
    options.devices.emulated_v4l2_for_testing =
        options_.emulated_v4l2_for_testing;
  } else if (fake) {
    options.devices.source = DeviceOptions::Source::kFake;
    // web_tests/mediacapture/README.md: the fake camera runs "at up to 30
    // fps" unless the flag names another rate.
    options.devices.fake_options = options_.use_fake_device.value_or("");
    if (options.devices.fake_options.find("fps=") == std::string::npos) {
      options.devices.fake_options +=
          options.devices.fake_options.empty() ? "fps=30" : ",fps=30";
    }
    options.devices.video_file = options_.fake_video_file;
    options.devices.audio_file = options_.fake_audio_file;
  } else {
    auto hinted = std::make_shared<bool>(false);
    options.on_no_devices = [hinted] {
      if (*hinted)
        return;
      *hinted = true;
      fprintf(stderr,
              "capture_shell: no camera or microphone found; "
              "--use-fake-device-for-media-stream gives fake ones\n");
    };
  }
  if (!InstallMediaContext(context, options, error))
    return false;
  installed_ = true;
  v8::Context::Scope context_scope(context);
  if (!InstallWindowInterface(context)) {
    *error = "cannot install the Window interface";
    return false;
  }
  // https://html.spec.whatwg.org/#dom-navigator-useragent, on the library's
  // Navigator (the shell defines no navigator of its own).
  v8::Isolate* isolate = context->GetIsolate();
  v8::Local<v8::Value> navigator;
  std::string user_agent =
      std::string("capture_shell/") + MEDIACAPTURE_VERSION_STRING;
  if (!context->Global()
           ->Get(context, v8::String::NewFromUtf8Literal(isolate, "navigator"))
           .ToLocal(&navigator) ||
      !navigator->IsObject() ||
      navigator.As<v8::Object>()
          ->DefineOwnProperty(
              context, v8::String::NewFromUtf8Literal(isolate, "userAgent"),
              v8::String::NewFromUtf8(isolate, user_agent.c_str())
                  .ToLocalChecked(),
              static_cast<v8::PropertyAttribute>(v8::ReadOnly | v8::DontEnum))
          .IsNothing()) {
    *error = "cannot define navigator.userAgent";
    return false;
  }
  internals_ = std::make_unique<Internals>(context->GetIsolate());
  if (!internals_->Install(context)) {
    *error = "cannot install internals";
    return false;
  }
  return true;
}

void MediaSetup::Uninstall(v8::Local<v8::Context> context) {
  // No prompt's reader thread outlives the loop it would post its answer to.
  if (prompt_)
    prompt_->Shutdown();
  if (installed_)
    UninstallMediaContext(context);
  installed_ = false;
  // No capture delivers to its sinks any more.
  internals_.reset();
}

}  // namespace shell
}  // namespace mediacapture

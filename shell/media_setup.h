// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// capture_shell's Media Capture and Streams: the devices its flags choose
// (real V4L2 and PulseAudio ones by default; Chromium's fake ones with
// --use-fake-device-for-media-stream or the --use-file-for-fake-* files),
// the permission prompt (--use-fake-ui-for-media-stream[=deny] or a
// terminal), the profile directory (--profile-dir; by default
// $XDG_CONFIG_HOME/capture_shell for scripts, a fresh temporary directory,
// removed at exit, for pages), and the `internals` test hooks.
//
// JS thread.

#ifndef SHELL_MEDIA_SETUP_H_
#define SHELL_MEDIA_SETUP_H_

#include <memory>
#include <string>

#include <v8.h>

#include "mediacapture/task_runner.h"
#include "shell/internals.h"
#include "shell/options.h"
#include "shell/permission_prompt.h"

namespace mediacapture {
namespace shell {

class MediaSetup {
 public:
  MediaSetup(const Options& options, bool is_page);
  MediaSetup(const MediaSetup&) = delete;
  MediaSetup& operator=(const MediaSetup&) = delete;
  ~MediaSetup();

  // InstallMediaContext() for |origin| in |context|, which has the library's
  // interfaces and the shell's globals already.
  bool Install(v8::Local<v8::Context> context,
               const std::string& origin,
               bool secure_context,
               TaskRunner* task_runner,
               std::string* error);
  // Stops every capture and the permission prompt's reader; call before the
  // context and the loop go away.
  void Uninstall(v8::Local<v8::Context> context);

  const std::string& profile_dir() const { return profile_dir_; }

 private:
  const Options options_;
  std::string profile_dir_;
  bool remove_profile_ = false;
  std::unique_ptr<PermissionPrompt> prompt_;
  std::unique_ptr<Internals> internals_;
  bool installed_ = false;
};

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_MEDIA_SETUP_H_

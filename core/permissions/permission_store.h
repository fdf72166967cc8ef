// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_PERMISSIONS_PERMISSION_STORE_H_
#define CORE_PERMISSIONS_PERMISSION_STORE_H_

#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/permissions/permission_types.h"

namespace mediacapture {

// Persists each origin's camera/microphone state in one text file of the
// profile directory, one origin a line:
//
//   # mediacapture permissions 1
//   https://example.com camera=granted microphone=prompt
//
// Writes are atomic: the new contents go to "<file>.tmp", are flushed to
// disk, then renamed over the file, so a crash at any point leaves either the
// old or the new file, never a torn one. A line that cannot be parsed is
// dropped with a warning and the other origins' grants are kept; an
// unreadable file gives a warning and every origin starts at "prompt".
//
// Lives on the JS thread (its owner's thread); not thread-safe.
class PermissionStore {
 public:
  using Map = std::map<std::string, OriginPermissions>;

  explicit PermissionStore(std::string path);

  // Reads the file. A missing file is an empty store, without a warning.
  // Problems are appended to |warnings| (one sentence each).
  Map Load(std::vector<std::string>* warnings) const;

  // Writes |map| atomically. Returns false and sets |error| on failure, in
  // which case the old file is untouched. Origins whose state is "prompt"
  // for both features are not written.
  bool Save(const Map& map, std::string* error) const;

  const std::string& path() const { return path_; }

  // Called once, with one sentence, the first time Save() fails (an
  // unwritable profile would otherwise lose every grant without a word); the
  // caller keeps its in-memory state for the session.
  void SetWarningCallback(std::function<void(const std::string&)> callback) {
    on_warning_ = std::move(callback);
  }

  // Makes Save() stop after writing the temporary file, as if the process
  // died before the rename.
  void SetFailBeforeRenameForTesting(bool fail) { fail_before_rename_ = fail; }

 private:
  bool Write(const Map& map, std::string* error) const;

  std::string path_;
  bool fail_before_rename_ = false;
  std::function<void(const std::string&)> on_warning_;
  mutable bool warned_ = false;
};

}  // namespace mediacapture

#endif  // CORE_PERMISSIONS_PERMISSION_STORE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/permissions/permission_store.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

namespace mediacapture {

namespace {

constexpr char kHeader[] = "# mediacapture permissions 1";

std::string Errno(const std::string& what, const std::string& path) {
  return what + " '" + path + "': " + strerror(errno);
}

// Writes all of |data| to |fd|, retrying short writes and EINTR.
bool WriteAll(int fd, const std::string& data) {
  size_t done = 0;
  while (done < data.size()) {
    ssize_t n = write(fd, data.data() + done, data.size() - done);
    if (n < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    done += static_cast<size_t>(n);
  }
  return true;
}

// Parses "https://a.example camera=granted microphone=denied".
bool ParseLine(const std::string& line,
               std::string* origin,
               OriginPermissions* permissions) {
  std::istringstream in(line);
  if (!(in >> *origin) || origin->find("://") == std::string::npos)
    return false;
  std::string field;
  int fields = 0;
  while (in >> field) {
    size_t eq = field.find('=');
    if (eq == std::string::npos)
      return false;
    auto name = MediaPermissionFromString(field.substr(0, eq));
    auto state = PermissionStateFromString(field.substr(eq + 1));
    if (!name || !state)
      return false;
    permissions->Set(*name, *state);
    ++fields;
  }
  return fields > 0;
}

}  // namespace

PermissionStore::PermissionStore(std::string path) : path_(std::move(path)) {}

PermissionStore::Map PermissionStore::Load(
    std::vector<std::string>* warnings) const {
  Map map;
  struct stat info;
  if (stat(path_.c_str(), &info) == 0 && !S_ISREG(info.st_mode)) {
    warnings->push_back("permissions file '" + path_ +
                        "' is not a regular file; every origin starts at "
                        "\"prompt\"");
    return map;
  }
  std::ifstream in(path_, std::ios::binary);
  if (!in) {
    if (errno != ENOENT)
      warnings->push_back(Errno("cannot read permissions file", path_) +
                          "; every origin starts at \"prompt\"");
    return map;
  }
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    // A comment may follow blanks: an origin token never starts with '#'
    // (Save() would write it as a comment).
    const size_t first = line.find_first_not_of(" \t\v\f\r");
    if (line.empty() || (first != std::string::npos && line[first] == '#'))
      continue;
    std::string origin;
    OriginPermissions permissions;
    if (!ParseLine(line, &origin, &permissions)) {
      warnings->push_back("permissions file '" + path_ + "' line " +
                          std::to_string(number) +
                          " is not valid and was ignored");
      continue;
    }
    map[origin] = permissions;
  }
  if (in.bad()) {
    warnings->push_back(Errno("cannot read permissions file", path_) +
                        "; later origins start at \"prompt\"");
  }
  return map;
}

bool PermissionStore::Save(const Map& map, std::string* error) const {
  if (Write(map, error))
    return true;
  if (on_warning_ && !warned_) {
    warned_ = true;
    on_warning_(*error + "; permission changes last for this session only");
  }
  return false;
}

bool PermissionStore::Write(const Map& map, std::string* error) const {
  std::string data = std::string(kHeader) + "\n";
  for (const auto& [origin, permissions] : map) {
    if (permissions == OriginPermissions())
      continue;
    data += origin + " camera=" + PermissionStateToString(permissions.camera) +
            " microphone=" + PermissionStateToString(permissions.microphone) +
            "\n";
  }

  std::string tmp = path_ + ".tmp";
  int fd = open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    *error = Errno("cannot write permissions file", tmp);
    return false;
  }
  bool written = WriteAll(fd, data) && fsync(fd) == 0;
  int saved_errno = errno;
  close(fd);
  if (!written) {
    errno = saved_errno;
    *error = Errno("cannot write permissions file", tmp);
    unlink(tmp.c_str());
    return false;
  }
  if (fail_before_rename_) {
    *error = "stopped before renaming '" + tmp + "' (for testing)";
    return false;
  }
  if (rename(tmp.c_str(), path_.c_str()) != 0) {
    *error = Errno("cannot replace permissions file", path_);
    unlink(tmp.c_str());
    return false;
  }
  // Make the rename itself durable.
  std::string dir = path_.substr(0, path_.find_last_of('/') + 1);
  int dir_fd = open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
  if (dir_fd >= 0) {
    fsync(dir_fd);
    close(dir_fd);
  }
  return true;
}

}  // namespace mediacapture

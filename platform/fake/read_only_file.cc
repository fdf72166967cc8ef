// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/read_only_file.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <utility>

#include "platform/fake/fake_error.h"

namespace mediacapture {

// static
std::unique_ptr<ReadOnlyFile> ReadOnlyFile::Open(const std::string& path,
                                                 Status* status) {
  // O_NONBLOCK: opening a fifo for reading would otherwise wait for a
  // writer forever (and a device node may block too); only regular files are
  // kept below, for which the flag is cleared again.
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    int error = errno;
    *status = Status::Error(
        error == ENOENT ? ErrorCategory::kNotFound : ErrorCategory::kInternal,
        kFakeFileOpenFailed,
        "cannot open " + path + ": " + std::string(strerror(error)));
    return nullptr;
  }
  struct stat info;
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    *status = Status::Error(ErrorCategory::kInternal, kFakeFileOpenFailed,
                            "cannot open " + path + ": not a regular file");
    return nullptr;
  }
  int flags = fcntl(fd, F_GETFL);
  if (flags < 0 || fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
    int error = errno;
    ::close(fd);
    *status = Status::Error(
        ErrorCategory::kInternal, kFakeFileOpenFailed,
        "cannot open " + path + ": " + std::string(strerror(error)));
    return nullptr;
  }
  *status = Status::Ok();
  return std::unique_ptr<ReadOnlyFile>(new ReadOnlyFile(fd, path));
}

ReadOnlyFile::~ReadOnlyFile() {
  ::close(fd_);
}

int64_t ReadOnlyFile::Size() const {
  struct stat info;
  if (fstat(fd_, &info) != 0)
    return -1;
  return info.st_size;
}

int64_t ReadOnlyFile::ReadAt(int64_t offset,
                             void* buffer,
                             size_t length) const {
  if (offset < 0)
    return -1;
  size_t done = 0;
  while (done < length) {
    ssize_t n = ::pread(fd_, static_cast<char*>(buffer) + done, length - done,
                        static_cast<off_t>(offset + done));
    if (n < 0 && errno == EINTR)
      continue;
    if (n < 0)
      return -1;
    if (n == 0)
      break;
    done += static_cast<size_t>(n);
  }
  return static_cast<int64_t>(done);
}

}  // namespace mediacapture

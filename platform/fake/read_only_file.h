// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef PLATFORM_FAKE_READ_ONLY_FILE_H_
#define PLATFORM_FAKE_READ_ONLY_FILE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

#include "platform/capture/status.h"

namespace mediacapture {

// A file opened for positional reads (pread), closed on destruction. Used by
// one thread at a time.
class ReadOnlyFile {
 public:
  // nullptr and kNotFound/kFakeFileOpenFailed in |status| when it cannot be
  // opened or is not a regular file (a directory, a fifo, /dev/zero). Never
  // blocks: a fifo with no writer is refused at once.
  static std::unique_ptr<ReadOnlyFile> Open(const std::string& path,
                                            Status* status);
  ~ReadOnlyFile();

  ReadOnlyFile(const ReadOnlyFile&) = delete;
  ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;

  const std::string& path() const { return path_; }
  // The size now (the file may shrink under us: reads then come up short).
  int64_t Size() const;
  // Reads up to |length| bytes at |offset|, retrying EINTR and short reads.
  // Returns the bytes read (fewer at the end of the file), or -1 on an error.
  int64_t ReadAt(int64_t offset, void* buffer, size_t length) const;

 private:
  ReadOnlyFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}

  const int fd_;
  const std::string path_;
};

}  // namespace mediacapture

#endif  // PLATFORM_FAKE_READ_ONLY_FILE_H_

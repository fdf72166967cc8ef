// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef TESTING_FUZZ_FUZZ_FILE_H_
#define TESTING_FUZZ_FUZZ_FILE_H_

#include <sys/mman.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace mediacapture {
namespace fuzzing {

// One in-memory regular file (memfd) that a fuzzer rewrites with each input,
// for code that reads from a path: path() names it through /proc/self/fd.
// Nothing touches the disk. One per fuzzer process; one thread.
class FuzzFile {
 public:
  FuzzFile() : fd_(memfd_create("fuzz-input", MFD_CLOEXEC)) {
    if (fd_ < 0) {
      perror("memfd_create");
      abort();
    }
    path_ = "/proc/self/fd/" + std::to_string(fd_);
  }
  FuzzFile(const FuzzFile&) = delete;
  FuzzFile& operator=(const FuzzFile&) = delete;
  ~FuzzFile() { close(fd_); }

  // Makes the file's contents |data|, |size| bytes.
  void Write(const uint8_t* data, size_t size) {
    if (ftruncate(fd_, 0) != 0)
      abort();
    size_t done = 0;
    while (done < size) {
      ssize_t n = pwrite(fd_, data + done, size - done, done);
      if (n <= 0)
        abort();
      done += static_cast<size_t>(n);
    }
  }

  const std::string& path() const { return path_; }

 private:
  const int fd_;
  std::string path_;
};

}  // namespace fuzzing
}  // namespace mediacapture

#endif  // TESTING_FUZZ_FUZZ_FILE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/fake/read_only_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <future>

#include <catch2/catch.hpp>

#include "platform/fake/fake_test_util.h"

namespace mediacapture {
namespace {

using testing::TempDir;
using testing::WriteFile;

// Opens |path| on another thread; fails (and unblocks a fifo's open() with a
// writer) instead of hanging when it takes more than a second.
std::unique_ptr<ReadOnlyFile> OpenWithin1s(const std::string& path,
                                           Status* status) {
  auto opening = std::async(std::launch::async, [path, status] {
    return ReadOnlyFile::Open(path, status);
  });
  if (opening.wait_for(std::chrono::seconds(1)) != std::future_status::ready) {
    int writer = open(path.c_str(), O_WRONLY | O_NONBLOCK);
    opening.wait();
    if (writer >= 0)
      close(writer);
    FAIL("ReadOnlyFile::Open blocked on " << path);
  }
  return opening.get();
}

TEST_CASE("a regular file opens and reads, blocking") {
  TempDir dir;
  WriteFile(dir.Path("a"), "hello");
  Status status;
  auto file = OpenWithin1s(dir.Path("a"), &status);
  REQUIRE(file);
  CHECK(status.ok());
  CHECK(file->Size() == 5);
  char buffer[8] = {};
  CHECK(file->ReadAt(1, buffer, sizeof(buffer)) == 4);
  CHECK(std::string(buffer) == "ello");
}

// Issue 18: a fifo as --use-file-for-fake-video-capture blocked in open().
TEST_CASE("a fifo, a device and a directory are refused without blocking") {
  TempDir dir;
  std::string fifo = dir.Path("fifo");
  REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
  std::string symlink_to_zero = dir.Path("zero");
  REQUIRE(symlink("/dev/zero", symlink_to_zero.c_str()) == 0);
  for (const std::string& path : {fifo, symlink_to_zero, std::string("/tmp")}) {
    Status status;
    CHECK_FALSE(OpenWithin1s(path, &status));
    CHECK_FALSE(status.ok());
    CHECK(status.message() == "cannot open " + path + ": not a regular file");
  }
}

TEST_CASE("a missing file is not found") {
  TempDir dir;
  Status status;
  CHECK_FALSE(ReadOnlyFile::Open(dir.Path("absent"), &status));
  CHECK(status.category() == ErrorCategory::kNotFound);
}

}  // namespace
}  // namespace mediacapture

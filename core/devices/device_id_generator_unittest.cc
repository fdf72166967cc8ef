// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/devices/device_id_generator.h"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <fstream>
#include <future>
#include <utility>

namespace mediacapture {
namespace {

std::vector<unsigned char> FixedSalt() {
  return std::vector<unsigned char>(32, 0x5a);
}

TEST_CASE("ids are 64 lowercase hex digits of HMAC-SHA256") {
  DeviceIdGenerator ids(FixedSalt());
  std::string id = ids.Generate("videoinput", "https://a.example", "usb-1");
  REQUIRE(id.size() == 64);
  CHECK(id.find_first_not_of("0123456789abcdef") == std::string::npos);
}

TEST_CASE("ids are stable for one origin and differ between origins") {
  DeviceIdGenerator ids(FixedSalt());
  std::string a1 = ids.Generate("videoinput", "https://a.example", "usb-1");
  std::string a2 = ids.Generate("videoinput", "https://a.example", "usb-1");
  std::string b = ids.Generate("videoinput", "https://b.example", "usb-1");
  CHECK(a1 == a2);
  CHECK(a1 != b);
}

TEST_CASE("kind and raw id both change the id, without ambiguity") {
  DeviceIdGenerator ids(FixedSalt());
  CHECK(ids.Generate("videoinput", "https://a.example", "x") !=
        ids.Generate("audioinput", "https://a.example", "x"));
  // The separator keeps "ab"+"c" apart from "a"+"bc".
  CHECK(ids.Generate("videoinput", "https://a.example/ab", "c") !=
        ids.Generate("videoinput", "https://a.example/a", "bc"));
}

TEST_CASE("a different salt gives different ids") {
  DeviceIdGenerator one(FixedSalt());
  DeviceIdGenerator two(std::vector<unsigned char>(32, 0x11));
  CHECK(one.Generate("videoinput", "https://a.example", "usb-1") !=
        two.Generate("videoinput", "https://a.example", "usb-1"));
}

TEST_CASE("group ids are stable in one document and differ between two") {
  DeviceIdGenerator document(FixedSalt());
  DeviceIdGenerator other_document(FixedSalt());
  std::string group = document.GenerateGroupId("https://a.example", "usb-1");
  REQUIRE(group.size() == 64);
  CHECK(group == document.GenerateGroupId("https://a.example", "usb-1"));
  CHECK(group != document.GenerateGroupId("https://a.example", "usb-2"));
  CHECK(group != other_document.GenerateGroupId("https://a.example", "usb-1"));
  // deviceIds stay the same across the two documents.
  CHECK(document.Generate("videoinput", "https://a.example", "usb-1") ==
        other_document.Generate("videoinput", "https://a.example", "usb-1"));
}

TEST_CASE("a fixed document salt gives fixed group ids") {
  DeviceIdGenerator one(FixedSalt(), std::vector<unsigned char>(32, 0x22));
  DeviceIdGenerator two(FixedSalt(), std::vector<unsigned char>(32, 0x22));
  CHECK(one.GenerateGroupId("https://a.example", "usb-1") ==
        two.GenerateGroupId("https://a.example", "usb-1"));
  // The group id is not the deviceId of a device whose raw id is the group's.
  CHECK(one.GenerateGroupId("https://a.example", "usb-1") !=
        one.Generate("group", "https://a.example", "usb-1"));
}

TEST_CASE("the profile's salt is created once and reused") {
  char dir[] = "/tmp/device_ids_XXXXXX";
  REQUIRE(mkdtemp(dir) != nullptr);
  std::string warning;
  DeviceIdGenerator first = DeviceIdGenerator::ForProfile(dir, &warning);
  CHECK(warning.empty());
  DeviceIdGenerator second = DeviceIdGenerator::ForProfile(dir, &warning);
  CHECK(warning.empty());
  CHECK(first.salt() == second.salt());
  CHECK(first.salt().size() == 32);
  CHECK(first.Generate("videoinput", "https://a.example", "usb-1") ==
        second.Generate("videoinput", "https://a.example", "usb-1"));
  // The document salt is never stored: each generator has its own.
  CHECK(first.document_salt().size() == 32);
  CHECK(first.document_salt() != second.document_salt());
  std::system((std::string("rm -rf '") + dir + "'").c_str());
}

TEST_CASE("a corrupt salt file is replaced with a warning") {
  char dir[] = "/tmp/device_ids_XXXXXX";
  REQUIRE(mkdtemp(dir) != nullptr);
  std::ofstream(std::string(dir) + "/device_id_salt") << "not-hex\n";
  std::string warning;
  DeviceIdGenerator ids = DeviceIdGenerator::ForProfile(dir, &warning);
  CHECK(warning.find("not valid") != std::string::npos);
  CHECK(ids.salt().size() == 32);
  std::string again_warning;
  DeviceIdGenerator again = DeviceIdGenerator::ForProfile(dir, &again_warning);
  CHECK(again_warning.empty());
  CHECK(again.salt() == ids.salt());
  std::system((std::string("rm -rf '") + dir + "'").c_str());
}

// Issue 18: a fifo blocked in open(), a symlink to /dev/zero read without
// bound.
TEST_CASE("a salt that is not a regular file is left alone, with a warning") {
  char dir[] = "/tmp/device_ids_XXXXXX";
  REQUIRE(mkdtemp(dir) != nullptr);
  std::string path = std::string(dir) + "/device_id_salt";
  for (int kind = 0; kind < 3; ++kind) {
    unlink(path.c_str());
    rmdir(path.c_str());
    if (kind == 0) {
      REQUIRE(mkfifo(path.c_str(), 0600) == 0);
    } else if (kind == 1) {
      REQUIRE(symlink("/dev/zero", path.c_str()) == 0);
    } else {
      REQUIRE(mkdir(path.c_str(), 0700) == 0);
    }
    auto start = std::chrono::steady_clock::now();
    auto made = std::async(std::launch::async, [&dir] {
      std::string warning;
      DeviceIdGenerator ids = DeviceIdGenerator::ForProfile(dir, &warning);
      return std::make_pair(ids.salt(), warning);
    });
    if (made.wait_for(std::chrono::seconds(2)) != std::future_status::ready) {
      // Unblock a fifo's open() so that the test fails instead of hanging.
      int writer = open(path.c_str(), O_WRONLY | O_NONBLOCK);
      made.wait();
      if (writer >= 0)
        close(writer);
      FAIL("ForProfile blocked on kind " << kind);
    }
    auto [salt, warning] = made.get();
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(2));
    CHECK(salt.size() == 32);
    CHECK(warning == "device id salt '" + path +
                         "' is not a regular file; device ids last for this "
                         "run only");
    // Still what it was: not replaced by a regular file.
    struct stat info;
    REQUIRE(lstat(path.c_str(), &info) == 0);
    CHECK_FALSE(S_ISREG(info.st_mode));
  }
  std::system((std::string("rm -rf '") + dir + "'").c_str());
}

TEST_CASE("a huge salt file is read only in part and replaced") {
  char dir[] = "/tmp/device_ids_XXXXXX";
  REQUIRE(mkdtemp(dir) != nullptr);
  std::string path = std::string(dir) + "/device_id_salt";
  {
    std::ofstream out(path);
    out << std::string(64, 'a');
  }
  REQUIRE(truncate(path.c_str(), 1 << 30) == 0);  // Sparse: 1 GiB of zeros.
  std::string warning;
  DeviceIdGenerator ids = DeviceIdGenerator::ForProfile(dir, &warning);
  CHECK(warning.find("not valid") != std::string::npos);
  struct stat info;
  REQUIRE(stat(path.c_str(), &info) == 0);
  CHECK(info.st_size == 65);  // The new salt and its newline.
  std::system((std::string("rm -rf '") + dir + "'").c_str());
}

TEST_CASE("an unwritable profile gives a per-run salt and says so") {
  std::string warning;
  DeviceIdGenerator ids =
      DeviceIdGenerator::ForProfile("/nonexistent-profile-dir", &warning);
  CHECK(warning.find("cannot write device id salt") != std::string::npos);
  CHECK(ids.salt().size() == 32);
}

}  // namespace
}  // namespace mediacapture

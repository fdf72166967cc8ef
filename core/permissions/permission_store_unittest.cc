// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/permissions/permission_store.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace mediacapture {
namespace {

class TempDir {
 public:
  TempDir() {
    char name[] = "/tmp/permission_store_XXXXXX";
    REQUIRE(mkdtemp(name) != nullptr);
    path_ = name;
  }
  ~TempDir() { std::system(("rm -rf '" + path_ + "'").c_str()); }
  std::string File(const char* name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void WriteAll(const std::string& path, const std::string& data) {
  std::ofstream(path) << data;
}

OriginPermissions Make(PermissionState camera, PermissionState microphone) {
  OriginPermissions permissions;
  permissions.camera = camera;
  permissions.microphone = microphone;
  return permissions;
}

TEST_CASE("a missing file is an empty store without warnings") {
  TempDir dir;
  PermissionStore store(dir.File("permissions"));
  std::vector<std::string> warnings;
  CHECK(store.Load(&warnings).empty());
  CHECK(warnings.empty());
}

TEST_CASE("saved grants load back per origin") {
  TempDir dir;
  PermissionStore store(dir.File("permissions"));
  PermissionStore::Map map;
  map["https://a.example"] =
      Make(PermissionState::kGranted, PermissionState::kDenied);
  map["https://b.example:8443"] =
      Make(PermissionState::kPrompt, PermissionState::kGranted);
  std::string error;
  REQUIRE(store.Save(map, &error));
  std::vector<std::string> warnings;
  CHECK(store.Load(&warnings) == map);
  CHECK(warnings.empty());
}

TEST_CASE("origins at prompt for both features are not written") {
  TempDir dir;
  PermissionStore store(dir.File("permissions"));
  PermissionStore::Map map;
  map["https://quiet.example"] = OriginPermissions();
  std::string error;
  REQUIRE(store.Save(map, &error));
  CHECK(ReadAll(store.path()).find("quiet") == std::string::npos);
}

TEST_CASE("a corrupt line is dropped with a warning, other origins kept") {
  TempDir dir;
  PermissionStore store(dir.File("permissions"));
  WriteAll(store.path(),
           "# mediacapture permissions 1\n"
           "https://good.example camera=granted microphone=prompt\n"
           "\x01\x02garbage camera=maybe\n"
           "https://also-good.example microphone=denied\n"
           "https://bad.example camera=granted microphone\n");
  std::vector<std::string> warnings;
  PermissionStore::Map map = store.Load(&warnings);
  REQUIRE(map.size() == 2);
  CHECK(map["https://good.example"].camera == PermissionState::kGranted);
  CHECK(map["https://also-good.example"].microphone ==
        PermissionState::kDenied);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].find("line 3") != std::string::npos);
  CHECK(warnings[1].find("line 5") != std::string::npos);
}

// Found by permission_store_fuzzer's round trip: " #x://y camera=granted"
// loaded an origin "#x://y", which Save() then wrote as a comment line.
TEST_CASE("a comment may start after blanks and loads nothing") {
  TempDir dir;
  PermissionStore store(dir.File("permissions"));
  WriteAll(store.path(),
           "# mediacapture permissions 1\n"
           " #x://y camera=granted\n"
           "\t# https://z.example microphone=granted\n");
  std::vector<std::string> warnings;
  CHECK(store.Load(&warnings).empty());
  CHECK(warnings.empty());
}

TEST_CASE("an unreadable file warns and starts every origin at prompt") {
  TempDir dir;
  // A directory where the file should be cannot be read as a file.
  std::string path = dir.File("permissions");
  REQUIRE(mkdir(path.c_str(), 0700) == 0);
  PermissionStore store(path);
  std::vector<std::string> warnings;
  CHECK(store.Load(&warnings).empty());
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].find("not a regular file") != std::string::npos);
  CHECK(warnings[0].find("prompt") != std::string::npos);
}

TEST_CASE("a crash between write and rename leaves the old file intact") {
  TempDir dir;
  PermissionStore store(dir.File("permissions"));
  PermissionStore::Map old_map;
  old_map["https://a.example"] =
      Make(PermissionState::kGranted, PermissionState::kGranted);
  std::string error;
  REQUIRE(store.Save(old_map, &error));
  std::string old_contents = ReadAll(store.path());

  PermissionStore::Map new_map;
  new_map["https://a.example"] =
      Make(PermissionState::kDenied, PermissionState::kDenied);
  store.SetFailBeforeRenameForTesting(true);
  CHECK_FALSE(store.Save(new_map, &error));
  CHECK(error.find("before renaming") != std::string::npos);

  // The next process sees the old file, and ignores the stray .tmp.
  CHECK(ReadAll(store.path()) == old_contents);
  CHECK(access((store.path() + ".tmp").c_str(), F_OK) == 0);
  PermissionStore reopened(store.path());
  std::vector<std::string> warnings;
  CHECK(reopened.Load(&warnings) == old_map);
  CHECK(warnings.empty());

  // And a later successful save replaces both.
  REQUIRE(reopened.Save(new_map, &error));
  CHECK(reopened.Load(&warnings) == new_map);
  CHECK(access((store.path() + ".tmp").c_str(), F_OK) != 0);
}

TEST_CASE("saving into a missing directory fails with a reason") {
  PermissionStore store("/nonexistent-dir-for-test/permissions");
  std::string error;
  CHECK_FALSE(store.Save(PermissionStore::Map(), &error));
  CHECK(error.find("cannot write permissions file") != std::string::npos);
}

// Issue 18: an unwritable profile lost every grant without a word. Tests run
// as root, so the store is made unwritable by a directory where its
// temporary file goes.
TEST_CASE("the first failed save warns once; a later success is silent") {
  TempDir dir;
  PermissionStore store(dir.File("permissions"));
  std::vector<std::string> warnings;
  store.SetWarningCallback(
      [&warnings](const std::string& warning) { warnings.push_back(warning); });
  std::string tmp = store.path() + ".tmp";
  REQUIRE(mkdir(tmp.c_str(), 0700) == 0);
  PermissionStore::Map map;
  map["https://a.example"].camera = PermissionState::kGranted;
  std::string error;
  CHECK_FALSE(store.Save(map, &error));
  map["https://a.example"].microphone = PermissionState::kGranted;
  CHECK_FALSE(store.Save(map, &error));
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0] == "cannot write permissions file '" + tmp +
                           "': Is a directory; permission changes last for "
                           "this session only");
  REQUIRE(rmdir(tmp.c_str()) == 0);
  CHECK(store.Save(map, &error));
  CHECK(warnings.size() == 1);
}

}  // namespace
}  // namespace mediacapture

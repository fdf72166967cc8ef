// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/pulse/test_pulse_daemon.h"

#include <signal.h>
#include <sys/stat.h>

#include <catch2/catch.hpp>

namespace mediacapture {
namespace {

// REQUIRE for a step that explains its failure in the local |error|.
#define REQUIRE_DONE(expr) \
  do {                     \
    bool done_ = (expr);   \
    INFO(error);           \
    REQUIRE(done_);        \
  } while (false)

bool Exists(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0;
}

TEST_CASE("the test daemon serves the sine source and the null sink",
          "[pulse][daemon]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  std::string output;
  REQUIRE(daemon.RunPactl({"list", "short", "sources"}, &output));
  CHECK(output.find("sine") != std::string::npos);
  CHECK(output.find("null.monitor") != std::string::npos);
  REQUIRE(daemon.RunPactl({"info"}, &output));
  CHECK(output.find("Default Source: sine") != std::string::npos);
}

TEST_CASE("the test daemon loads and unloads modules", "[pulse][daemon]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  int index = daemon.LoadModule("module-sine-source",
                                "source_name=extra frequency=1000", &error);
  REQUIRE_DONE(index >= 0);
  std::string output;
  REQUIRE(daemon.RunPactl({"list", "short", "sources"}, &output));
  CHECK(output.find("extra") != std::string::npos);
  REQUIRE_DONE(daemon.UnloadModule(index, &error));
  REQUIRE(daemon.RunPactl({"list", "short", "sources"}, &output));
  CHECK(output.find("extra") == std::string::npos);
  CHECK_FALSE(daemon.UnloadModule(index, &error));
}

TEST_CASE("the test daemon restarts on the same socket after a kill",
          "[pulse][daemon]") {
  TestPulseDaemon daemon;
  std::string error;
  REQUIRE_DONE(daemon.Start(&error));
  std::string server = daemon.server();
  daemon.Kill();
  CHECK_FALSE(daemon.running());
  std::string output;
  CHECK_FALSE(daemon.RunPactl({"info"}, &output));
  REQUIRE_DONE(daemon.Start(&error));
  CHECK(daemon.server() == server);
  CHECK(daemon.RunPactl({"info"}, &output));
}

TEST_CASE("the test daemon leaves nothing behind", "[pulse][daemon]") {
  std::string dir;
  pid_t pid = -1;
  {
    TestPulseDaemon daemon;
    std::string error;
    REQUIRE_DONE(daemon.Start(&error));
    dir = daemon.dir();
    pid = daemon.pid();
    CHECK(Exists(daemon.socket_path()));
  }
  CHECK_FALSE(Exists(dir));
  CHECK(kill(pid, 0) != 0);
}

}  // namespace
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/resource_resolver.h"

#include <stdlib.h>
#include <sys/stat.h>

#include <cstdio>
#include <string>
#include <vector>

#include <catch2/catch.hpp>

namespace mediacapture {
namespace shell {
namespace {

// A scratch checkout: <dir>/web_tests is the web root, with the fallbacks
// of a real checkout beside it.
class ScratchCheckout {
 public:
  ScratchCheckout() {
    char pattern[] = "/tmp/resolver_test_XXXXXX";
    REQUIRE(mkdtemp(pattern));
    dir_ = pattern;
  }
  ~ScratchCheckout() {
    std::string command = "rm -rf '" + dir_ + "'";
    CHECK(system(command.c_str()) == 0);
  }
  const std::string& dir() const { return dir_; }
  std::string Add(const std::string& relative) {
    std::string path = dir_ + "/" + relative;
    std::string command = "mkdir -p \"$(dirname '" + path + "')\"";
    REQUIRE(system(command.c_str()) == 0);
    FILE* file = fopen(path.c_str(), "w");
    REQUIRE(file);
    fclose(file);
    return path;
  }

 private:
  std::string dir_;
};

TEST_CASE("a file under the web root wins over every fallback") {
  ScratchCheckout checkout;
  std::string ours = checkout.Add("web_tests/resources/testharness.js");
  checkout.Add("tools/npm/node_modules/wpt-runner/testharness/testharness.js");
  ResourceResolver resolver(checkout.dir() + "/web_tests", checkout.dir());
  CHECK(resolver.FindWebPath("/resources/testharness.js", nullptr) == ours);
}

TEST_CASE("/resources falls back to our copy, then to the npm harness") {
  ScratchCheckout checkout;
  checkout.Add("upstream/page.html");
  std::string report = checkout.Add("web_tests/resources/testharnessreport.js");
  std::string harness = checkout.Add(
      "tools/npm/node_modules/wpt-runner/testharness/testharness.js");
  std::string gc =
      checkout.Add("tools/npm/node_modules/wpt-runner/common/gc.js");
  std::string ours = checkout.Add("idl/mediacapture-streams.idl");
  std::string webref =
      checkout.Add("tools/npm/node_modules/@webref/idl/dom.idl");
  // An upstream-style directory as the web root.
  ResourceResolver resolver(checkout.dir() + "/upstream", checkout.dir());
  CHECK(resolver.FindWebPath("/resources/testharnessreport.js", nullptr) ==
        report);
  CHECK(resolver.FindWebPath("/resources/testharness.js", nullptr) == harness);
  CHECK(resolver.FindWebPath("/common/gc.js", nullptr) == gc);
  CHECK(resolver.FindWebPath("/interfaces/mediacapture-streams.idl", nullptr) ==
        ours);
  CHECK(resolver.FindWebPath("/interfaces/dom.idl", nullptr) == webref);
  std::vector<std::string> tried;
  CHECK_FALSE(resolver.FindWebPath("/resources/nothing.js", &tried));
  CHECK(tried.size() == 3);
}

TEST_CASE("relative references resolve against the page, inside the root") {
  ScratchCheckout checkout;
  std::string page_file = checkout.Add("web_tests/a/b/page.html");
  std::string helper = checkout.Add("web_tests/a/helper.js");
  std::string report = checkout.Add("web_tests/resources/testharnessreport.js");
  ResourceResolver resolver(checkout.dir() + "/web_tests", checkout.dir());
  PageLocation page = resolver.Locate(page_file, "");
  CHECK(page.under_web_root);
  CHECK(page.url_path == "/a/b/page.html");
  CHECK(resolver.Resolve(page, "../helper.js", nullptr) == helper);
  CHECK(resolver.Resolve(page, "../../resources/testharnessreport.js?x#y",
                         nullptr) == report);
  // .. never climbs above the web root.
  CHECK(resolver.Resolve(page, "../../../../resources/testharnessreport.js",
                         nullptr) == report);
  CHECK_FALSE(
      resolver.Resolve(page, "https://elsewhere.test/a/helper.js", nullptr));
}

TEST_CASE("a page outside the web root still finds /resources") {
  ScratchCheckout checkout;
  std::string page_file = checkout.Add("elsewhere/page.html");
  std::string sibling = checkout.Add("elsewhere/sibling.js");
  std::string report = checkout.Add("web_tests/resources/testharnessreport.js");
  ResourceResolver resolver(checkout.dir() + "/web_tests", checkout.dir());
  PageLocation page = resolver.Locate(page_file, "");
  CHECK_FALSE(page.under_web_root);
  CHECK(page.href == "file://" + page_file);
  CHECK(resolver.Resolve(page, "sibling.js", nullptr) == sibling);
  CHECK(resolver.Resolve(page, "/resources/testharnessreport.js", nullptr) ==
        report);
  CHECK(resolver.Resolve(page, "file://" + sibling, nullptr) == sibling);
}

// Issue 18: an https://localhost page read /etc/passwd by fetch() and
// <script src="file:///...">.
TEST_CASE("a web origin never loads a file: URL") {
  ScratchCheckout checkout;
  std::string page_file = checkout.Add("web_tests/x/page.https.html");
  std::string inside = checkout.Add("web_tests/x/helper.js");
  ResourceResolver resolver(checkout.dir() + "/web_tests", checkout.dir());
  for (const char* origin : {"https://localhost", "http://example.test"}) {
    PageLocation page = resolver.Locate(page_file, origin);
    for (const std::string& url :
         {"file://" + inside, "FILE://" + inside, "file:" + inside,
          std::string("file:///etc/passwd"),
          std::string("file://localhost/etc/passwd")}) {
      bool refused = false;
      std::vector<std::string> tried;
      CHECK_FALSE(resolver.Resolve(page, url, &tried, &refused));
      CHECK(refused);
      REQUIRE(tried.size() == 1);
      CHECK(tried[0].find("refused to a web origin") != std::string::npos);
    }
    // Its own files it still loads, and a missing one is only not found.
    bool refused = true;
    CHECK(resolver.Resolve(page, "helper.js", nullptr, &refused) == inside);
    CHECK_FALSE(refused);
    CHECK_FALSE(resolver.Resolve(page, "absent.js", nullptr, &refused));
    CHECK_FALSE(refused);
  }
}

TEST_CASE("a file:// page loads file: URLs only under its root") {
  ScratchCheckout checkout;
  std::string page_file = checkout.Add("web_tests/x/page.html");
  std::string inside = checkout.Add("web_tests/y/helper.js");
  std::string outside = checkout.Add("secret.txt");
  ResourceResolver resolver(checkout.dir() + "/web_tests", checkout.dir());
  PageLocation page = resolver.Locate(page_file, "");
  REQUIRE(page.origin == "file://");
  CHECK(resolver.Resolve(page, "file://" + inside, nullptr) == inside);
  bool refused = false;
  CHECK_FALSE(resolver.Resolve(page, "file://" + outside, nullptr, &refused));
  CHECK(refused);
  CHECK_FALSE(resolver.Resolve(
      page, "file://" + checkout.dir() + "/web_tests/../secret.txt", nullptr,
      &refused));
  CHECK(refused);
  CHECK_FALSE(resolver.Resolve(page, "file:///etc/passwd", nullptr, &refused));
  CHECK(refused);
}

TEST_CASE("a page outside the web root never climbs above its directory") {
  ScratchCheckout checkout;
  std::string page_file = checkout.Add("elsewhere/deep/page.html");
  checkout.Add("elsewhere/secret.txt");  // Never reached from the page.
  std::string clamped = checkout.Add("elsewhere/deep/secret.txt");
  ResourceResolver resolver(checkout.dir() + "/web_tests", checkout.dir());
  for (const char* origin : {"", "https://localhost"}) {
    PageLocation page = resolver.Locate(page_file, origin);
    REQUIRE_FALSE(page.under_web_root);
    CHECK(resolver.Resolve(page, "../secret.txt", nullptr) == clamped);
    CHECK(resolver.Resolve(page, "../../elsewhere/secret.txt", nullptr) ==
          std::nullopt);
  }
}

TEST_CASE("the origin comes from the flag, else from .https. in the name") {
  ResourceResolver resolver("/srv/web", "");
  PageLocation secure = resolver.Locate("/srv/web/x/t.https.html", "");
  CHECK(secure.origin == "https://localhost");
  CHECK(secure.href == "https://localhost/x/t.https.html");
  CHECK(resolver.Locate("/srv/web/x/t.html", "").origin == "file://");
  PageLocation given =
      resolver.Locate("/srv/web/t.html", "http://example.test:8000/");
  CHECK(given.origin == "http://example.test:8000");
  CHECK(given.href == "http://example.test:8000/t.html");
  CHECK(ResourceResolver::UrlOf(given, "../a/./b.js") ==
        "http://example.test:8000/a/b.js");
}

}  // namespace
}  // namespace shell
}  // namespace mediacapture

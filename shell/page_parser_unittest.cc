// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/page_parser.h"

#include "shell/options.h"
#include "shell/page_loader.h"

#include <catch2/catch.hpp>

namespace mediacapture {
namespace shell {
namespace {

TEST_CASE("scripts come out in document order, inline and src alike") {
  ParsedPage page = ParseHtmlPage(
      "<!doctype html>\n"
      "<title> Ordering </title>\n"
      "<script src=\"/resources/testharness.js\"></script>\n"
      "<body>\n"
      "<div><script>\n"
      "var a = 1;\n"
      "</script></div>\n"
      "<script src='helper.js?x=1'></script>\n");
  REQUIRE(page.scripts.size() == 3);
  CHECK(page.scripts[0].src == "/resources/testharness.js");
  CHECK(page.scripts[1].src.empty());
  CHECK(page.scripts[1].text == "\nvar a = 1;\n");
  CHECK(page.scripts[1].line == 5);
  CHECK(page.scripts[2].src == "helper.js?x=1");
  CHECK(page.title == "Ordering");
  CHECK(page.warnings.empty());
}

TEST_CASE("only classic scripts run: data blocks skipped, modules warned") {
  ParsedPage page = ParseHtmlPage(
      "<script type='text/JavaScript '>1</script>"
      "<script type='application/json'>{}</script>"
      "<script type=module>2</script>"
      "<script type=''>3</script>"
      "<template><script>4</script></template>");
  REQUIRE(page.scripts.size() == 2);
  CHECK(page.scripts[0].text == "1");
  CHECK(page.scripts[1].text == "3");
  REQUIRE(page.warnings.size() == 1);
  CHECK(page.warnings[0].find("module") != std::string::npos);
}

TEST_CASE("script text is taken raw, markup inside it is not parsed") {
  ParsedPage page =
      ParseHtmlPage("<script>if (1 < 2 && '<b>') x = '&amp;';</script>");
  REQUIRE(page.scripts.size() == 1);
  CHECK(page.scripts[0].text == "if (1 < 2 && '<b>') x = '&amp;';");
}

TEST_CASE("a script not closed before the end of the page is not run") {
  // https://html.spec.whatwg.org/#parsing-main-incdata: an end-of-file
  // token in "text" marks the script "already started", so it never runs.
  ParsedPage page = ParseHtmlPage(
      "<script>1</script>\n"
      "<svg><script/></svg>\n"
      "<script/>2<script>3");
  REQUIRE(page.scripts.size() == 2);
  CHECK(page.scripts[0].text == "1");
  CHECK(page.scripts[1].text.empty());  // SVG's self-closed script.
  REQUIRE(page.warnings.size() == 1);
  CHECK(page.warnings[0] ==
        "line 3: a script not closed before the end of the page was not run");
  CHECK(ParseHtmlPage("<script src=a.js>").scripts.empty());
}

TEST_CASE("a script deep in 50000 nested elements is found") {
  std::string html;
  for (int i = 0; i < 50000; ++i)
    html += "<b>";
  html += "<script>deep</script>";
  for (int i = 0; i < 50000; ++i)
    html += "</b>";
  html += "<script>after</script>";
  ParsedPage page = ParseHtmlPage(html);
  REQUIRE(page.scripts.size() == 2);
  CHECK(page.scripts[0].text == "deep");
  CHECK(page.scripts[1].text == "after");
}

std::string Repeat(const std::string& text, int count) {
  std::string repeated;
  for (int i = 0; i < count; ++i)
    repeated += text;
  return repeated;
}

TEST_CASE("a page over the size limit is not parsed") {
  ParseLimits limits;
  limits.max_page_bytes = 1000;
  ParsedPage page;
  page.title = "untouched";
  std::string error;
  CHECK(ParseHtmlPage("<script>1</script>" + std::string(1000, 'x'), limits,
                      &page, &error) == ParseStatus::kTooLarge);
  CHECK(error == "the page is larger than 1000 bytes");
  CHECK(page.title == "untouched");
  CHECK(ParseHtmlPage(std::string(1000, 'x'), limits, &page, &error) ==
        ParseStatus::kOk);

  ParsedPage huge =
      ParseHtmlPage("<script>1</script>" +
                    std::string(ParseLimits::kDefaultMaxPageBytes, ' '));
  CHECK(huge.scripts.empty());
  REQUIRE(huge.warnings.size() == 1);
  CHECK(huge.warnings[0] == "the page is larger than 4 MiB");
}

TEST_CASE("50000 unclosed elements parse in little memory") {
  // gumbo copies the open elements into each parse error; without them
  // this page needed 6 GB.
  ParseLimits limits;
  limits.max_memory_bytes = 64 * 1024 * 1024;
  ParsedPage page;
  std::string error;
  REQUIRE(ParseHtmlPage(Repeat("<b>", 50000) + "<script>x</script>", limits,
                        &page, &error) == ParseStatus::kOk);
  REQUIRE(page.scripts.size() == 1);
  CHECK(page.scripts[0].text == "x");
}

TEST_CASE("a parse that needs more memory than its limit stops") {
  ParseLimits limits;
  limits.max_memory_bytes = 1024 * 1024;
  ParsedPage page;
  std::string error;
  CHECK(ParseHtmlPage(Repeat("<b>", 50000), limits, &page, &error) ==
        ParseStatus::kOutOfMemory);
  CHECK(error == "parsing the page needs more than 1 MiB");
  CHECK(page.scripts.empty());
}

TEST_CASE("a parse still going at its deadline stops") {
  // Each <div> looks through all the open ones: unbounded, this page takes
  // well over 10 s.
  ParseLimits limits;
  limits.timeout_s = 0.1;
  ParsedPage page;
  std::string error;
  CHECK(ParseHtmlPage(Repeat("<div>", 100000), limits, &page, &error) ==
        ParseStatus::kTimedOut);
  CHECK(error == "the page did not finish parsing within 0.1 s");
}

TEST_CASE("the timeout meta is read") {
  CHECK(ParseHtmlPage("<meta name=timeout content=long>").timeout == "long");
  CHECK(ParseHtmlPage("<meta name='timeout' content=' 1 '>").timeout == "1");
  CHECK(ParseHtmlPage("<meta name=viewport content=x>").timeout.empty());
}

TEST_CASE("a wrapped test loads the harness, its META scripts, then itself") {
  ParsedPage page = WrapTestScript("thing.any.js",
                                   "// META: title=Things\n"
                                   "// META: script=/common/gc.js\n"
                                   "// META: timeout=long\n"
                                   "// META: script=helper.js\n"
                                   "\n"
                                   "test(() => {});\n"
                                   "// META: script=ignored.js\n");
  REQUIRE(page.scripts.size() == 6);
  CHECK(page.scripts[0].text.find("GLOBAL") != std::string::npos);
  CHECK(page.scripts[1].src == "/resources/testharness.js");
  CHECK(page.scripts[2].src == "/resources/testharnessreport.js");
  CHECK(page.scripts[3].src == "/common/gc.js");
  CHECK(page.scripts[4].src == "helper.js");
  CHECK(page.scripts[5].src == "thing.any.js");
  CHECK(page.title == "Things");
  CHECK(page.timeout == "long");
}

TEST_CASE("the kind of file follows its name") {
  CHECK(KindOfFile("a/b.html") == FileKind::kPage);
  CHECK(KindOfFile("B.HTM") == FileKind::kPage);
  CHECK(KindOfFile("x.window.js") == FileKind::kWrappedTest);
  CHECK(KindOfFile("x.any.js") == FileKind::kWrappedTest);
  CHECK(KindOfFile("x.js") == FileKind::kScript);
  CHECK(KindOfFile("window.js") == FileKind::kScript);
}

TEST_CASE("a page's timeout: the flag, x6 when long, else its own number") {
  ParsedPage normal;
  CHECK(PageTimeoutSeconds(normal, -1) == kDefaultPageTimeoutS);
  CHECK(PageTimeoutSeconds(normal, 3) == 3);
  ParsedPage long_page = ParseHtmlPage("<meta name=timeout content=long>");
  CHECK(PageTimeoutSeconds(long_page, -1) == 6 * kDefaultPageTimeoutS);
  CHECK(PageTimeoutSeconds(long_page, 2) == 12);
  ParsedPage short_page = ParseHtmlPage("<meta name=timeout content=1.5>");
  CHECK(PageTimeoutSeconds(short_page, -1) == 1.5);
  CHECK(PageTimeoutSeconds(short_page, 4) == 4);  // The flag wins.
  ParsedPage bad = ParseHtmlPage("<meta name=timeout content=soon>");
  CHECK(PageTimeoutSeconds(bad, -1) == kDefaultPageTimeoutS);
}

}  // namespace
}  // namespace shell
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.

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

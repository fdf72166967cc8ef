// Copyright 2026 The mediacapture authors. All rights reserved.

#ifndef SHELL_PAGE_PARSER_H_
#define SHELL_PAGE_PARSER_H_

#include <string>
#include <vector>

namespace mediacapture {
namespace shell {

// What kind of file capture_shell was given, from its name.
enum class FileKind {
  kScript,       // A plain .js file, run as it is.
  kPage,         // An .html/.htm test page.
  kWrappedTest,  // A WPT .window.js or .any.js test: run inside a page that
                 // loads testharness.js and testharnessreport.js first.
};
FileKind KindOfFile(const std::string& path);

// One classic script of a page, in document order.
struct PageScript {
  std::string src;   // The src attribute as written; empty for inline.
  std::string text;  // Inline source (empty with src).
  int line = 1;      // Line of the page where the inline text starts.
};

// The parts of a page that the shell acts on.
struct ParsedPage {
  std::vector<PageScript> scripts;
  std::string title;    // <title> (or META: title=).
  std::string timeout;  // <meta name="timeout" content> (or META: timeout=):
                        // "", "long", or a number of seconds.
  // Things the shell does not run (module scripts), one sentence each.
  std::vector<std::string> warnings;
};

// Parses |html| with gumbo, as an HTML parser would, and collects its
// classic scripts: no type, an empty type or a JavaScript MIME type
// (https://html.spec.whatwg.org/#prepare-the-script-element). Data blocks
// are skipped silently; module scripts, scripts inside <template> and a
// script the page leaves open at its end (as in a browser) are not run.
ParsedPage ParseHtmlPage(const std::string& html);

// The page the WPT server builds around a .window.js / .any.js test
// (https://web-platform-tests.org/writing-tests/testharness.html): GLOBAL,
// testharness.js, testharnessreport.js, every `// META: script=`, then the
// test itself (src = |file_name|, relative to the page).
ParsedPage WrapTestScript(const std::string& file_name,
                          const std::string& source);

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_PAGE_PARSER_H_

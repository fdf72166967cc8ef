// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_PAGE_PARSER_H_
#define SHELL_PAGE_PARSER_H_

#include <cstddef>
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

// Bounds on parsing one page, so that no page can take the shell's memory or
// hang it. gumbo 0.10 has no bound on the depth of the tree, and each start
// tag looks through the open elements, so that deep nesting costs time
// quadratic in the depth (100000 unclosed <div>s take half a minute): a
// deadline bounds the time. The memory is counted by gumbo's allocator.
struct ParseLimits {
  // Far above any test page (testharness.js pages are a few KB).
  static constexpr size_t kDefaultMaxPageBytes = 4 * 1024 * 1024;
  // gumbo needs up to ~100 bytes per byte of markup (an element per 3).
  static constexpr size_t kDefaultMaxMemoryBytes = 512 * 1024 * 1024;

  size_t max_page_bytes = kDefaultMaxPageBytes;
  size_t max_memory_bytes = kDefaultMaxMemoryBytes;
  double timeout_s = 0;  // <= 0: no deadline.
};

// How ParseHtmlPage() within limits ended.
enum class ParseStatus {
  kOk,
  kTooLarge,     // The page is over |max_page_bytes|.
  kOutOfMemory,  // The parse would need over |max_memory_bytes|.
  kTimedOut,     // The parse was still going at |timeout_s|.
};

// Parses |html| with gumbo, as an HTML parser would, and collects its
// classic scripts: no type, an empty type or a JavaScript MIME type
// (https://html.spec.whatwg.org/#prepare-the-script-element). Data blocks
// are skipped silently; module scripts, scripts inside <template> and a
// script the page leaves open at its end (as in a browser) are not run.
// Returns kOk and sets |page|, or returns why not and sets |error| to one
// sentence (|page| is left alone).
ParseStatus ParseHtmlPage(const std::string& html,
                          const ParseLimits& limits,
                          ParsedPage* page,
                          std::string* error);
// The same with the default limits and no deadline; a page beyond them gives
// no scripts and the error as its one warning.
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

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_PAGE_LOADER_H_
#define SHELL_PAGE_LOADER_H_

#include <string>

#include <v8.h>

#include "shell/page_parser.h"
#include "shell/resource_resolver.h"

namespace mediacapture {
namespace shell {

class ErrorReporter;
class EventLoop;

// How LoadPage() ended.
enum class LoadResult {
  kOk,
  kFailed,    // The file cannot be read, or is beyond the parser's limits.
  kTimedOut,  // Parsing took longer than |timeout_s|.
};

// Reads the test page at |location| (an .html page, or a .window.js /
// .any.js test wrapped as the WPT server would) and finds its scripts, the
// parse bounded by ParseLimits and, when |timeout_s| > 0, that many seconds.
// Sets |error| (one sentence naming the file) unless kOk.
LoadResult LoadPage(const PageLocation& location,
                    FileKind kind,
                    double timeout_s,
                    ParsedPage* page,
                    std::string* error);

// Runs the page's scripts in document order in |context|, each followed by
// a microtask checkpoint (HTML's "clean up after running script"). A script
// that cannot be found is skipped, reported as a "CONSOLE ERROR:" line on
// stdout (so baselines show it) and in detail on stderr; one that throws is
// reported through |reporter|. Either way the page goes on, as in a
// browser. JS thread only.
void RunPageScripts(v8::Local<v8::Context> context,
                    const PageLocation& location,
                    const ParsedPage& page,
                    const ResourceResolver& resolver,
                    EventLoop* loop,
                    ErrorReporter* reporter);

// How long the page may run: |flag_s| (--timeout) when given, else
// kDefaultPageTimeoutS; x6 for a "long" page (WPT's long timeout); the
// page's own number of seconds when it gives one and the flag does not.
double PageTimeoutSeconds(const ParsedPage& page, double flag_s);

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_PAGE_LOADER_H_

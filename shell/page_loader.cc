// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/page_loader.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include "shell/error_reporter.h"
#include "shell/event_loop.h"
#include "shell/options.h"
#include "shell/script_runner.h"

namespace mediacapture {
namespace shell {

namespace {

// WPT's "long" timeout is six times the normal one (60 s against 10 s).
constexpr double kLongTimeoutFactor = 6;

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

void ReportLoadError(const std::string& text) {
  fprintf(stderr, "%s\n", text.c_str());
  fflush(stderr);
}

}  // namespace

LoadResult LoadPage(const PageLocation& location,
                    FileKind kind,
                    double timeout_s,
                    ParsedPage* page,
                    std::string* error) {
  std::string source;
  if (!ReadFile(location.file_path, &source, error))
    return LoadResult::kFailed;
  if (kind == FileKind::kWrappedTest) {
    *page = WrapTestScript(BaseName(location.file_path), source);
    return LoadResult::kOk;
  }
  ParseLimits limits;
  limits.timeout_s = timeout_s;
  std::string reason;
  switch (ParseHtmlPage(source, limits, page, &reason)) {
    case ParseStatus::kOk:
      return LoadResult::kOk;
    case ParseStatus::kTimedOut:
      *error = reason;
      return LoadResult::kTimedOut;
    case ParseStatus::kTooLarge:
    case ParseStatus::kOutOfMemory:
      break;
  }
  *error = "cannot parse '" + location.file_path + "': " + reason;
  return LoadResult::kFailed;
}

void RunPageScripts(v8::Local<v8::Context> context,
                    const PageLocation& location,
                    const ParsedPage& page,
                    const ResourceResolver& resolver,
                    EventLoop* loop,
                    ErrorReporter* reporter) {
  v8::Isolate* isolate = context->GetIsolate();
  for (const std::string& warning : page.warnings)
    ReportLoadError(location.href + ": " + warning);
  // testharness.js names a file's single test after META_TITLE when there
  // is no document to take the <title> from.
  if (!page.title.empty()) {
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::String> title;
    if (v8::String::NewFromUtf8(isolate, page.title.c_str()).ToLocal(&title))
      context->Global()
          ->Set(context, v8::String::NewFromUtf8Literal(isolate, "META_TITLE"),
                title)
          .FromMaybe(false);
  }
  for (const PageScript& script : page.scripts) {
    if (script.src.empty()) {
      RunScript(context, location.href, script.text, script.line - 1, reporter);
    } else {
      std::vector<std::string> tried;
      bool refused = false;
      std::optional<std::string> file =
          resolver.Resolve(location, script.src, &tried, &refused);
      std::string source;
      std::string error;
      if (!file) {
        // Like a browser's console line in a Blink baseline: short, with no
        // machine-specific path; stderr gets where the shell looked.
        const char* why = refused ? "not allowed" : "not found";
        printf("CONSOLE ERROR: line %d: cannot load script '%s': %s\n",
               script.line, script.src.c_str(), why);
        fflush(stdout);
        std::string text = location.href + ":" + std::to_string(script.line) +
                           ": cannot load script '" + script.src + "': " + why +
                           " (looked at";
        for (size_t i = 0; i < tried.size(); ++i)
          text += (i ? ", " : " ") + tried[i];
        ReportLoadError(text + ")");
      } else if (!ReadFile(*file, &source, &error)) {
        ReportLoadError(location.href + ":" + std::to_string(script.line) +
                        ": " + error);
      } else {
        RunScript(context, ResourceResolver::UrlOf(location, script.src),
                  source, 0, reporter);
      }
    }
    loop->PerformMicrotaskCheckpoint();
  }
}

double PageTimeoutSeconds(const ParsedPage& page, double flag_s) {
  double seconds = flag_s >= 0 ? flag_s : kDefaultPageTimeoutS;
  if (page.timeout == "long") {
    seconds *= kLongTimeoutFactor;
  } else if (!page.timeout.empty() && flag_s < 0) {
    char* end = nullptr;
    double own = strtod(page.timeout.c_str(), &end);
    if (*end == '\0' && own > 0)
      seconds = own;
  }
  return seconds;
}

}  // namespace shell
}  // namespace mediacapture

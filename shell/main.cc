// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// capture_shell: the reference embedder. Runs JavaScript files, or one test
// page, in a V8 context with a libuv event loop, through include/
// mediacapture's public API.

#include <cstdio>
#include <memory>
#include <string>

#include <v8.h>

#include "mediacapture/context.h"
#include "mediacapture/environment.h"
#include "shell/console.h"
#include "shell/error_reporter.h"
#include "shell/event_loop.h"
#include "shell/fetch.h"
#include "shell/global_scope.h"
#include "shell/media_setup.h"
#include "shell/options.h"
#include "shell/page_loader.h"
#include "shell/page_parser.h"
#include "shell/resource_resolver.h"
#include "shell/script_runner.h"
#include "shell/test_control.h"
#include "shell/timers.h"
#include "shell/url.h"
#include "shell/watchdog.h"

namespace {

using mediacapture::shell::ErrorReporter;
using mediacapture::shell::EventLoop;
using mediacapture::shell::Fetch;
using mediacapture::shell::FileKind;
using mediacapture::shell::GlobalScope;
using mediacapture::shell::MediaSetup;
using mediacapture::shell::Options;
using mediacapture::shell::PageLocation;
using mediacapture::shell::ParsedPage;
using mediacapture::shell::ResourceResolver;
using mediacapture::shell::RunResult;
using mediacapture::shell::TestControl;
using mediacapture::shell::Timers;
using mediacapture::shell::Watchdog;

// Exit codes, documented in --help.
constexpr int kExitOk = 0;
constexpr int kExitScriptError = 1;
constexpr int kExitUsage = 2;
constexpr int kExitTimeout = 3;

constexpr double kMillisecondsPerSecond = 1000;

// The per-context pieces of the shell, each installing its globals.
struct Realm {
  Realm(v8::Isolate* isolate,
        EventLoop* loop,
        ErrorReporter* reporter,
        const ResourceResolver* resolver,
        const PageLocation& location)
      : global_scope(isolate, reporter),
        timers(isolate, loop, reporter),
        fetch(isolate, loop, resolver, location),
        control(isolate, loop) {}

  GlobalScope global_scope;
  Timers timers;
  Fetch fetch;
  TestControl control;
  v8::Global<v8::Context> context;
};

// Creates the context with every global the shell provides.
bool CreateContext(v8::Isolate* isolate,
                   Realm* realm,
                   const PageLocation& location) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = v8::Context::New(isolate);
  v8::Context::Scope context_scope(context);
  // The library's interfaces (EventTarget, Event, DOMException, ...), with
  // [SecureContext] members only in a secure context.
  mediacapture::InstallOptions install_options;
  install_options.secure_context =
      mediacapture::IsPotentiallyTrustworthyOrigin(location.origin);
  if (!mediacapture::InstallInterfaces(context, install_options))
    return false;
  if (!mediacapture::shell::InstallConsole(context) ||
      !realm->global_scope.Install(context, location) ||
      !mediacapture::shell::InstallUrl(context) ||
      !realm->timers.Install(context) || !realm->fetch.Install(context) ||
      !realm->control.Install(context)) {
    return false;
  }
  realm->context.Reset(isolate, context);
  return true;
}

// Runs plain scripts in order; stops at the first that throws.
int RunScripts(v8::Isolate* isolate,
               Realm* realm,
               EventLoop* loop,
               ErrorReporter* reporter,
               const Options& options) {
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = realm->context.Get(isolate);
  v8::Context::Scope context_scope(context);
  for (const std::string& file : options.files) {
    switch (mediacapture::shell::RunFile(context, file, reporter)) {
      case RunResult::kOk:
        break;
      case RunResult::kException:
        return kExitScriptError;
      case RunResult::kUnreadable:
        return kExitUsage;
    }
    loop->PerformMicrotaskCheckpoint();
  }
  return kExitOk;
}

// Runs the page's scripts, then queues its load event.
void StartPage(v8::Isolate* isolate,
               Realm* realm,
               EventLoop* loop,
               ErrorReporter* reporter,
               const ResourceResolver& resolver,
               const PageLocation& location,
               const ParsedPage& page) {
  {
    v8::HandleScope handle_scope(isolate);
    v8::Local<v8::Context> context = realm->context.Get(isolate);
    v8::Context::Scope context_scope(context);
    mediacapture::shell::RunPageScripts(context, location, page, resolver, loop,
                                        reporter);
  }
  loop->PostTask([isolate, realm]() {
    v8::HandleScope handle_scope(isolate);
    realm->global_scope.FireEvent(realm->context.Get(isolate), "load");
  });
}

// What a run that hit --timeout prints: the page's own report of what it
// knows, then one line of the shell's.
void ReportTimeout(v8::Isolate* isolate,
                   Realm* realm,
                   const char* what,
                   double seconds) {
  {
    v8::HandleScope handle_scope(isolate);
    realm->control.ReportTimeout(realm->context.Get(isolate));
  }
  printf("TIMEOUT: the %s did not finish within %g s\n", what, seconds);
  fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  // 1. Parse the command line: plain scripts, or one test page.
  Options options;
  std::string error;
  if (!mediacapture::shell::ParseOptions(argc, argv, &options, &error)) {
    fprintf(stderr, "capture_shell: %s\n", error.c_str());
    return kExitUsage;
  }
  if (options.help) {
    fputs(mediacapture::shell::UsageText().c_str(), stdout);
    return kExitOk;
  }
  if (options.files.empty()) {
    fprintf(stderr, "capture_shell: no file to run (see --help)\n");
    return kExitUsage;
  }
  FileKind kind = mediacapture::shell::KindOfFile(options.files[0]);
  for (const std::string& file : options.files) {
    if (options.files.size() > 1 &&
        mediacapture::shell::KindOfFile(file) != FileKind::kScript) {
      fprintf(stderr, "capture_shell: a page runs alone: '%s'\n", file.c_str());
      return kExitUsage;
    }
  }

  // 2. Find the page's place: the web root, the checkout, the origin.
  std::string checkout = mediacapture::shell::FindCheckout("/proc/self/exe");
  std::string web_root = options.web_root;
  if (web_root.empty())
    web_root = checkout.empty() ? "." : checkout + "/web_tests";
  ResourceResolver resolver(web_root, checkout);
  PageLocation location = resolver.Locate(options.files[0], options.origin);
  ParsedPage page;
  double timeout_s = options.timeout_s > 0 ? options.timeout_s : 0;
  if (kind != FileKind::kScript) {
    // Parsing counts against the timeout too: a page nested deep enough
    // could take minutes. Its own <meta name=timeout> is not known yet.
    double parse_timeout_s = mediacapture::shell::PageTimeoutSeconds(
        ParsedPage(), options.timeout_s);
    switch (mediacapture::shell::LoadPage(location, kind, parse_timeout_s,
                                          &page, &error)) {
      case mediacapture::shell::LoadResult::kOk:
        break;
      case mediacapture::shell::LoadResult::kFailed:
        fprintf(stderr, "capture_shell: %s\n", error.c_str());
        return kExitUsage;
      case mediacapture::shell::LoadResult::kTimedOut:
        printf("TIMEOUT: %s\n", error.c_str());
        fflush(stdout);
        return kExitTimeout;
    }
    timeout_s =
        mediacapture::shell::PageTimeoutSeconds(page, options.timeout_s);
  }

  // 3. Initialize V8 through the embedding API.
  mediacapture::Environment::Options environment_options;
  environment_options.executable_path = argv[0];
  environment_options.v8_flags = options.v8_flags;
  std::unique_ptr<mediacapture::Environment> environment =
      mediacapture::Environment::Create(environment_options, &error);
  if (!environment) {
    fprintf(stderr, "capture_shell: %s\n", error.c_str());
    return kExitScriptError;
  }
  v8::Isolate* isolate = environment->NewIsolate();
  int exit_code = kExitOk;
  {
    v8::Isolate::Scope isolate_scope(isolate);

    // 4. The event loop, and the reporter of uncaught errors, which reports
    // unhandled rejections after each microtask checkpoint.
    auto loop = std::make_unique<EventLoop>(isolate);
    auto reporter = std::make_unique<ErrorReporter>(isolate, loop.get());
    mediacapture::SetExceptionReporter(isolate,
                                       &ErrorReporter::ReportFromLibrary);
    loop->SetCheckpointObserver(
        [&reporter]() { reporter->NotifyAboutRejectedPromises(); });
    loop->SetIdleHook(
        [&environment, isolate]() { environment->PumpMessageLoop(isolate); });

    // 5. The context with the shell's globals.
    auto realm = std::make_unique<Realm>(isolate, loop.get(), reporter.get(),
                                         &resolver, location);
    if (!CreateContext(isolate, realm.get(), location)) {
      fprintf(stderr, "capture_shell: cannot set up the global object\n");
      exit_code = kExitScriptError;
    }
    // Media Capture and Streams, with the devices and prompt the flags pick.
    auto media =
        std::make_unique<MediaSetup>(options, kind != FileKind::kScript);
    if (exit_code == kExitOk) {
      v8::HandleScope handle_scope(isolate);
      if (!media->Install(
              realm->context.Get(isolate), location.origin,
              mediacapture::IsPotentiallyTrustworthyOrigin(location.origin),
              loop.get(), &error)) {
        fprintf(stderr, "capture_shell: %s\n", error.c_str());
        exit_code = kExitUsage;
      }
    }

    // 6. Run the scripts or the page's scripts, then the event loop until
    // nothing is pending, the page says it is done, or time runs out (the
    // watchdog stops a script that never yields).
    int64_t timeout_ms =
        static_cast<int64_t>(timeout_s * kMillisecondsPerSecond);
    Watchdog watchdog(isolate, loop.get(), timeout_ms);
    reporter->SetTerminatedCheck([&watchdog] { return watchdog.fired(); });
    bool started = exit_code == kExitOk;
    if (started && kind == FileKind::kScript) {
      exit_code =
          RunScripts(isolate, realm.get(), loop.get(), reporter.get(), options);
      started = exit_code == kExitOk;
    } else if (started) {
      StartPage(isolate, realm.get(), loop.get(), reporter.get(), resolver,
                location, page);
    }
    if (started || watchdog.fired()) {
      EventLoop::RunResult result = watchdog.fired()
                                        ? EventLoop::RunResult::kQuit
                                        : loop->Run(timeout_ms);
      watchdog.Stop();
      if (result == EventLoop::RunResult::kTimedOut || watchdog.fired()) {
        ReportTimeout(isolate, realm.get(),
                      kind == FileKind::kScript ? "script" : "page", timeout_s);
        exit_code = kExitTimeout;
      } else if (!realm->control.done() && reporter->had_uncaught_error()) {
        // A finished test harness has reported errors itself.
        exit_code = kExitScriptError;
      }
    }

    // 7. Tear down in reverse.
    watchdog.Stop();
    {
      v8::HandleScope handle_scope(isolate);
      if (!realm->context.IsEmpty())
        media->Uninstall(realm->context.Get(isolate));
    }
    realm.reset();
    mediacapture::SetExceptionReporter(isolate, nullptr);
    reporter.reset();
    loop.reset();
    media.reset();
  }
  environment->DisposeIsolate(isolate);
  environment.reset();
  return exit_code;
}

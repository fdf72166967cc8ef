// Copyright 2026 The mediacapture authors. All rights reserved.
//
// capture_shell: the reference embedder. Runs JavaScript files in one V8
// context through include/mediacapture's public API.

#include <cstdio>
#include <memory>
#include <string>

#include <v8.h>

#include "mediacapture/environment.h"
#include "shell/console.h"
#include "shell/options.h"
#include "shell/script_runner.h"

namespace {

// Exit codes, documented in --help.
constexpr int kExitOk = 0;
constexpr int kExitScriptError = 1;
constexpr int kExitUsage = 2;

int RunFiles(mediacapture::Environment* environment,
             v8::Isolate* isolate,
             const mediacapture::shell::Options& options) {
  v8::Isolate::Scope isolate_scope(isolate);
  v8::HandleScope handle_scope(isolate);
  v8::Local<v8::Context> context = v8::Context::New(isolate);
  v8::Context::Scope context_scope(context);
  if (!mediacapture::shell::InstallConsole(context)) {
    fprintf(stderr, "capture_shell: cannot install console\n");
    return kExitScriptError;
  }
  for (const std::string& file : options.files) {
    switch (mediacapture::shell::RunFile(context, file)) {
      case mediacapture::shell::RunResult::kOk:
        break;
      case mediacapture::shell::RunResult::kException:
        return kExitScriptError;
      case mediacapture::shell::RunResult::kUnreadable:
        return kExitUsage;
    }
    environment->PumpMessageLoop(isolate);
  }
  return kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  // 1. Parse the command line.
  mediacapture::shell::Options options;
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

  // 2. Initialize V8 through the embedding API.
  mediacapture::Environment::Options environment_options;
  environment_options.executable_path = argv[0];
  environment_options.v8_flags = options.v8_flags;
  std::unique_ptr<mediacapture::Environment> environment =
      mediacapture::Environment::Create(environment_options, &error);
  if (!environment) {
    fprintf(stderr, "capture_shell: %s\n", error.c_str());
    return kExitScriptError;
  }

  // 3. Run the files in one isolate and context.
  v8::Isolate* isolate = environment->NewIsolate();
  int exit_code = RunFiles(environment.get(), isolate, options);

  // 4. Tear down in reverse.
  environment->DisposeIsolate(isolate);
  environment.reset();
  return exit_code;
}

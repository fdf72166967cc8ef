// Copyright 2026 The mediacapture authors. All rights reserved.

#include "shell/options.h"

#include <cstring>

namespace mediacapture {
namespace shell {

namespace {

// "--name=value" → value when |arg| starts with "--name=".
bool FlagValue(const std::string& arg, const char* name, std::string* value) {
  std::string prefix = std::string(name) + "=";
  if (arg.compare(0, prefix.size(), prefix) != 0)
    return false;
  *value = arg.substr(prefix.size());
  return true;
}

}  // namespace

bool ParseOptions(int argc,
                  const char* const* argv,
                  Options* options,
                  std::string* error) {
  bool only_files = false;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    std::string value;
    if (only_files || arg.empty() || arg[0] != '-' || arg == "-") {
      options->files.push_back(arg);
    } else if (arg == "--") {
      only_files = true;
    } else if (arg == "--help" || arg == "-h") {
      options->help = true;
    } else if (arg == "--expose-gc") {
      options->v8_flags.push_back("--expose-gc");
    } else if (FlagValue(arg, "--js-flags", &value)) {
      if (value.empty()) {
        *error = "--js-flags needs a value";
        return false;
      }
      options->v8_flags.push_back(value);
    } else {
      *error = "unknown flag '" + arg + "' (see --help)";
      return false;
    }
  }
  return true;
}

std::string UsageText() {
  return "Usage: capture_shell [options] FILE...\n"
         "\n"
         "Runs each JavaScript file in order in one V8 context.\n"
         "\n"
         "Options:\n"
         "  --help, -h          Print this text and exit.\n"
         "  --expose-gc         Expose gc() to scripts.\n"
         "  --js-flags=FLAGS    Pass FLAGS to V8.\n"
         "  --                  Treat every later argument as a file.\n"
         "\n"
         "Exit status: 0 on success, 1 on an uncaught exception or syntax\n"
         "error, 2 on bad usage or a file that cannot be read.\n";
}

}  // namespace shell
}  // namespace mediacapture

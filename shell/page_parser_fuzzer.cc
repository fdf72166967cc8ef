// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// libFuzzer target: the shell's page parser (gumbo within ParseLimits, then
// the walk that collects scripts) and the .window.js wrapper's META reader,
// over any page. The first byte picks the memory limit (small ones take the
// arena's out-of-memory escape mid-parse); the rest is the page. Whatever the
// bytes, a parse ends with kOk and well-formed scripts, or with a reason and
// one sentence; no deadline is set here (libFuzzer's -timeout is the bound).

#include <cstddef>
#include <cstdint>
#include <string>

#include "shell/page_parser.h"
#include "testing/fuzz/fuzz_check.h"

namespace mediacapture {
namespace {

void CheckScripts(const shell::ParsedPage& page) {
  for (const shell::PageScript& script : page.scripts) {
    FUZZ_CHECK(script.src.empty() || script.text.empty());
    FUZZ_CHECK(script.line >= 1);
  }
}

}  // namespace
}  // namespace mediacapture

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mediacapture;
  if (size == 0)
    return 0;
  static constexpr size_t kMemoryLimits[] = {
      4 * 1024, 64 * 1024, 1024 * 1024,
      shell::ParseLimits::kDefaultMaxMemoryBytes};
  shell::ParseLimits limits;
  limits.max_memory_bytes = kMemoryLimits[data[0] % 4];
  limits.max_page_bytes = (data[0] & 0x80) ? 1024 : limits.max_page_bytes;
  const std::string html(reinterpret_cast<const char*>(data + 1), size - 1);

  shell::ParsedPage page;
  std::string error;
  shell::ParseStatus status = shell::ParseHtmlPage(html, limits, &page, &error);
  if (status == shell::ParseStatus::kOk) {
    FUZZ_CHECK(error.empty());
    CheckScripts(page);
  } else {
    FUZZ_CHECK(!error.empty() && error.find('\n') == std::string::npos);
    FUZZ_CHECK(page.scripts.empty());
  }
  if (status == shell::ParseStatus::kTooLarge)
    FUZZ_CHECK(html.size() > limits.max_page_bytes);

  shell::ParsedPage wrapped = shell::WrapTestScript("test.window.js", html);
  CheckScripts(wrapped);
  FUZZ_CHECK(wrapped.scripts.size() >= 4);
  FUZZ_CHECK(wrapped.scripts.back().src == "test.window.js");
  shell::KindOfFile(html);
  return 0;
}

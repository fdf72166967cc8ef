// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// libFuzzer target: PermissionStore::Load over any file in the profile
// directory. Whatever the bytes, it loads (with warnings) without crashing;
// what it loads, saved and loaded again, is the same map (minus the origins
// that are "prompt" for both features, which Save() leaves out), with no
// warning the second time.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "core/permissions/permission_store.h"
#include "testing/fuzz/fuzz_check.h"

namespace mediacapture {
namespace {

// A private directory for the store's files (Save() writes "<file>.tmp" and
// renames it), on tmpfs when there is one: fsync is then cheap.
const std::string& Directory() {
  static const std::string* dir = [] {
    std::string base = access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
    std::string pattern = base + "/permission_store_fuzzer.XXXXXX";
    std::vector<char> buffer(pattern.begin(), pattern.end());
    buffer.push_back('\0');
    if (!mkdtemp(buffer.data()))
      abort();
    return new std::string(buffer.data());
  }();
  return *dir;
}

}  // namespace
}  // namespace mediacapture

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace mediacapture;
  const std::string input_path = Directory() + "/input";
  {
    std::ofstream out(input_path, std::ios::binary | std::ios::trunc);
    out.write(reinterpret_cast<const char*>(data), size);
    FUZZ_CHECK(static_cast<bool>(out));
  }
  std::vector<std::string> warnings;
  PermissionStore::Map loaded = PermissionStore(input_path).Load(&warnings);

  PermissionStore saved_store(Directory() + "/saved");
  std::string error;
  FUZZ_CHECK(saved_store.Save(loaded, &error));
  std::vector<std::string> again_warnings;
  PermissionStore::Map again = saved_store.Load(&again_warnings);
  FUZZ_CHECK(again_warnings.empty());

  PermissionStore::Map expected;
  for (const auto& [origin, permissions] : loaded) {
    if (!(permissions == OriginPermissions()))
      expected[origin] = permissions;
  }
  FUZZ_CHECK(again == expected);
  return 0;
}

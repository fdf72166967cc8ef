// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/secure_context.h"

#include <algorithm>
#include <cctype>

namespace mediacapture {

bool IsPotentiallyTrustworthyOriginString(const std::string& origin) {
  std::string lower = origin;
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  size_t scheme_end = lower.find("://");
  if (scheme_end == std::string::npos)
    return false;
  std::string scheme = lower.substr(0, scheme_end);
  if (scheme == "https" || scheme == "wss" || scheme == "file")
    return true;
  std::string host = lower.substr(scheme_end + 3);
  // Drop the port.
  if (!host.empty() && host[0] == '[') {
    size_t close = host.find(']');
    host = host.substr(0, close == std::string::npos ? host.size() : close + 1);
  } else {
    host = host.substr(0, host.find(':'));
  }
  if (host == "[::1]" || host == "localhost" ||
      (host.size() > 10 &&
       host.compare(host.size() - 10, 10, ".localhost") == 0))
    return true;
  // 127.0.0.0/8.
  return host.compare(0, 4, "127.") == 0 &&
         std::all_of(host.begin(), host.end(), [](char c) {
           return c == '.' || std::isdigit(static_cast<unsigned char>(c));
         });
}

}  // namespace mediacapture

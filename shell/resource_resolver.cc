// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/resource_resolver.h"

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <utility>

namespace mediacapture {
namespace shell {

namespace {

bool IsFile(const std::string& path) {
  struct stat info;
  return stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
}

bool StartsWith(const std::string& text, const std::string& prefix) {
  return text.compare(0, prefix.size(), prefix) == 0;
}

std::string DirName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos || slash == 0 ? "/" : path.substr(0, slash);
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

// Drops "?query" and "#fragment".
std::string StripQuery(const std::string& url) {
  size_t end = url.find_first_of("?#");
  return end == std::string::npos ? url : url.substr(0, end);
}

// "/a/./b/../c" -> "/a/c"; never climbs above "/".
std::string NormalizeAbsolute(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string::npos)
      slash = path.size();
    std::string part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty())
        parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string result;
  for (const std::string& part : parts)
    result += "/" + part;
  return result.empty() ? "/" : result;
}

}  // namespace

ResourceResolver::ResourceResolver(std::string web_root, std::string checkout)
    : web_root_(NormalizePath(web_root)),
      checkout_(checkout.empty() ? std::string() : NormalizePath(checkout)) {}

// static
std::string ResourceResolver::NormalizePath(const std::string& path) {
  if (!path.empty() && path[0] == '/')
    return NormalizeAbsolute(path);
  char cwd[PATH_MAX];
  std::string base = getcwd(cwd, sizeof(cwd)) ? cwd : "/";
  return NormalizeAbsolute(base + "/" + path);
}

PageLocation ResourceResolver::Locate(const std::string& file_path,
                                      const std::string& origin) const {
  PageLocation page;
  page.file_path = NormalizePath(file_path);
  std::string root_prefix = web_root_ == "/" ? "/" : web_root_ + "/";
  page.under_web_root = StartsWith(page.file_path, root_prefix);
  page.url_path = page.under_web_root
                      ? page.file_path.substr(root_prefix.size() - 1)
                      : page.file_path;
  page.origin = origin;
  if (page.origin.empty()) {
    page.origin = BaseName(page.file_path).find(".https.") != std::string::npos
                      ? "https://localhost"
                      : "file://";
  }
  while (!page.origin.empty() && page.origin.back() == '/' &&
         page.origin != "file://")
    page.origin.pop_back();
  page.href = page.origin == "file://" ? "file://" + page.file_path
                                       : page.origin + page.url_path;
  return page;
}

std::string ResourceResolver::RootOf(const PageLocation& page) const {
  return page.under_web_root ? web_root_ : DirName(page.file_path);
}

std::optional<std::string> ResourceResolver::Resolve(
    const PageLocation& page,
    const std::string& reference,
    std::vector<std::string>* tried,
    bool* refused) const {
  if (refused)
    *refused = false;
  std::string url = StripQuery(reference);
  auto refuse = [&](const char* why) -> std::optional<std::string> {
    if (tried)
      tried->push_back(url + " (" + why + ")");
    if (refused)
      *refused = true;
    return std::nullopt;
  };
  std::string scheme;
  size_t colon = url.find(':');
  if (colon != std::string::npos && url.find('/') > colon) {
    scheme = url.substr(0, colon);
    std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                   [](unsigned char c) { return std::tolower(c); });
  }
  if (scheme == "file") {
    // A web origin never reads local files; a file:// page only those under
    // its root (https://fetch.spec.whatwg.org/#scheme-fetch leaves file: to
    // the implementation; Chromium refuses it to web origins).
    if (page.origin != "file://")
      return refuse("a local file, refused to a web origin");
    size_t start = url.compare(colon, 3, "://") == 0 ? colon + 3 : colon + 1;
    std::string path = NormalizeAbsolute(url.substr(start));
    std::string root = RootOf(page);
    if (root != "/" && path != root && !StartsWith(path, root + "/"))
      return refuse("outside the page's root");
    if (tried)
      tried->push_back(path);
    return IsFile(path) ? std::optional<std::string>(path) : std::nullopt;
  }
  if (url.find("://") != std::string::npos) {
    if (page.origin == "file://" || !StartsWith(url, page.origin + "/"))
      return refuse("another origin");
    return FindWebPath(url.substr(page.origin.size()), tried);
  }
  if (StartsWith(url, "//"))
    return refuse("another origin");
  if (StartsWith(url, "/"))
    return FindWebPath(url, tried);
  if (page.under_web_root)
    return FindWebPath(DirName(page.url_path) + "/" + url, tried);
  // A page outside the web root is the root of what it loads by relative
  // path: ".." never climbs above its directory.
  std::string root = RootOf(page);
  std::string path = (root == "/" ? "" : root) + NormalizeAbsolute("/" + url);
  if (tried)
    tried->push_back(path);
  return IsFile(path) ? std::optional<std::string>(path) : std::nullopt;
}

// static
std::string ResourceResolver::UrlOf(const PageLocation& page,
                                    const std::string& reference) {
  if (reference.find("://") != std::string::npos)
    return reference;
  std::string base = page.origin == "file://" ? "file://" : page.origin;
  if (StartsWith(reference, "//"))
    return page.origin.substr(0, page.origin.find(':') + 1) + reference;
  if (StartsWith(reference, "/"))
    return base + NormalizeAbsolute(StripQuery(reference));
  std::string page_path =
      page.origin == "file://" ? page.file_path : page.url_path;
  return base +
         NormalizeAbsolute(DirName(page_path) + "/" + StripQuery(reference));
}

std::optional<std::string> ResourceResolver::FindWebPath(
    const std::string& url_path,
    std::vector<std::string>* tried) const {
  std::string path = NormalizeAbsolute(url_path);
  std::vector<std::string> candidates = {(web_root_ == "/" ? "" : web_root_) +
                                         path};
  if (!checkout_.empty()) {
    std::string npm = checkout_ + "/tools/npm/node_modules/";
    if (StartsWith(path, "/resources/")) {
      std::string name = path.substr(11);
      candidates.push_back(checkout_ + "/web_tests/resources/" + name);
      candidates.push_back(npm + "wpt-runner/testharness/" + name);
    } else if (StartsWith(path, "/common/")) {
      candidates.push_back(npm + "wpt-runner/common/" + path.substr(8));
    } else if (StartsWith(path, "/interfaces/")) {
      std::string name = path.substr(12);
      candidates.push_back(checkout_ + "/idl/" + name);
      candidates.push_back(npm + "@webref/idl/" + name);
    }
  }
  for (size_t i = 0; i < candidates.size(); ++i) {
    const std::string& candidate = candidates[i];
    // The web root may be the checkout's web_tests/ itself.
    if (std::find(candidates.begin(), candidates.begin() + i, candidate) !=
        candidates.begin() + i)
      continue;
    if (tried)
      tried->push_back(candidate);
    if (IsFile(candidate))
      return candidate;
  }
  return std::nullopt;
}

std::string FindCheckout(const std::string& binary_path) {
  char resolved[PATH_MAX];
  std::string binary = realpath(binary_path.c_str(), resolved)
                           ? std::string(resolved)
                           : ResourceResolver::NormalizePath(binary_path);
  std::string dir = DirName(binary);
  while (true) {
    if (IsFile(dir + "/web_tests/resources/testharnessreport.js"))
      return dir;
    if (dir == "/")
      return std::string();
    dir = DirName(dir);
  }
}

}  // namespace shell
}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_RESOURCE_RESOLVER_H_
#define SHELL_RESOURCE_RESOLVER_H_

#include <optional>
#include <string>
#include <vector>

namespace mediacapture {
namespace shell {

// Where a page is, as a file and as a URL.
struct PageLocation {
  std::string file_path;  // Absolute, normalized.
  // The URL path: "/runtime/page.html" for a page under the web root, else
  // the absolute file path.
  std::string url_path;
  bool under_web_root = false;
  std::string origin;  // "https://localhost", "file://", ...
  std::string href;    // The page's URL.
};

// Maps the URLs a page uses (script src, fetch()) to files, the way a test
// server would, without a server:
//  - an absolute path ("/resources/testharness.js") is looked up under the
//    web root first; when no such file exists, /resources/X falls back to
//    the checkout's web_tests/resources/ (our testharnessreport.js,
//    testdriver.js) and then to the npm copy of testharness.js,
//    idlharness.js and webidl2.js; /common/X to the npm copy of WPT's
//    common/; /interfaces/X.idl to the checkout's idl/ and then to
//    @webref/idl. So a directory of upstream-style tests that carries only
//    testharness.js runs with our report and driver.
//  - a relative path resolves against the page; under the web root it then
//    goes through the same lookup.
//  - a same-origin absolute URL is its path.
//  - a file: URL is that file, for a file:// page only, and only under the
//    page's root (the web root, or the page's directory for a page outside
//    it). A web origin never reads local files.
//  - for a page outside the web root, a relative path resolves against its
//    directory and ".." never climbs above that directory.
// Anything else (another origin, a file: URL from a web origin) is refused.
//
// Immutable once made; any thread.
class ResourceResolver {
 public:
  // |checkout| is the project checkout, "" when unknown (then there are no
  // fallbacks).
  ResourceResolver(std::string web_root, std::string checkout);

  const std::string& web_root() const { return web_root_; }

  // Where the page at |file_path| is, with |origin| ("" picks the default:
  // https://localhost for a ".https." page, else file://).
  PageLocation Locate(const std::string& file_path,
                      const std::string& origin) const;

  // The file that |reference| names, seen from |page|; nullopt when there
  // is none. |tried| (optional) receives the candidates looked at;
  // |refused| (optional) is set when |page| may not load |reference| at all
  // (a network error for fetch(), not a 404).
  std::optional<std::string> Resolve(const PageLocation& page,
                                     const std::string& reference,
                                     std::vector<std::string>* tried,
                                     bool* refused = nullptr) const;

  // The URL that |reference| means, seen from |page| (for script names and
  // Response.url); purely lexical.
  static std::string UrlOf(const PageLocation& page,
                           const std::string& reference);

  // The file for a URL path under the web root, with the fallbacks above.
  std::optional<std::string> FindWebPath(const std::string& url_path,
                                         std::vector<std::string>* tried) const;

  // Lexically normalized absolute path: "." and ".." resolved against the
  // current directory, repeated slashes removed.
  static std::string NormalizePath(const std::string& path);

 private:
  // What |page| may load by file: URL or relative path outside the web root.
  std::string RootOf(const PageLocation& page) const;

  std::string web_root_;
  std::string checkout_;
};

// The checkout that holds the running binary: the nearest ancestor of
// |binary_path|'s directory with web_tests/resources/testharnessreport.js;
// "" when there is none.
std::string FindCheckout(const std::string& binary_path);

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_RESOURCE_RESOLVER_H_

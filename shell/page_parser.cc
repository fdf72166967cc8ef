// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "shell/page_parser.h"

#include <algorithm>
#include <cctype>
#include <chrono>
#include <csetjmp>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <utility>
#include <vector>

#include <gumbo.h>

namespace mediacapture {
namespace shell {

namespace {

bool EndsWith(const std::string& text, const std::string& suffix) {
  return text.size() >= suffix.size() &&
         text.compare(text.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string Trim(const std::string& text) {
  const char* kSpace = " \t\n\f\r";
  size_t begin = text.find_first_not_of(kSpace);
  if (begin == std::string::npos)
    return std::string();
  size_t end = text.find_last_not_of(kSpace);
  return text.substr(begin, end - begin + 1);
}

std::string Lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

const char* AttributeOf(const GumboElement& element, const char* name) {
  const GumboAttribute* attribute =
      gumbo_get_attribute(&element.attributes, name);
  return attribute ? attribute->value : nullptr;
}

// https://mimesniff.spec.whatwg.org/#javascript-mime-type
bool IsJavaScriptMimeType(const std::string& type) {
  static const char* const kTypes[] = {
      "application/ecmascript",
      "application/javascript",
      "application/x-ecmascript",
      "application/x-javascript",
      "text/ecmascript",
      "text/javascript",
      "text/javascript1.0",
      "text/javascript1.1",
      "text/javascript1.2",
      "text/javascript1.3",
      "text/javascript1.4",
      "text/javascript1.5",
      "text/jscript",
      "text/livescript",
      "text/x-ecmascript",
      "text/x-javascript",
  };
  for (const char* known : kTypes) {
    if (type == known)
      return true;
  }
  return false;
}

std::string TextOf(const GumboNode* node, int* first_line) {
  std::string text;
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) {
    const GumboNode* child = static_cast<const GumboNode*>(children.data[i]);
    if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_CDATA ||
        child->type == GUMBO_NODE_WHITESPACE) {
      if (text.empty() && first_line)
        *first_line = static_cast<int>(child->v.text.start_pos.line);
      text += child->v.text.text;
    }
  }
  return text;
}

// Whether the page closes |element|: with an end tag, or, in SVG or MathML,
// with a self-closing start tag. At the end of the file a script still open
// is marked "already started" and never runs
// (https://html.spec.whatwg.org/#parsing-main-incdata, an end-of-file token).
bool IsClosed(const GumboElement& element) {
  if (element.original_end_tag.length > 0)
    return true;
  const GumboStringPiece& start = element.original_tag;
  return element.tag_namespace != GUMBO_NAMESPACE_HTML && start.length >= 2 &&
         start.data[start.length - 2] == '/' &&
         start.data[start.length - 1] == '>';
}

void AddScript(const GumboNode* node, ParsedPage* page) {
  const GumboElement& element = node->v.element;
  if (!IsClosed(element)) {
    page->warnings.push_back(
        "line " + std::to_string(element.start_pos.line) +
        ": a script not closed before the end of the page was not run");
    return;
  }
  const char* type = AttributeOf(element, "type");
  std::string essence = type ? Lower(Trim(type)) : std::string();
  if (!essence.empty() && !IsJavaScriptMimeType(essence)) {
    if (essence == "module") {
      page->warnings.push_back(
          "line " + std::to_string(element.start_pos.line) +
          ": module scripts are not supported; the script was not run");
    }
    return;  // A data block, not a script.
  }
  PageScript script;
  if (const char* src = AttributeOf(element, "src")) {
    script.src = Trim(src);
    script.line = static_cast<int>(element.start_pos.line);
    if (script.src.empty()) {
      page->warnings.push_back("line " + std::to_string(script.line) +
                               ": a script with an empty src was not run");
      return;
    }
  } else {
    script.line = static_cast<int>(element.start_pos.line);
    script.text = TextOf(node, &script.line);
  }
  page->scripts.push_back(std::move(script));
}

// Acts on one node; returns whether its children may hold more.
bool Visit(const GumboNode* node, ParsedPage* page) {
  // Text has no scripts, and template contents (GUMBO_NODE_TEMPLATE) are
  // inert: their scripts never run.
  if (node->type == GUMBO_NODE_DOCUMENT)
    return true;
  if (node->type != GUMBO_NODE_ELEMENT)
    return false;
  const GumboElement& element = node->v.element;
  switch (element.tag) {
    case GUMBO_TAG_SCRIPT:
      AddScript(node, page);
      return false;
    case GUMBO_TAG_TITLE:
      if (page->title.empty())
        page->title = Trim(TextOf(node, nullptr));
      return false;
    case GUMBO_TAG_META: {
      const char* name = AttributeOf(element, "name");
      const char* content = AttributeOf(element, "content");
      if (name && content && Lower(Trim(name)) == "timeout")
        page->timeout = Trim(content);
      return false;
    }
    default:
      return true;
  }
}

// Visits the tree in document order. Iterative, with a stack on the heap:
// a page may nest elements as deep as its size allows, far deeper than the
// thread's stack would let a recursive walk go.
void Walk(const GumboNode* document, ParsedPage* page) {
  std::vector<const GumboNode*> pending = {document};
  while (!pending.empty()) {
    const GumboNode* node = pending.back();
    pending.pop_back();
    if (!Visit(node, page))
      continue;
    const GumboVector& children = node->type == GUMBO_NODE_DOCUMENT
                                      ? node->v.document.children
                                      : node->v.element.children;
    // Reversed, so that the first child comes off the stack first.
    for (unsigned i = children.length; i > 0; --i)
      pending.push_back(static_cast<const GumboNode*>(children.data[i - 1]));
  }
}

// gumbo's allocator for one parse: it counts the bytes gumbo holds and
// watches the deadline, and it owns every block, so that the tree is freed
// at once, without gumbo_destroy_output()'s recursion over it. Past a limit
// it cannot fail the allocation (gumbo does not check), so it longjmp()s
// back to ParseWithin(): only C frames of gumbo's, which hold nothing but
// memory from here, lie in between.
class ParseArena {
 public:
  explicit ParseArena(const ParseLimits& limits)
      : max_bytes_(limits.max_memory_bytes),
        has_deadline_(limits.timeout_s > 0) {
    if (has_deadline_) {
      deadline_ = std::chrono::steady_clock::now() +
                  std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::duration<double>(limits.timeout_s));
    }
    options_ = kGumboDefaultOptions;
    options_.allocator = &ParseArena::Allocate;
    options_.deallocator = &ParseArena::Deallocate;
    options_.userdata = this;
    // The shell reads no parse errors, and gumbo copies the whole stack of
    // open elements into each: 50000 unclosed <b>s took 6 GB.
    options_.max_errors = 0;
  }
  ParseArena(const ParseArena&) = delete;
  ParseArena& operator=(const ParseArena&) = delete;
  ~ParseArena() {
    while (blocks_) {
      Block* next = blocks_->next;
      free(blocks_);
      blocks_ = next;
    }
  }

  const GumboOptions* options() const { return &options_; }
  ParseStatus failure() const { return failure_; }
  jmp_buf& escape() { return escape_; }

 private:
  // Each block's header; max_align_t keeps what follows it aligned.
  struct alignas(std::max_align_t) Block {
    Block* previous;
    Block* next;
    size_t size;
  };

  static void* Allocate(void* userdata, size_t size) {
    auto* arena = static_cast<ParseArena*>(userdata);
    if (arena->has_deadline_ &&
        std::chrono::steady_clock::now() > arena->deadline_) {
      arena->Fail(ParseStatus::kTimedOut);
    }
    if (size > arena->max_bytes_ - arena->used_bytes_)
      arena->Fail(ParseStatus::kOutOfMemory);
    auto* block = static_cast<Block*>(malloc(sizeof(Block) + size));
    if (!block)
      arena->Fail(ParseStatus::kOutOfMemory);
    block->previous = nullptr;
    block->next = arena->blocks_;
    block->size = size;
    if (arena->blocks_)
      arena->blocks_->previous = block;
    arena->blocks_ = block;
    arena->used_bytes_ += size;
    return block + 1;
  }

  static void Deallocate(void* userdata, void* pointer) {
    if (!pointer)
      return;
    auto* arena = static_cast<ParseArena*>(userdata);
    Block* block = static_cast<Block*>(pointer) - 1;
    if (block->previous)
      block->previous->next = block->next;
    else
      arena->blocks_ = block->next;
    if (block->next)
      block->next->previous = block->previous;
    arena->used_bytes_ -= block->size;
    free(block);
  }

  [[noreturn]] void Fail(ParseStatus status) {
    failure_ = status;
    longjmp(escape_, 1);
  }

  const size_t max_bytes_;
  const bool has_deadline_;
  std::chrono::steady_clock::time_point deadline_;
  GumboOptions options_;
  jmp_buf escape_;
  Block* blocks_ = nullptr;
  size_t used_bytes_ = 0;
  ParseStatus failure_ = ParseStatus::kOk;
};

// The one place that may be left by longjmp(): nothing here has a destructor
// to skip, and nothing it reads changes after setjmp().
GumboOutput* ParseWithin(ParseArena* arena, const std::string& html) {
  if (setjmp(arena->escape()) != 0)
    return nullptr;
  return gumbo_parse_with_options(arena->options(), html.data(), html.size());
}

std::string SizeText(size_t bytes) {
  constexpr size_t kMebibyte = 1024 * 1024;
  if (bytes % kMebibyte == 0)
    return std::to_string(bytes / kMebibyte) + " MiB";
  return std::to_string(bytes) + " bytes";
}

}  // namespace

FileKind KindOfFile(const std::string& path) {
  std::string lower = Lower(path);
  if (EndsWith(lower, ".html") || EndsWith(lower, ".htm") ||
      EndsWith(lower, ".xhtml"))
    return FileKind::kPage;
  if (EndsWith(lower, ".window.js") || EndsWith(lower, ".any.js"))
    return FileKind::kWrappedTest;
  return FileKind::kScript;
}

ParseStatus ParseHtmlPage(const std::string& html,
                          const ParseLimits& limits,
                          ParsedPage* page,
                          std::string* error) {
  if (html.size() > limits.max_page_bytes) {
    *error = "the page is larger than " + SizeText(limits.max_page_bytes);
    return ParseStatus::kTooLarge;
  }
  ParseArena arena(limits);
  GumboOutput* output = ParseWithin(&arena, html);
  switch (arena.failure()) {
    case ParseStatus::kOk:
      break;
    case ParseStatus::kOutOfMemory:
      *error = "parsing the page needs more than " +
               SizeText(limits.max_memory_bytes);
      return ParseStatus::kOutOfMemory;
    case ParseStatus::kTimedOut: {
      char seconds[32];
      snprintf(seconds, sizeof(seconds), "%g", limits.timeout_s);
      *error = std::string("the page did not finish parsing within ") +
               seconds + " s";
      return ParseStatus::kTimedOut;
    }
    case ParseStatus::kTooLarge:
      break;  // Not the arena's.
  }
  ParsedPage parsed;
  Walk(output->document, &parsed);
  // The arena frees the tree.
  *page = std::move(parsed);
  return ParseStatus::kOk;
}

ParsedPage ParseHtmlPage(const std::string& html) {
  ParsedPage page;
  std::string error;
  if (ParseHtmlPage(html, ParseLimits(), &page, &error) != ParseStatus::kOk)
    page.warnings.push_back(error);
  return page;
}

ParsedPage WrapTestScript(const std::string& file_name,
                          const std::string& source) {
  ParsedPage page;
  // GLOBAL tells shared .any.js code which global it runs in, as the WPT
  // server's window wrapper does.
  PageScript global;
  global.text =
      "self.GLOBAL = {isWindow: () => true, isWorker: () => false, "
      "isShadowRealm: () => false};";
  page.scripts.push_back(global);
  page.scripts.push_back({"/resources/testharness.js", "", 1});
  page.scripts.push_back({"/resources/testharnessreport.js", "", 1});

  // `// META: key=value` lines lead the file.
  std::istringstream lines(source);
  std::string line;
  int number = 0;
  while (std::getline(lines, line)) {
    ++number;
    std::string trimmed = Trim(line);
    if (trimmed.empty())
      continue;
    if (trimmed.rfind("//", 0) != 0)
      break;
    std::string comment = Trim(trimmed.substr(2));
    if (comment.rfind("META:", 0) != 0)
      continue;
    std::string meta = Trim(comment.substr(5));
    size_t equals = meta.find('=');
    if (equals == std::string::npos)
      continue;
    std::string key = Trim(meta.substr(0, equals));
    std::string value = Trim(meta.substr(equals + 1));
    if (key == "script") {
      page.scripts.push_back({value, "", number});
    } else if (key == "title") {
      page.title = value;
    } else if (key == "timeout") {
      page.timeout = value;
    }
  }
  page.scripts.push_back({file_name, "", 1});
  return page;
}

}  // namespace shell
}  // namespace mediacapture

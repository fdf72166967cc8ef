// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Event, EventTarget and DOMException as script sees them.

#include <string>

#include <catch2/catch.hpp>

#include "bindings/test/js_test_util.h"
#include "mediacapture/context.h"

namespace mediacapture {
namespace {

using testing::BindingsTestScope;

TEST_CASE("listeners run in order with the event and this = currentTarget") {
  BindingsTestScope scope;
  CHECK(scope.Eval(
            "const t = new EventTarget(); const log = [];"
            "t.addEventListener('x', function(e) {"
            "  log.push('a', this === t, e.target === t, e.eventPhase); });"
            "t.addEventListener('x', { handleEvent(e) {"
            "  log.push('b', e.type); } });"
            "t.addEventListener('x', () => log.push('c'), { capture: true });"
            "t.dispatchEvent(new Event('x')); log.join()") ==
        "c,a,true,true,2,b,x");
}

TEST_CASE("once, capture as a boolean, and removal by identity") {
  BindingsTestScope scope;
  CHECK(scope.Eval(
            "const t = new EventTarget(); let n = 0;"
            "const f = () => ++n;"
            "t.addEventListener('x', f, { once: true });"
            "t.dispatchEvent(new Event('x')); t.dispatchEvent(new Event('x'));"
            "t.addEventListener('x', f, true);"
            "t.removeEventListener('x', f);"
            "t.dispatchEvent(new Event('x'));"
            "t.removeEventListener('x', f, { capture: true });"
            "t.dispatchEvent(new Event('x')); n") == "2");
}

TEST_CASE("a passive listener's preventDefault is ignored") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new EventTarget();"
                   "t.addEventListener('x', e => e.preventDefault(), "
                   "{ passive: true });"
                   "const e = new Event('x', { cancelable: true });"
                   "[t.dispatchEvent(e), e.defaultPrevented].join()") ==
        "true,false");
  CHECK(scope.Eval(
            "const u = new EventTarget();"
            "u.addEventListener('x', e => e.preventDefault());"
            "const f = new Event('x', { cancelable: true });"
            "[u.dispatchEvent(f), f.defaultPrevented, f.returnValue].join()") ==
        "false,true,false");
}

TEST_CASE("a listener's exception is reported and dispatch goes on") {
  BindingsTestScope scope;
  static std::string reported;
  reported.clear();
  SetExceptionReporter(scope.isolate(),
                       [](v8::Isolate* isolate, v8::Local<v8::Value> exception,
                          v8::Local<v8::Message>) {
                         v8::String::Utf8Value text(isolate, exception);
                         reported += *text;
                       });
  CHECK(scope.Eval("const t = new EventTarget(); let after = false;"
                   "t.addEventListener('x', () => { throw new Error('bad'); });"
                   "t.addEventListener('x', () => { after = true; });"
                   "[t.dispatchEvent(new Event('x')), after].join()") ==
        "true,true");
  CHECK(reported == "Error: bad");
}

TEST_CASE("dispatching an event twice at once is an InvalidStateError") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new EventTarget(); let error;"
                   "const e = new Event('x');"
                   "t.addEventListener('x', () => {"
                   "  try { t.dispatchEvent(e); } catch (x) { error = x; } });"
                   "t.dispatchEvent(e);"
                   "[error.name, error.code, error instanceof DOMException]"
                   ".join()") == "InvalidStateError,11,true");
  CHECK(scope.Eval("new EventTarget().dispatchEvent({})")
            .find("throws TypeError") == 0);
}

TEST_CASE("Event reflects its init dictionary and its legacy members") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const e = new Event('x', { bubbles: 1, cancelable: 'y' });"
                   "[e.type, e.bubbles, e.cancelable, e.composed, e.isTrusted,"
                   " e.eventPhase, e.target, typeof e.timeStamp,"
                   " e.composedPath().length].join()") ==
        "x,true,true,false,false,0,,number,0");
  CHECK(scope.Eval("Event.AT_TARGET + Event.prototype.BUBBLING_PHASE") == "5");
  CHECK(scope.Eval("Object.getOwnPropertyDescriptor(new Event('x'),"
                   " 'isTrusted') !== undefined") == "true");
  CHECK(scope.Eval("const g = new Event('a'); g.initEvent('b', true);"
                   "[g.type, g.bubbles].join()") == "b,true");
}

TEST_CASE("DOMException has a name, message, code and Error's prototype") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const e = new DOMException('m', 'NotFoundError');"
                   "[e.name, e.message, e.code, e instanceof Error,"
                   " Object.prototype.toString.call(e)].join()") ==
        "NotFoundError,m,8,true,[object DOMException]");
  CHECK(scope.Eval("const d = new DOMException(); [d.name, d.message, d.code]"
                   ".join()") == "Error,,0");
  CHECK(
      scope.Eval("DOMException.NOT_FOUND_ERR + DOMException.DATA_CLONE_ERR") ==
      "33");
  CHECK(scope.Eval("DOMException.length") == "0");
}

TEST_CASE("event handler attributes register, replace and clear") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t'); const log = [];"
                   "t.onping = () => log.push(1);"
                   "t.addEventListener('ping', () => log.push(2));"
                   "t.onping = () => log.push(3);"
                   "t.fire('ping');"
                   "t.onping = null; t.fire('ping');"
                   "[log.join(), t.onping].join('|')") == "3,2,2|");
  CHECK(scope.Eval("t.onping = 5; t.onping") == "null");
  CHECK(scope.Eval("const h = () => false; t.onping = h; t.onping === h") ==
        "true");
}

TEST_CASE("an aborted signal removes its listener, and refuses new ones") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new EventTarget(); const c = new "
                   "AbortController(); let n = 0;"
                   "t.addEventListener('x', () => ++n, { signal: c.signal });"
                   "t.dispatchEvent(new Event('x')); c.abort();"
                   "t.dispatchEvent(new Event('x'));"
                   "t.addEventListener('x', () => ++n, { signal: c.signal });"
                   "t.dispatchEvent(new Event('x')); n") == "1");
}

TEST_CASE("AbortController aborts its signal once, with a reason") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const c = new AbortController(); const s = c.signal;"
                   "let events = 0; s.onabort = () => ++events;"
                   "const before = s.aborted; c.abort('why'); c.abort('again');"
                   "[before, s.aborted, s.reason, events, c.signal === s]"
                   ".join()") == "false,true,why,1,true");
  CHECK(scope.Eval("try { s.throwIfAborted(); } catch (e) { e }") == "why");
  CHECK(scope.Eval("const d = new AbortController(); d.abort();"
                   "[d.signal.reason.name, d.signal.reason instanceof "
                   "DOMException].join()") == "AbortError,true");
  CHECK(scope.Eval("const a = AbortSignal.abort(5); [a.aborted, a.reason]"
                   ".join()") == "true,5");
  CHECK(scope.Eval("new AbortController().signal.throwIfAborted()") ==
        "undefined");
}

}  // namespace
}  // namespace mediacapture

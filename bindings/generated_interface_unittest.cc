// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The generated bindings of TestInterface (bindings/test/test_interfaces.idl)
// run from script: interface objects, attributes, operations, overloads,
// promises, callbacks and exceptions, as https://webidl.spec.whatwg.org/
// #es-interfaces defines them.

#include <catch2/catch.hpp>

#include "bindings/dom_wrapper.h"
#include "bindings/per_isolate_data.h"
#include "bindings/test/js_test_util.h"
#include "bindings/test/test_interface.h"
#include "bindings/v8_test_interface.h"

namespace mediacapture {
namespace {

using testing::BindingsTestScope;

TEST_CASE("the interface object has WebIDL's shape") {
  BindingsTestScope scope;
  CHECK(scope.Eval("typeof TestInterface") == "function");
  CHECK(scope.Eval("TestInterface.name") == "TestInterface");
  CHECK(scope.Eval("TestInterface.length") == "1");
  CHECK(scope.Eval("Object.getPrototypeOf(TestInterface) === EventTarget") ==
        "true");
  CHECK(scope.Eval("Object.getPrototypeOf(TestInterface.prototype) === "
                   "EventTarget.prototype") == "true");
  CHECK(scope.Eval("JSON.stringify(Object.getOwnPropertyDescriptor("
                   "globalThis, 'TestInterface'), ['writable', 'enumerable',"
                   " 'configurable'])") ==
        "{\"writable\":true,\"enumerable\":false,\"configurable\":true}");
  CHECK(scope.Eval("JSON.stringify(Object.getOwnPropertyDescriptor("
                   "TestInterface, 'prototype'), ['writable', 'enumerable',"
                   " 'configurable'])") ==
        "{\"writable\":false,\"enumerable\":false,\"configurable\":false}");
  CHECK(scope.Eval("Object.prototype.toString.call(TestInterface.prototype)") ==
        "[object TestInterface]");
  CHECK(scope.Eval("Object.prototype.toString.call(new TestInterface('a'))") ==
        "[object TestInterface]");
}

TEST_CASE("the constructor needs new and its required arguments") {
  BindingsTestScope scope;
  CHECK(scope.Eval("TestInterface('a')").find("throws TypeError") == 0);
  CHECK(scope.Eval("new TestInterface()") ==
        "throws TypeError: Failed to construct 'TestInterface': 1 argument "
        "required, but only 0 present.");
  CHECK(scope.Eval("new TestInterface('x').label") == "x");
  CHECK(scope.Eval("class Sub extends TestInterface {};"
                   "const s = new Sub('s'); s instanceof Sub && s.label") ==
        "s");
}

TEST_CASE("an interface without a constructor is an illegal constructor") {
  BindingsTestScope scope;
  CHECK(scope.Eval("new EventTarget() instanceof EventTarget") == "true");
  CHECK(scope.Eval("try { new Event(); } catch (e) { e.name }") == "TypeError");
}

TEST_CASE("attributes are accessors with named getters and setters") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const d = Object.getOwnPropertyDescriptor("
                   "TestInterface.prototype, 'longAttribute');"
                   "[typeof d.get, d.get.name, d.get.length, d.set.name,"
                   " d.set.length, d.enumerable, d.configurable].join()") ==
        "function,get longAttribute,0,set longAttribute,1,true,true");
  CHECK(scope.Eval("Object.getOwnPropertyDescriptor(TestInterface.prototype,"
                   " 'label').set") == "undefined");
}

TEST_CASE("attribute setters convert their value") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t');"
                   "t.longAttribute = 2 ** 32 + 5; t.longAttribute") == "5");
  CHECK(scope.Eval("t.clampedAttribute = 1000; t.clampedAttribute") == "127");
  CHECK(scope.Eval("t.enforcedAttribute = 2 ** 31").find("throws TypeError") ==
        0);
  CHECK(scope.Eval("t.restrictedAttribute = NaN").find("throws TypeError") ==
        0);
  CHECK(scope.Eval("t.unrestrictedAttribute = NaN; t.unrestrictedAttribute") ==
        "NaN");
  CHECK(scope.Eval("t.bigAttribute = 2 ** 53; t.bigAttribute") ==
        "9007199254740992");
  CHECK(scope.Eval("t.floatAttribute = 0.1; t.floatAttribute") ==
        "0.10000000149011612");
  CHECK(scope.Eval("t.enumAttribute = 'beta-gamma'; t.enumAttribute") ==
        "beta-gamma");
  CHECK(scope.Eval("t.enumAttribute = 'bogus'").find("throws TypeError") == 0);
  CHECK(scope.Eval("t.friend = t; t.friend === t") == "true");
  CHECK(scope.Eval("t.friend = null; t.friend") == "null");
  CHECK(scope.Eval("t.friend = {}").find("throws TypeError") == 0);
}

TEST_CASE("members called on the wrong object throw Illegal invocation") {
  BindingsTestScope scope;
  CHECK(scope.Eval("Object.getOwnPropertyDescriptor(TestInterface.prototype,"
                   " 'label').get.call({})") ==
        "throws TypeError: Illegal invocation");
  CHECK(scope
            .Eval("TestInterface.prototype.sumSequence.call(new "
                  "EventTarget(), [])")
            .find("Illegal invocation") != std::string::npos);
  // A subclass instance passes the parent's brand check.
  CHECK(scope.Eval("EventTarget.prototype.dispatchEvent.call("
                   "new TestInterface('x'), new Event('e'))") == "true");
}

TEST_CASE("operations are methods with the right length, not constructors") {
  BindingsTestScope scope;
  CHECK(scope.Eval("TestInterface.prototype.sumSequence.length") == "1");
  CHECK(scope.Eval("TestInterface.prototype.optionals.length") == "0");
  CHECK(scope.Eval("TestInterface.prototype.overloaded.length") == "1");
  CHECK(scope.Eval("TestInterface.prototype.variadicCount.length") == "1");
  CHECK(scope.Eval("TestInterface.prototype.sumSequence.name") ==
        "sumSequence");
  CHECK(scope.Eval("new TestInterface.prototype.sumSequence([])")
            .find("throws TypeError") == 0);
  CHECK(scope.Eval("'prototype' in TestInterface.prototype.sumSequence") ==
        "false");
  CHECK(scope.Eval("new TestInterface('t').sumSequence()") ==
        "throws TypeError: Failed to execute 'sumSequence' on "
        "'TestInterface': 1 argument required, but only 0 present.");
}

// https://webidl.spec.whatwg.org/#LegacyUnforgeable: own, non-configurable
// properties of every object that implements the interface, objects of
// inheriting interfaces included, copied from one [[Unforgeables]] object
// per realm
// (https://webidl.spec.whatwg.org/#internally-create-a-new-object-implementing-the-interface).
TEST_CASE("LegacyUnforgeable members are own properties of every instance") {
  BindingsTestScope scope;
  scope.Eval(
      "class Sub extends TestDerivedInterface {};"
      "var objects = [new TestInterface('base'),"
      "               new TestDerivedInterface('derived'), new Sub('sub')];"
      "function shapes(name) {"
      "  return objects.map(o => {"
      "    const d = Object.getOwnPropertyDescriptor(o, name);"
      "    return d ? [typeof d.get, d.set, typeof d.value, d.writable,"
      "                d.enumerable, d.configurable].join() : 'none';"
      "  }).join(' ');"
      "}");
  CHECK(scope.Eval("shapes('unforgeableLabel')") ==
        "function,,undefined,,true,false function,,undefined,,true,false "
        "function,,undefined,,true,false");
  CHECK(scope.Eval("shapes('unforgeableDescribe')") ==
        "undefined,,function,false,true,false "
        "undefined,,function,false,true,false "
        "undefined,,function,false,true,false");
  CHECK(scope.Eval("objects.map(o => o.unforgeableLabel).join()") ==
        "unforgeable base,unforgeable derived,unforgeable sub");
  CHECK(scope.Eval("objects.map(o => o.unforgeableDescribe()).join()") ==
        "described base,described derived,described sub");
  CHECK(scope.Eval("objects.map(o => delete o.unforgeableLabel).join()") ==
        "false,false,false");
  CHECK(scope
            .Eval("(() => { 'use strict';"
                  " objects[2].unforgeableDescribe = null; })()")
            .find("throws TypeError") == 0);
  CHECK(
      scope.Eval("'unforgeableLabel' in TestInterface.prototype ||"
                 " 'unforgeableDescribe' in TestDerivedInterface.prototype") ==
      "false");
  // One getter and one method in the realm, whichever interface's object.
  CHECK(scope.Eval(
            "const get = o => Object.getOwnPropertyDescriptor(o,"
            " 'unforgeableLabel').get;"
            "objects.every(o => get(o) === get(objects[0]) &&"
            " o.unforgeableDescribe === objects[0].unforgeableDescribe)") ==
        "true");
  CHECK(scope.Eval("get(objects[1]).call(new EventTarget())") ==
        "throws TypeError: Illegal invocation");
  CHECK(scope.Eval("objects[1].depth") == "1");
}

TEST_CASE("constants are on the interface object and the prototype") {
  BindingsTestScope scope;
  CHECK(scope.Eval("TestInterface.CONSTANT") == "7");
  CHECK(scope.Eval("TestInterface.prototype.CONSTANT") == "7");
  CHECK(scope.Eval("TestInterface.FLAG") == "1");
  CHECK(scope.Eval("JSON.stringify(Object.getOwnPropertyDescriptor("
                   "TestInterface, 'CONSTANT'))") ==
        "{\"value\":7,\"writable\":false,\"enumerable\":true,"
        "\"configurable\":false}");
}

TEST_CASE("optional arguments take their defaults when missing or undefined") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t'); t.optionals()") ==
        "missing bee beta-gamma");
  CHECK(scope.Eval("t.optionals(undefined, undefined, 'alpha')") ==
        "missing bee alpha");
  CHECK(scope.Eval("t.optionals(1, 'b')") == "1 b beta-gamma");
}

TEST_CASE("overloads resolve by argument count, then by type") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t'); t.overloaded(5)") ==
        "long 5");
  CHECK(scope.Eval("t.overloaded(new TestInterface('u'))") == "interface u");
  CHECK(scope.Eval("t.overloaded([1, 2])") == "sequence of 2");
  CHECK(scope.Eval("t.overloaded('s')") == "string s");
  CHECK(scope.Eval("t.overloaded('s', true)") == "string s flagged");
  CHECK(scope.Eval("t.overloaded()").find("1 argument required") !=
        std::string::npos);
}

TEST_CASE("variadic arguments collect the rest") {
  BindingsTestScope scope;
  CHECK(scope.Eval("new TestInterface('t').variadicCount('a', 1, 2, 3)") ==
        "3");
  CHECK(scope.Eval("new TestInterface('t').variadicCount('a')") == "0");
}

TEST_CASE("unions in arguments follow the resolution order") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t'); t.describeUnion(4)") ==
        "long 4");
  CHECK(scope.Eval("t.describeUnion('4')") == "string 4");
  CHECK(scope.Eval("t.describeUnion([4, 5])") == "sequence of 2");
  CHECK(scope.Eval("t.describeUnion({ min: 1 })") == "dictionary with min");
  CHECK(scope.Eval("t.describeNullableUnion(null)") == "null");
  CHECK(scope.Eval("t.describeNullableUnion(undefined)") == "null");
  CHECK(scope.Eval("t.describeNullableUnion(false)") == "false");
  CHECK(scope.Eval("t.describeNullableUnion('alpha')") == "enum alpha");
  // A number goes to the string type (the enum) before boolean.
  CHECK(scope.Eval("t.describeNullableUnion(1)").find("throws TypeError") == 0);
}

TEST_CASE("dictionaries round-trip through an operation") {
  BindingsTestScope scope;
  CHECK(scope.Eval("JSON.stringify(new TestInterface('t').echoDictionary("
                   "{ requiredMember: 'r', sequenceMember: [1, '2'],"
                   " recordMember: { a: 1 } }))") ==
        "{\"baseMember\":1,\"doubleMember\":0.5,\"enumMember\":\"alpha\","
        "\"nullableMember\":null,\"recordMember\":{\"a\":1},"
        "\"requiredMember\":\"r\",\"sequenceMember\":[1,2]}");
  CHECK(scope.Eval("JSON.stringify(new TestInterface('t').makeRange(1))") ==
        "{\"min\":1}");
}

TEST_CASE("SameObject returns the same value on each get") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t');"
                   "t.sameDictionary === t.sameDictionary") == "true");
  CHECK(scope.Eval("t.sameDictionary.requiredMember") == "t");
}

TEST_CASE("a FrozenArray attribute is a frozen array, the same on each get") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t');"
                   "Array.isArray(t.frozenLabels) && "
                   "Object.isFrozen(t.frozenLabels)") == "true");
  CHECK(scope.Eval("t.frozenLabels === t.frozenLabels") == "true");
  CHECK(scope.Eval("t.frozenLabels.join()") == "t,two");
  CHECK(scope.Eval("'use strict'; try { t.frozenLabels.push('x'); 'pushed' }"
                   " catch (e) { e.constructor.name }") == "TypeError");
  CHECK(scope.Eval("t.frozenLabels.length") == "2");
}

TEST_CASE("NewObject returns a new wrapper each call") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t');"
                   "t.makeAnother('x') !== t.makeAnother('x')") == "true");
}

TEST_CASE("static operations live on the interface object") {
  BindingsTestScope scope;
  CHECK(scope.Eval("TestInterface.staticAdd(2, 3)") == "5");
  CHECK(scope.Eval("'staticAdd' in TestInterface.prototype") == "false");
}

TEST_CASE("a core method throws through V8ExceptionState with context") {
  BindingsTestScope scope;
  CHECK(scope.Eval("new TestInterface('t').throwRange('too far')") ==
        "throws RangeError: Failed to execute 'throwRange' on "
        "'TestInterface': too far");
}

TEST_CASE("a promise operation resolves, and rejects instead of throwing") {
  BindingsTestScope scope;
  scope.Eval(
      "var log = [];"
      "const t = new TestInterface('t');"
      "t.resolveWith(4).then(v => log.push('resolved ' + v));"
      "t.rejectWith('NotAllowedError').catch(e => log.push(e.name + ' ' + "
      " (e instanceof DOMException) + ' ' + e.code));"
      "t.throwInPromise(2 ** 40).catch(e => log.push(e.constructor.name));"
      "TestInterface.prototype.resolveWith.call({}, 1).catch("
      " e => log.push(e.message));"
      "t.throwInPromise(1).then(v => log.push(v === t));");
  scope.RunMicrotasks();
  CHECK(scope.Eval("log.join('|')") ==
        "resolved 4|NotAllowedError true 0|TypeError|Illegal invocation|true");
}

TEST_CASE("a callback function is called, and its result converted") {
  BindingsTestScope scope;
  CHECK(scope.Eval("new TestInterface('t').invokeCallback(s => s.length * 2,"
                   " 'abc')") == "6");
  CHECK(scope.Eval("new TestInterface('t').invokeCallback(5, 'abc')")
            .find("throws TypeError") == 0);
}

TEST_CASE("an exception in a callback is reported, not thrown") {
  BindingsTestScope scope;
  static int reported = 0;
  reported = 0;
  SetExceptionReporter(scope.isolate(),
                       [](v8::Isolate*, v8::Local<v8::Value>,
                          v8::Local<v8::Message>) { ++reported; });
  CHECK(scope.Eval("new TestInterface('t').invokeCallback(() => { throw 1; },"
                   " 'abc')") == "null");
  CHECK(reported == 1);
}

TEST_CASE("Default toJSON collects the JSON-typed attributes") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('j'); t.longAttribute = 3;"
                   "const j = t.toJSON(); [j.label, j.longAttribute,"
                   " j.friend, 'onping' in j, 'sameDictionary' in j]"
                   ".join()") == "j,3,,false,true");
}

TEST_CASE("SecureContext members are missing from insecure contexts") {
  {
    BindingsTestScope scope(/*secure_context=*/true);
    CHECK(scope.Eval("'secureOnly' in TestInterface.prototype") == "true");
  }
  {
    BindingsTestScope scope(/*secure_context=*/false);
    CHECK(scope.Eval("'secureOnly' in TestInterface.prototype") == "false");
    CHECK(scope.Eval("'label' in TestInterface.prototype") == "true");
  }
}

TEST_CASE("a wrapper keeps its object, and is collected when unreachable") {
  BindingsTestScope scope;
  int before = TestInterface::live_count();
  scope.Eval(
      "var kept = new TestInterface('kept');"
      "(() => { new TestInterface('dropped'); })();");
  CHECK(TestInterface::live_count() == before + 2);
  scope.isolate()->LowMemoryNotification();
  CHECK(TestInterface::live_count() == before + 1);
  CHECK(scope.Eval("kept.label") == "kept");
}

TEST_CASE("the same object always gets the same wrapper") {
  BindingsTestScope scope;
  CHECK(scope.Eval("const t = new TestInterface('t');"
                   "const u = new TestInterface('u'); t.friend = u;"
                   "t.friend === u && t.friend === t.friend") == "true");
}

TEST_CASE("an object with pending activity keeps its wrapper and listeners") {
  BindingsTestScope scope;
  scoped_refptr<TestInterface> held;
  {
    v8::HandleScope handles(scope.isolate());
    scope.Eval(
        "var fired = 0;"
        "(() => { const t = new TestInterface('p');"
        "  t.onping = () => ++fired; globalThis.t = t; })();");
    v8::Local<v8::Value> t = scope.Run("t").ToLocalChecked();
    held = V8TestInterface::ToImpl(t);
    scope.Eval("delete globalThis.t");
  }
  REQUIRE(held);
  held->set_pending_activity(true);
  scope.isolate()->LowMemoryNotification();
  held->Fire("ping");
  CHECK(scope.Eval("fired") == "1");
  // Without pending activity the wrapper goes, and its listeners with it.
  held->set_pending_activity(false);
  scope.isolate()->LowMemoryNotification();
  held->Fire("ping");
  CHECK(scope.Eval("fired") == "1");
  CHECK(GetExistingWrapper(scope.isolate(), held.get()).IsEmpty());
}

}  // namespace
}  // namespace mediacapture

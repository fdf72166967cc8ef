// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "bindings/test/test_interface.h"

namespace mediacapture {

int TestInterface::live_count_ = 0;

// static
scoped_refptr<TestInterface> TestInterface::Create(const std::string& label) {
  return scoped_refptr<TestInterface>(new TestInterface(label));
}

TestInterface::TestInterface(const std::string& label) : label_(label) {
  ++live_count_;
}

TestInterface::~TestInterface() {
  --live_count_;
}

TestDictionary TestInterface::same_dictionary() const {
  TestDictionary result;
  result.required_member = label_;
  return result;
}

scoped_refptr<TestInterface> TestInterface::MakeAnother(
    const std::string& label) {
  return Create(label);
}

TestDictionary TestInterface::EchoDictionary(const TestDictionary& dict) {
  last_dictionary_ = dict;
  return dict;
}

TestRangeDictionary TestInterface::MakeRange(double min,
                                             const std::optional<double>& max) {
  TestRangeDictionary range;
  range.min = min;
  range.max = max;
  return range;
}

double TestInterface::SumSequence(const std::vector<double>& values) {
  double sum = 0;
  for (double v : values)
    sum += v;
  return sum;
}

std::string TestInterface::DescribeUnion(
    const std::variant<int32_t,
                       std::string,
                       std::vector<int32_t>,
                       TestRangeDictionary>& value) {
  switch (value.index()) {
    case 0:
      return "long " + std::to_string(std::get<0>(value));
    case 1:
      return "string " + std::get<1>(value);
    case 2:
      return "sequence of " + std::to_string(std::get<2>(value).size());
    default:
      return std::string("dictionary") +
             (std::get<3>(value).min ? " with min" : "");
  }
}

std::string TestInterface::DescribeNullableUnion(
    const std::optional<std::variant<bool, TestEnum>>& value) {
  if (!value)
    return "null";
  if (value->index() == 0)
    return std::get<0>(*value) ? "true" : "false";
  return std::string("enum ") +
         EnumTraits<TestEnum>::ToString(std::get<1>(*value));
}

std::optional<int32_t> TestInterface::InvokeCallback(TestCallback* callback,
                                                     const std::string& value) {
  return callback->Invoke(value);
}

void TestInterface::ResolveWith(
    int32_t value,
    scoped_refptr<PromiseResolver<IDLLong>> resolver) {
  resolver->Resolve(value);
  // Only the first settlement counts.
  resolver->Resolve(value + 1);
}

void TestInterface::RejectWith(
    const std::string& name,
    scoped_refptr<PromiseResolver<IDLUndefined>> resolver) {
  resolver->RejectWithDOMException(name, "rejected by the test");
}

void TestInterface::ThrowInPromise(
    int32_t,
    scoped_refptr<PromiseResolver<TestInterface>> resolver) {
  resolver->Resolve(this);
}

std::string TestInterface::Overloaded(int32_t value) {
  return "long " + std::to_string(value);
}

std::string TestInterface::Overloaded(TestInterface* other) {
  return "interface " + other->label();
}

std::string TestInterface::Overloaded(const std::vector<int32_t>& values) {
  return "sequence of " + std::to_string(values.size());
}

std::string TestInterface::Overloaded(const std::string& text, bool flag) {
  return "string " + text + (flag ? " flagged" : "");
}

int64_t TestInterface::VariadicCount(const std::string&,
                                     const std::vector<int32_t>& values) {
  return static_cast<int64_t>(values.size());
}

std::string TestInterface::Optionals(const std::optional<int32_t>& a,
                                     const std::string& b,
                                     TestEnum c) {
  return (a ? std::to_string(*a) : std::string("missing")) + " " + b + " " +
         EnumTraits<TestEnum>::ToString(c);
}

void TestInterface::ThrowRange(const std::string& message,
                               ExceptionState& exception_state) {
  exception_state.ThrowRangeError(message);
}

// static
int32_t TestInterface::StaticAdd(int32_t a, int32_t b) {
  return a + b;
}

void TestInterface::Fire(const std::string& type) {
  scoped_refptr<Event> event = Event::CreateTrusted(type);
  DispatchEvent(event.get());
}

}  // namespace mediacapture

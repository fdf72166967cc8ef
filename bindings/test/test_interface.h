// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The core side of bindings/test/test_interfaces.idl: plain state, so that
// unit tests can see exactly what the generated bindings passed in.

#ifndef BINDINGS_TEST_TEST_INTERFACE_H_
#define BINDINGS_TEST_TEST_INTERFACE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "bindings/test/test_callback.h"
#include "bindings/test/test_dictionary.h"
#include "bindings/test/test_enum.h"
#include "bindings/test/test_range_dictionary.h"
#include "core/dom/event_target.h"
#include "platform/bindings/exception_state.h"
#include "platform/bindings/promise_resolver.h"

namespace mediacapture {

// JS thread only.
class TestInterface : public EventTarget {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<TestInterface> Create(const std::string& label);
  static int live_count() { return live_count_; }
  ~TestInterface() override;

  const std::string& label() const { return label_; }
  int32_t long_attribute() const { return long_attribute_; }
  void set_long_attribute(int32_t value) { long_attribute_ = value; }
  int32_t enforced_attribute() const { return enforced_attribute_; }
  void set_enforced_attribute(int32_t value) { enforced_attribute_ = value; }
  int8_t clamped_attribute() const { return clamped_attribute_; }
  void set_clamped_attribute(int8_t value) { clamped_attribute_ = value; }
  uint64_t big_attribute() const { return big_attribute_; }
  void set_big_attribute(uint64_t value) { big_attribute_ = value; }
  double unrestricted_attribute() const { return unrestricted_attribute_; }
  void set_unrestricted_attribute(double value) {
    unrestricted_attribute_ = value;
  }
  double restricted_attribute() const { return restricted_attribute_; }
  void set_restricted_attribute(double value) { restricted_attribute_ = value; }
  float float_attribute() const { return float_attribute_; }
  void set_float_attribute(float value) { float_attribute_ = value; }
  const std::string& usv_attribute() const { return usv_attribute_; }
  void set_usv_attribute(const std::string& value) { usv_attribute_ = value; }
  const std::string& byte_attribute() const { return byte_attribute_; }
  void set_byte_attribute(const std::string& value) { byte_attribute_ = value; }
  TestEnum enum_attribute() const { return enum_attribute_; }
  void set_enum_attribute(TestEnum value) { enum_attribute_ = value; }
  TestInterface* friend_() const { return friend_ptr_.get(); }
  void set_friend(TestInterface* value) { friend_ptr_ = value; }
  TestDictionary same_dictionary() const;
  std::vector<std::string> frozen_labels() const { return {label_, "two"}; }
  bool secure_only() const { return true; }
  std::string unforgeable_label() const { return "unforgeable " + label_; }
  std::string UnforgeableDescribe() { return "described " + label_; }

  scoped_refptr<TestInterface> MakeAnother(const std::string& label);
  TestDictionary EchoDictionary(const TestDictionary& dict);
  TestRangeDictionary MakeRange(double min, const std::optional<double>& max);
  double SumSequence(const std::vector<double>& values);
  std::string DescribeUnion(const std::variant<int32_t,
                                               std::string,
                                               std::vector<int32_t>,
                                               TestRangeDictionary>& value);
  std::string DescribeNullableUnion(
      const std::optional<std::variant<bool, TestEnum>>& value);
  std::optional<int32_t> InvokeCallback(TestCallback* callback,
                                        const std::string& value);
  void ResolveWith(int32_t value,
                   scoped_refptr<PromiseResolver<IDLLong>> resolver);
  void RejectWith(const std::string& name,
                  scoped_refptr<PromiseResolver<IDLUndefined>> resolver);
  void ThrowInPromise(int32_t value,
                      scoped_refptr<PromiseResolver<TestInterface>> resolver);
  std::string Overloaded(int32_t value);
  std::string Overloaded(TestInterface* other);
  std::string Overloaded(const std::vector<int32_t>& values);
  std::string Overloaded(const std::string& text, bool flag);
  int64_t VariadicCount(const std::string& first,
                        const std::vector<int32_t>& values);
  std::string Optionals(const std::optional<int32_t>& a,
                        const std::string& b,
                        TestEnum c);
  void ThrowRange(const std::string& message, ExceptionState& exception_state);
  static int32_t StaticAdd(int32_t a, int32_t b);
  void Fire(const std::string& type);

  // The last dictionary EchoDictionary received.
  const TestDictionary& last_dictionary() const { return last_dictionary_; }
  // Pending activity for tests of wrapper lifetime.
  void set_pending_activity(bool value) { pending_activity_ = value; }
  bool HasPendingActivity() const override { return pending_activity_; }

 protected:
  explicit TestInterface(const std::string& label);

 private:
  static int live_count_;
  std::string label_;
  int32_t long_attribute_ = 0;
  int32_t enforced_attribute_ = 0;
  int8_t clamped_attribute_ = 0;
  uint64_t big_attribute_ = 0;
  double unrestricted_attribute_ = 0;
  double restricted_attribute_ = 0;
  float float_attribute_ = 0;
  std::string usv_attribute_;
  std::string byte_attribute_;
  TestEnum enum_attribute_ = TestEnum::kAlpha;
  scoped_refptr<TestInterface> friend_ptr_;
  TestDictionary last_dictionary_;
  bool pending_activity_ = false;
};

}  // namespace mediacapture

#endif  // BINDINGS_TEST_TEST_INTERFACE_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef TESTING_FUZZ_FUZZ_INPUT_H_
#define TESTING_FUZZ_FUZZ_INPUT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

namespace mediacapture {
namespace fuzzing {

// Reads a fuzzer's input as a stream of choices, so that structured inputs
// (constraint sets, device modes, JS values) grow from bytes the way the
// mutator changes them: every call takes the next bytes, and an exhausted
// input reads as zeros, so that any byte string is a valid (if short)
// structure. Plain data, one thread.
class FuzzInput {
 public:
  FuzzInput(const uint8_t* data, size_t size) : data_(data), size_(size) {}

  bool empty() const { return offset_ >= size_; }
  size_t remaining() const { return empty() ? 0 : size_ - offset_; }

  uint8_t Byte() { return empty() ? 0 : data_[offset_++]; }
  bool Bool() { return Byte() & 1; }
  // A value in [0, n), n > 0.
  uint32_t Below(uint32_t n) {
    uint32_t value = Byte();
    if (n > 256)
      value = (value << 8) | Byte();
    if (n > 65536)
      value = (value << 16) | (uint32_t(Byte()) << 8) | Byte();
    return value % n;
  }
  uint32_t U32() {
    uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
      value = (value << 8) | Byte();
    return value;
  }
  double Double() {
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i)
      bits = (bits << 8) | Byte();
    double value;
    memcpy(&value, &bits, sizeof(value));
    return value;
  }
  // Up to |max| bytes of the input, its length read first.
  std::string String(size_t max) {
    size_t length = Below(static_cast<uint32_t>(max + 1));
    length = length < remaining() ? length : remaining();
    std::string s(reinterpret_cast<const char*>(data_ + offset_), length);
    offset_ += length;
    return s;
  }
  // The bytes not read yet.
  const uint8_t* rest() const { return data_ + (empty() ? size_ : offset_); }

 private:
  const uint8_t* data_;
  size_t size_;
  size_t offset_ = 0;
};

}  // namespace fuzzing
}  // namespace mediacapture

#endif  // TESTING_FUZZ_FUZZ_INPUT_H_

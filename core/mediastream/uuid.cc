// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/mediastream/uuid.h"

#include <cstdint>
#include <cstdio>
#include <mutex>
#include <random>

namespace mediacapture {

std::string CreateUuid() {
  static std::mutex lock;
  static std::mt19937_64 generator{std::random_device{}()};
  uint8_t bytes[16];
  {
    std::lock_guard<std::mutex> guard(lock);
    for (int i = 0; i < 16; i += 8) {
      uint64_t value = generator();
      for (int j = 0; j < 8; ++j)
        bytes[i + j] = static_cast<uint8_t>(value >> (8 * j));
    }
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // Version 4.
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // RFC 4122 variant.
  char text[37];
  std::snprintf(text, sizeof(text),
                "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                "%02x%02x%02x%02x%02x%02x",
                bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5],
                bytes[6], bytes[7], bytes[8], bytes[9], bytes[10], bytes[11],
                bytes[12], bytes[13], bytes[14], bytes[15]);
  return text;
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "platform/base/random.h"

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

#include <openssl/rand.h>

namespace mediacapture {

std::vector<uint8_t> RandomBytes(size_t size) {
  std::vector<uint8_t> bytes(size);
  if (RAND_bytes(bytes.data(), static_cast<int>(bytes.size())) == 1)
    return bytes;
  int fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC);
  if (fd >= 0) {
    size_t done = 0;
    while (done < size) {
      ssize_t n = read(fd, bytes.data() + done, size - done);
      if (n <= 0)
        break;
      done += static_cast<size_t>(n);
    }
    close(fd);
  }
  return bytes;
}

std::string RandomUuid() {
  std::vector<uint8_t> bytes = RandomBytes(16);
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

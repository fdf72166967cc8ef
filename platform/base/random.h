// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Randomness for identifiers script sees or that must not be guessed
// (MediaStream and track ids, the device id salt): always from a CSPRNG,
// OpenSSL's RAND_bytes, never from a seeded PRNG. Any thread.

#ifndef PLATFORM_BASE_RANDOM_H_
#define PLATFORM_BASE_RANDOM_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace mediacapture {

// |size| random bytes. RAND_bytes only fails without an entropy source;
// then the kernel's /dev/urandom is read directly.
std::vector<uint8_t> RandomBytes(size_t size);

// A version 4 UUID (RFC 4122, section 4.4), lower-case hex:
// "xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx" with N one of 8, 9, a, b.
std::string RandomUuid();

}  // namespace mediacapture

#endif  // PLATFORM_BASE_RANDOM_H_

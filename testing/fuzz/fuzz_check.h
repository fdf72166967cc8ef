// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef TESTING_FUZZ_FUZZ_CHECK_H_
#define TESTING_FUZZ_FUZZ_CHECK_H_

#include <cstdio>

// A fuzzer's invariant: when |condition| is false, says which one failed and
// crashes, so that libFuzzer saves the input (NDEBUG does not remove it).
#define FUZZ_CHECK(condition)                                               \
  do {                                                                      \
    if (!(condition)) {                                                     \
      fprintf(stderr, "%s:%d: FUZZ_CHECK(%s) failed\n", __FILE__, __LINE__, \
              #condition);                                                  \
      __builtin_trap();                                                     \
    }                                                                       \
  } while (0)

#endif  // TESTING_FUZZ_FUZZ_CHECK_H_

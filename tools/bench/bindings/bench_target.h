// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The core object behind bench.idl's BenchTarget.

#ifndef TOOLS_BENCH_BINDINGS_BENCH_TARGET_H_
#define TOOLS_BENCH_BINDINGS_BENCH_TARGET_H_

#include <cstdint>

#include "platform/bindings/script_wrappable.h"
#include "tools/bench/bindings/bench_constraints.h"
#include "tools/bench/bindings/bench_settings.h"

namespace mediacapture {

// JS thread only.
class BenchTarget : public ScriptWrappable {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<BenchTarget> Create();

  int32_t width() const { return 640; }
  BenchSettings GetSettings() const;
  // Returns a number derived from the constraints so that the compiler
  // cannot drop the conversion.
  int32_t TakeConstraints(const BenchConstraints& constraints) const;
};

}  // namespace mediacapture

#endif  // TOOLS_BENCH_BINDINGS_BENCH_TARGET_H_

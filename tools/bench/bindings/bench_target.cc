// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "tools/bench/bindings/bench_target.h"

namespace mediacapture {

// static
scoped_refptr<BenchTarget> BenchTarget::Create() {
  return scoped_refptr<BenchTarget>(new BenchTarget());
}

BenchSettings BenchTarget::GetSettings() const {
  BenchSettings settings;
  settings.width = 640;
  settings.height = 480;
  settings.frame_rate = 30;
  settings.device_id = "0123456789abcdef";
  settings.facing_mode = "user";
  return settings;
}

int32_t BenchTarget::TakeConstraints(const BenchConstraints& c) const {
  int32_t result = 0;
  if (c.width && c.width->index() == 0)
    result += static_cast<int32_t>(std::get<0>(*c.width));
  if (c.height && c.height->index() == 1 && std::get<1>(*c.height).min)
    result += static_cast<int32_t>(*std::get<1>(*c.height).min);
  if (c.frame_rate)
    result += 1;
  if (c.device_id)
    result += static_cast<int32_t>(c.device_id->size());
  return result;
}

}  // namespace mediacapture

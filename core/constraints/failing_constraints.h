// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_CONSTRAINTS_FAILING_CONSTRAINTS_H_
#define CORE_CONSTRAINTS_FAILING_CONSTRAINTS_H_

#include <optional>
#include <set>
#include <string>
#include <utility>

namespace mediacapture {
namespace constraint_model {

// The required constraints that failed on every candidate the basic set
// rejected: what OverconstrainedError.constraint may name
// (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia:
// "any required constraint whose fitness distance was infinity for all
// settings dictionaries examined ..., or "" if there isn't one").
// Shared by the audio and the video SelectSettings. Plain data.
class FailingConstraints {
 public:
  // One more rejected candidate, with the constraints that fail on it alone.
  void Add(std::set<std::string> failing) {
    if (!everywhere_) {
      everywhere_ = std::move(failing);
      return;
    }
    std::set<std::string> both;
    for (const std::string& name : *everywhere_) {
      if (failing.count(name))
        both.insert(name);
    }
    everywhere_ = std::move(both);
  }

  // The first of |members| (in the order given) that failed everywhere, or
  // "" when none did.
  template <typename Members>
  std::string FirstOf(const Members& members) const {
    if (!everywhere_)
      return std::string();
    for (const char* member : members) {
      if (everywhere_->count(member))
        return member;
    }
    return std::string();
  }

  // The OverconstrainedError message for |name| (from FirstOf) on devices of
  // |kind| ("audio", "video").
  static std::string Message(const char* kind, const std::string& name) {
    std::string devices = std::string("No ") + kind + " input device";
    return name.empty()
               ? devices + " satisfies all the required constraints together."
               : devices + " satisfies the " + name + " constraint.";
  }

 private:
  std::optional<std::set<std::string>> everywhere_;
};

}  // namespace constraint_model
}  // namespace mediacapture

#endif  // CORE_CONSTRAINTS_FAILING_CONSTRAINTS_H_

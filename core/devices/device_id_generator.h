// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef CORE_DEVICES_DEVICE_ID_GENERATOR_H_
#define CORE_DEVICES_DEVICE_ID_GENERATOR_H_

#include <string>
#include <vector>

namespace mediacapture {

// Turns raw device ids (V4L2 bus_info, a Pulse source name) into the ids
// script sees.
//
// deviceIds are per origin, so that two sites cannot correlate a user's
// devices, and stable across documents and sessions for one origin, so that
// a site can remember a chosen device
// (https://w3c.github.io/mediacapture-main/#dom-mediadeviceinfo-deviceid):
//
//   deviceId = hex(HMAC-SHA256(salt, kind || 0 || origin || 0 || raw_id))
//
// The salt is 32 random bytes kept in the profile directory
// ("device_id_salt", hex); a profile without one gets a new one. Clearing the
// profile changes every id, as clearing site data does in Chromium.
//
// groupIds "MUST be uniquely generated for each document"
// (https://w3c.github.io/mediacapture-main/#dom-mediadeviceinfo-groupid),
// yet devices of one physical device share one inside the document:
//
//   groupId = hex(HMAC-SHA256(document_salt, "group" || 0 || origin || 0 ||
//                             raw_group_id))
//
// where document_salt is 32 random bytes a generator makes when it is
// created and never stores. One generator serves one document (MediaContext
// makes one per installed context), so a new document gets new groupIds
// even for the same origin and profile, while deviceIds stay.
//
// Immutable after construction; any thread.
class DeviceIdGenerator {
 public:
  // A generator whose salt is read from (or created in) |profile_dir|. An
  // empty |profile_dir|, or one that cannot be written, gives a random salt
  // for this process only; |warning| then says why when it is not empty.
  static DeviceIdGenerator ForProfile(const std::string& profile_dir,
                                      std::string* warning);

  // A generator with a fixed salt (tests, embedders that keep their own) and
  // a new random document salt.
  explicit DeviceIdGenerator(std::vector<unsigned char> salt);
  // Both salts fixed (tests).
  DeviceIdGenerator(std::vector<unsigned char> salt,
                    std::vector<unsigned char> document_salt);

  // A deviceId. |kind| keeps a camera's and a microphone's ids apart even
  // when they share a raw id ("videoinput" or "audioinput").
  std::string Generate(const std::string& kind,
                       const std::string& origin,
                       const std::string& raw_id) const;

  // This document's groupId for the physical device |raw_group_id|.
  std::string GenerateGroupId(const std::string& origin,
                              const std::string& raw_group_id) const;

  const std::vector<unsigned char>& salt() const { return salt_; }
  const std::vector<unsigned char>& document_salt() const {
    return document_salt_;
  }

 private:
  std::vector<unsigned char> salt_;
  std::vector<unsigned char> document_salt_;
};

}  // namespace mediacapture

#endif  // CORE_DEVICES_DEVICE_ID_GENERATOR_H_

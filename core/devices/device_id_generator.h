// Copyright 2026 The mediacapture authors. All rights reserved.

#ifndef CORE_DEVICES_DEVICE_ID_GENERATOR_H_
#define CORE_DEVICES_DEVICE_ID_GENERATOR_H_

#include <string>
#include <vector>

namespace mediacapture {

// Turns raw device ids (V4L2 bus_info, a Pulse source name) into the ids
// script sees: per origin, so that two sites cannot correlate a user's
// devices
// (https://w3c.github.io/mediacapture-main/#dom-mediadeviceinfo-deviceid:
// "unique to the origin"), and stable across sessions for one origin, so that
// a site can remember a chosen device.
//
//   id = hex(HMAC-SHA256(salt, kind || 0 || origin || 0 || raw_id))
//
// The salt is 32 random bytes kept in the profile directory
// ("device_id_salt", hex); a profile without one gets a new one. Clearing the
// profile changes every id, as clearing site data does in Chromium.
//
// Immutable after construction; any thread.
class DeviceIdGenerator {
 public:
  // A generator whose salt is read from (or created in) |profile_dir|. An
  // empty |profile_dir|, or one that cannot be written, gives a random salt
  // for this process only; |warning| then says why when it is not empty.
  static DeviceIdGenerator ForProfile(const std::string& profile_dir,
                                      std::string* warning);

  // A generator with a fixed salt (tests, embedders that keep their own).
  explicit DeviceIdGenerator(std::vector<unsigned char> salt);

  // |kind| keeps a camera's and a microphone's ids apart even when they share
  // a raw id ("videoinput", "audioinput", or "group" for group ids).
  std::string Generate(const std::string& kind,
                       const std::string& origin,
                       const std::string& raw_id) const;

  const std::vector<unsigned char>& salt() const { return salt_; }

 private:
  std::vector<unsigned char> salt_;
};

}  // namespace mediacapture

#endif  // CORE_DEVICES_DEVICE_ID_GENERATOR_H_

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/devices/device_id_generator.h"

#include <fcntl.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "platform/base/random.h"

namespace mediacapture {

namespace {

// 256 bits: as long as the HMAC-SHA256 key block needs to be strong.
constexpr size_t kSaltBytes = 32;
constexpr char kSaltFileName[] = "device_id_salt";
// The salt is 64 hex digits and a newline; a file this much larger is not one.
constexpr size_t kMaxSaltFileBytes = 4096;

std::string ToHex(const unsigned char* data, size_t size) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(size * 2);
  for (size_t i = 0; i < size; ++i) {
    hex += kDigits[data[i] >> 4];
    hex += kDigits[data[i] & 0xf];
  }
  return hex;
}

bool FromHex(const std::string& hex, std::vector<unsigned char>* bytes) {
  if (hex.size() % 2)
    return false;
  bytes->clear();
  for (size_t i = 0; i < hex.size(); i += 2) {
    auto nibble = [](char c) -> int {
      if (c >= '0' && c <= '9')
        return c - '0';
      if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
      return -1;
    };
    int high = nibble(hex[i]);
    int low = nibble(hex[i + 1]);
    if (high < 0 || low < 0)
      return false;
    bytes->push_back(static_cast<unsigned char>(high << 4 | low));
  }
  return true;
}

std::string Hmac(const std::vector<unsigned char>& key,
                 const std::string& kind,
                 const std::string& origin,
                 const std::string& raw_id) {
  std::string message = kind;
  message += '\0';
  message += origin;
  message += '\0';
  message += raw_id;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int digest_size = 0;
  HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
       reinterpret_cast<const unsigned char*>(message.data()), message.size(),
       digest, &digest_size);
  return ToHex(digest, digest_size);
}

enum class SaltFile { kMissing, kRead, kNotRegular };

// Reads the salt file into |contents| without ever blocking or reading
// without bound: O_NONBLOCK so that a fifo does not wait for a writer, only a
// regular file is read, and at most kMaxSaltFileBytes of it (more is not a
// valid salt anyway). An unreadable file counts as missing (a new salt
// replaces it).
SaltFile ReadSalt(const std::string& path, std::string* contents) {
  int fd;
  do {
    fd = open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0)
    return errno == ENOENT || errno == EACCES ? SaltFile::kMissing
                                              : SaltFile::kNotRegular;
  struct stat info;
  if (fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    close(fd);
    return SaltFile::kNotRegular;
  }
  char buffer[kMaxSaltFileBytes + 1];
  size_t size = 0;
  while (size < sizeof(buffer)) {
    ssize_t n = read(fd, buffer + size, sizeof(buffer) - size);
    if (n < 0 && (errno == EINTR || errno == EAGAIN))
      continue;
    if (n <= 0)
      break;
    size += static_cast<size_t>(n);
  }
  close(fd);
  contents->assign(buffer, size);
  return SaltFile::kRead;
}

}  // namespace

// static
DeviceIdGenerator DeviceIdGenerator::ForProfile(const std::string& profile_dir,
                                                std::string* warning) {
  if (profile_dir.empty())
    return DeviceIdGenerator(RandomBytes(kSaltBytes));
  std::string path = profile_dir + "/" + kSaltFileName;
  std::string hex;
  switch (ReadSalt(path, &hex)) {
    case SaltFile::kMissing:
      break;
    case SaltFile::kRead: {
      std::vector<unsigned char> salt;
      // The hex digits, without the newline (or spaces) around them.
      size_t begin = hex.find_first_not_of(" \t\r\n");
      size_t end = hex.find_last_not_of(" \t\r\n");
      hex =
          begin == std::string::npos ? "" : hex.substr(begin, end - begin + 1);
      if (FromHex(hex, &salt) && salt.size() == kSaltBytes)
        return DeviceIdGenerator(std::move(salt));
      *warning = "device id salt '" + path +
                 "' is not valid; device ids change for every origin";
      break;
    }
    case SaltFile::kNotRegular:
      // A fifo, a device, a directory: not ours to replace. This run gets
      // its own salt and the file stays as it is.
      *warning = "device id salt '" + path +
                 "' is not a regular file; device ids last for this run only";
      return DeviceIdGenerator(RandomBytes(kSaltBytes));
  }
  std::vector<unsigned char> salt = RandomBytes(kSaltBytes);
  // Written atomically, so that a crash never leaves half a salt.
  std::string tmp = path + ".tmp";
  std::ofstream out(tmp, std::ios::trunc);
  out << ToHex(salt.data(), salt.size()) << "\n";
  out.close();
  if (!out || rename(tmp.c_str(), path.c_str()) != 0) {
    *warning = "cannot write device id salt '" + path +
               "': " + strerror(errno) + "; device ids last for this run only";
    unlink(tmp.c_str());
  }
  return DeviceIdGenerator(std::move(salt));
}

DeviceIdGenerator::DeviceIdGenerator(std::vector<unsigned char> salt)
    : DeviceIdGenerator(std::move(salt), RandomBytes(kSaltBytes)) {}

DeviceIdGenerator::DeviceIdGenerator(std::vector<unsigned char> salt,
                                     std::vector<unsigned char> document_salt)
    : salt_(std::move(salt)), document_salt_(std::move(document_salt)) {}

std::string DeviceIdGenerator::Generate(const std::string& kind,
                                        const std::string& origin,
                                        const std::string& raw_id) const {
  return Hmac(salt_, kind, origin, raw_id);
}

std::string DeviceIdGenerator::GenerateGroupId(
    const std::string& origin,
    const std::string& raw_group_id) const {
  return Hmac(document_salt_, "group", origin, raw_group_id);
}

}  // namespace mediacapture

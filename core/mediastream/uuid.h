// Copyright 2026 The mediacapture authors. All rights reserved.
//
// Random identifiers for MediaStream.id and MediaStreamTrack.id.

#ifndef CORE_MEDIASTREAM_UUID_H_
#define CORE_MEDIASTREAM_UUID_H_

#include <string>

namespace mediacapture {

// A version 4 UUID in its 36-character lowercase form
// (https://www.rfc-editor.org/rfc/rfc4122#section-4.4), as the spec asks of
// https://w3c.github.io/mediacapture-main/#dom-mediastream-id. Any thread.
std::string CreateUuid();

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_UUID_H_

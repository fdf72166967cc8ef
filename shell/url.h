// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#ifndef SHELL_URL_H_
#define SHELL_URL_H_

#include <v8.h>

namespace mediacapture {
namespace shell {

// The `URL` interface object, with only the File API's static members
// (https://w3c.github.io/FileAPI/#creating-revoking):
//
//   static DOMString createObjectURL((Blob or MediaSource) obj);
//   static undefined revokeObjectURL(DOMString url);
//
// The shell has neither Blob nor MediaSource, so no value converts to the
// argument of createObjectURL(): every call throws a TypeError, a MediaStream
// included (Media Capture and Streams dropped the MediaStream overload; a
// stream goes to a media element's srcObject,
// https://w3c.github.io/mediacapture-main/#mediastreams-in-media-elements).
// The blob URL store is therefore always empty and revokeObjectURL() only
// converts its argument. There is no URL parser: `new URL(...)` throws a
// TypeError that says so.
//
// JS thread only.
bool InstallUrl(v8::Local<v8::Context> context);

}  // namespace shell
}  // namespace mediacapture

#endif  // SHELL_URL_H_

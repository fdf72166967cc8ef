// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://html.spec.whatwg.org/#navigator with the members Media Capture
// and Streams and Permissions add: mediaDevices, the legacy getUserMedia()
// and permissions. JS thread only.

#ifndef CORE_DOM_NAVIGATOR_H_
#define CORE_DOM_NAVIGATOR_H_

#include "idl/media_stream_constraints.h"
#include "idl/navigator_user_media_error_callback.h"
#include "idl/navigator_user_media_success_callback.h"
#include "platform/bindings/script_wrappable.h"

namespace mediacapture {

class MediaContext;
class MediaDevices;
class Permissions;

class Navigator : public ScriptWrappable {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<Navigator> Create(MediaContext* context);
  ~Navigator() override;

  // https://w3c.github.io/mediacapture-main/#dom-navigator-mediadevices
  // ([SameObject]).
  MediaDevices* media_devices();
  // https://w3c.github.io/permissions/#dom-navigator-permissions
  Permissions* permissions();
  // https://w3c.github.io/mediacapture-main/#dom-navigator-getusermedia
  void GetUserMedia(const MediaStreamConstraints& constraints,
                    NavigatorUserMediaSuccessCallback* success_callback,
                    NavigatorUserMediaErrorCallback* error_callback);

 private:
  explicit Navigator(MediaContext* context);

  scoped_refptr<MediaContext> context_;
  scoped_refptr<MediaDevices> media_devices_;
  scoped_refptr<Permissions> permissions_;
};

}  // namespace mediacapture

#endif  // CORE_DOM_NAVIGATOR_H_

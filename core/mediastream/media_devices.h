// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// https://w3c.github.io/mediacapture-main/#mediadevices:
// navigator.mediaDevices. JS thread only.

#ifndef CORE_MEDIASTREAM_MEDIA_DEVICES_H_
#define CORE_MEDIASTREAM_MEDIA_DEVICES_H_

#include <string>
#include <vector>

#include "core/devices/device_info_list.h"
#include "core/dom/dom_exception.h"
#include "core/dom/event_target.h"
#include "core/mediastream/media_device_info.h"
#include "core/mediastream/media_stream.h"
#include "idl/media_stream_constraints.h"
#include "idl/media_track_supported_constraints.h"
#include "platform/bindings/promise_resolver.h"

namespace mediacapture {

class MediaContext;

class MediaDevices : public EventTarget {
  DEFINE_WRAPPERTYPEINFO();

 public:
  static scoped_refptr<MediaDevices> Create(MediaContext* context);
  ~MediaDevices() override;

  // https://w3c.github.io/mediacapture-main/#dom-mediadevices-enumeratedevices
  void EnumerateDevices(
      scoped_refptr<PromiseResolver<IDLSequence<MediaDeviceInfo>>> resolver);
  // https://w3c.github.io/mediacapture-main/#dom-mediadevices-getsupportedconstraints
  MediaTrackSupportedConstraints GetSupportedConstraints() const;
  // https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia:
  // converts |constraints| and runs the UserMediaProcessor's pipeline;
  // |resolver| settles on the JS thread, maybe before this returns, and
  // never after the context shut down. The legacy navigator.getUserMedia()
  // passes a resolver that calls its callbacks.
  // |constraints| by value: the binding moves them in, and they move on
  // into the request (a long `advanced` list is not copied).
  void GetUserMedia(MediaStreamConstraints constraints,
                    scoped_refptr<PromiseResolver<MediaStream>> resolver);

  // Fires `devicechange` with |infos| (the new list) and those of them
  // |inserted| marks as new.
  void FireDeviceChange(const std::vector<DeviceInfo>& infos,
                        const std::vector<bool>& inserted);

  // A pending getUserMedia() or enumerateDevices() or a `devicechange`
  // listener keeps the wrapper.
  bool HasPendingActivity() const override;

 private:
  explicit MediaDevices(MediaContext* context);

  scoped_refptr<MediaContext> context_;
  int pending_ = 0;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_MEDIA_DEVICES_H_

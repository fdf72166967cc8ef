// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/mediastream/media_devices.h"

#include <memory>
#include <utility>
#include <variant>

#include "core/mediastream/constraints_conversion.h"
#include "core/mediastream/device_change_event.h"
#include "core/mediastream/media_context.h"
#include "core/mediastream/user_media_rejection.h"

namespace mediacapture {

namespace {

std::vector<scoped_refptr<MediaDeviceInfo>> ToInfoObjects(
    const std::vector<DeviceInfo>& infos,
    const std::string& origin) {
  std::vector<scoped_refptr<MediaDeviceInfo>> result;
  for (const DeviceInfo& info : infos)
    result.push_back(MediaDeviceInfo::Create(info, origin));
  return result;
}

}  // namespace

// static
scoped_refptr<MediaDevices> MediaDevices::Create(MediaContext* context) {
  scoped_refptr<MediaDevices> devices(new MediaDevices(context));
  context->SetMediaDevices(devices.get());
  return devices;
}

MediaDevices::MediaDevices(MediaContext* context) : context_(context) {}

MediaDevices::~MediaDevices() {
  context_->SetMediaDevices(nullptr);
}

void MediaDevices::EnumerateDevices(
    scoped_refptr<PromiseResolver<IDLSequence<MediaDeviceInfo>>> resolver) {
  // The list is made in parallel and the promise resolved in a queued task
  // (https://w3c.github.io/mediacapture-main/#dom-mediadevices-enumeratedevices
  // steps 3-4).
  if (context_->is_shut_down())
    return;
  ++pending_;
  scoped_refptr<MediaDevices> self(this);
  context_->task_runner()->PostTask([self, resolver] {
    --self->pending_;
    MediaContext* context = self->context_.get();
    if (context->is_shut_down())
      return;
    std::vector<DeviceDescriptor> devices;
    std::vector<DeviceInfo> infos = context->DeviceInfoList(&devices);
    resolver->Resolve(ToInfoObjects(infos, context->origin()));
  });
}

MediaTrackSupportedConstraints MediaDevices::GetSupportedConstraints() const {
  return ToSupportedConstraints();
}

void MediaDevices::GetUserMedia(
    MediaStreamConstraints constraints,
    scoped_refptr<PromiseResolver<MediaStream>> resolver) {
  UserMediaRequest request;
  request.origin = context_->origin();
  // https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia
  // step 3: a kind is requested when its member is true or a dictionary.
  // The one copy of each kind's constraints, which the request and the
  // tracks share.
  auto requested = [](std::variant<bool, MediaTrackConstraints>& kind)
      -> std::shared_ptr<const MediaTrackConstraints> {
    if (const bool* flag = std::get_if<bool>(&kind)) {
      if (!*flag)
        return nullptr;
      return std::make_shared<const MediaTrackConstraints>();
    }
    return std::make_shared<const MediaTrackConstraints>(
        std::move(std::get<MediaTrackConstraints>(kind)));
  };
  request.audio = requested(constraints.audio);
  request.video = requested(constraints.video);
  UserMediaProcessor* processor = context_->processor();
  if (!processor) {
    RejectWithUserMediaError(
        UserMediaError::Make(UserMediaErrorCode::kAbort, "The context is gone"),
        resolver.get());
    return;
  }
  ++pending_;
  bool want_audio = request.audio != nullptr;
  bool want_video = request.video != nullptr;
  scoped_refptr<MediaDevices> self(this);
  processor->ProcessRequest(request, [self, resolver, want_audio, want_video](
                                         std::vector<TrackSpec> tracks,
                                         std::optional<UserMediaError> error) {
    --self->pending_;
    MediaContext* context = self->context_.get();
    if (context->is_shut_down())
      return;
    if (error) {
      if (error->code == UserMediaErrorCode::kOverconstrained &&
          error->constraint_failure) {
        // https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia,
        // "Constraint Failure": "If getUserMedia specific failure is
        // allowed is false, jump to the step labeled Permission
        // Failure"; else constraint is failedConstraint only if device
        // information (of any kind) can be exposed: the name would
        // tell script about the devices. (A string over our length
        // limit tells nothing of them: always named, never hidden.)
        if (!context->GetUserMediaSpecificFailureAllowed()) {
          error = UserMediaError::Make(UserMediaErrorCode::kNotAllowed,
                                       "Permission denied");
        } else if (!context->Exposure().any()) {
          error->constraint.clear();
        }
      } else if (error->code == UserMediaErrorCode::kNotFound) {
        context->NotifyNoDevices();
      }
      RejectWithUserMediaError(*error, resolver.get());
      return;
    }
    std::vector<scoped_refptr<MediaStreamTrack>> objects;
    for (TrackSpec& spec : tracks)
      objects.push_back(MediaStreamTrack::Create(context, std::move(spec)));
    // "Set the device information exposure with requestedMediaTypes
    // and true", then resolve.
    context->SetDeviceInformationExposure(want_video, want_audio, true);
    resolver->Resolve(MediaStream::Create(objects));
  });
}

void MediaDevices::FireDeviceChange(const std::vector<DeviceInfo>& infos,
                                    const std::vector<bool>& inserted) {
  // https://w3c.github.io/mediacapture-main/#ref-for-dfn-device-change-notification-steps
  std::vector<scoped_refptr<MediaDeviceInfo>> devices =
      ToInfoObjects(infos, context_->origin());
  std::vector<scoped_refptr<MediaDeviceInfo>> new_devices;
  for (size_t i = 0; i < devices.size() && i < inserted.size(); ++i) {
    if (inserted[i])
      new_devices.push_back(devices[i]);
  }
  scoped_refptr<DeviceChangeEvent> event =
      DeviceChangeEvent::CreateTrusted(devices, new_devices);
  DispatchEvent(event.get());
}

bool MediaDevices::HasPendingActivity() const {
  if (context_->is_shut_down())
    return false;
  return pending_ > 0 || HasEventListeners("devicechange");
}

}  // namespace mediacapture

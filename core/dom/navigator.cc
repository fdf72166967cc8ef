// Copyright 2026 The mediacapture authors. All rights reserved.

#include "core/dom/navigator.h"

#include "core/mediastream/media_context.h"
#include "core/mediastream/media_devices.h"
#include "core/permissions/permissions.h"

namespace mediacapture {

// static
scoped_refptr<Navigator> Navigator::Create(MediaContext* context) {
  return scoped_refptr<Navigator>(new Navigator(context));
}

Navigator::Navigator(MediaContext* context) : context_(context) {}

Navigator::~Navigator() = default;

MediaDevices* Navigator::media_devices() {
  if (!media_devices_)
    media_devices_ = MediaDevices::Create(context_.get());
  return media_devices_.get();
}

Permissions* Navigator::permissions() {
  if (!permissions_)
    permissions_ = Permissions::Create(context_.get());
  return permissions_.get();
}

void Navigator::GetUserMedia(
    const MediaStreamConstraints& constraints,
    NavigatorUserMediaSuccessCallback* success_callback,
    NavigatorUserMediaErrorCallback* error_callback) {
  // "Let p be the result of calling getUserMedia(constraints); upon
  // fulfillment with s, invoke successCallback with s; upon rejection with
  // r, invoke errorCallback with r." The callbacks run as reactions would:
  // after the current task (they are queued as tasks here).
  scoped_refptr<NavigatorUserMediaSuccessCallback> success(success_callback);
  scoped_refptr<NavigatorUserMediaErrorCallback> failure(error_callback);
  scoped_refptr<MediaContext> context = context_;
  media_devices()->GetUserMedia(
      constraints,
      [success, failure, context](const MediaDevices::Outcome& outcome) {
        context->task_runner()->PostTask([success, failure, context, outcome] {
          if (context->is_shut_down())
            return;
          if (outcome.stream) {
            success->Invoke(outcome.stream.get());
            return;
          }
          scoped_refptr<DOMException> error = outcome.error;
          if (!error) {
            // A TypeError reaches the DOMException callback as the closest
            // DOMException (the IDL types the argument DOMException).
            error = DOMException::Create(outcome.type_error, "TypeError");
          }
          failure->Invoke(error.get());
        });
      });
}

}  // namespace mediacapture

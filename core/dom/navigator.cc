// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.

#include "core/dom/navigator.h"

#include <string>
#include <utility>

#include "core/dom/dom_exception.h"
#include "core/mediastream/media_context.h"
#include "core/mediastream/media_devices.h"
#include "core/permissions/permissions.h"
#include "platform/bindings/promise_resolver.h"

namespace mediacapture {

namespace {

// https://w3c.github.io/mediacapture-main/#dom-navigator-getusermedia: "Let
// p be the result of calling getUserMedia(constraints); upon fulfillment
// with s, invoke successCallback with s; upon rejection with r, invoke
// errorCallback with r." The callbacks run as reactions would: after the
// current task (they are queued as tasks here), and not once the context
// shut down. JS thread only.
class LegacyCallbackResolver final : public PromiseResolver<MediaStream> {
 public:
  LegacyCallbackResolver(scoped_refptr<MediaContext> context,
                         NavigatorUserMediaSuccessCallback* success,
                         NavigatorUserMediaErrorCallback* failure)
      : context_(std::move(context)), success_(success), failure_(failure) {}

  void RejectWithDOMException(const std::string& name,
                              const std::string& message) override {
    if (Settle())
      Fail(DOMException::Create(message, name));
  }
  void RejectWithTypeError(const std::string& message) override {
    // A TypeError reaches the DOMException callback as the closest
    // DOMException (the IDL types the argument DOMException).
    if (Settle())
      Fail(DOMException::Create(message, "TypeError"));
  }
  void Reject(DOMException* error) override {
    if (Settle())
      Fail(scoped_refptr<DOMException>(error));
  }

 private:
  void ResolveImpl(const ValueType& stream) override {
    scoped_refptr<MediaContext> context = context_;
    scoped_refptr<NavigatorUserMediaSuccessCallback> success = success_;
    context->task_runner()->PostTask([context, success, stream] {
      if (!context->is_shut_down())
        success->Invoke(stream.get());
    });
  }
  void Fail(scoped_refptr<DOMException> error) {
    scoped_refptr<MediaContext> context = context_;
    scoped_refptr<NavigatorUserMediaErrorCallback> failure = failure_;
    context->task_runner()->PostTask([context, failure, error] {
      if (!context->is_shut_down())
        failure->Invoke(error.get());
    });
  }

  const scoped_refptr<MediaContext> context_;
  const scoped_refptr<NavigatorUserMediaSuccessCallback> success_;
  const scoped_refptr<NavigatorUserMediaErrorCallback> failure_;
};

}  // namespace

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
  media_devices()->GetUserMedia(
      constraints,
      scoped_refptr<PromiseResolver<MediaStream>>(new LegacyCallbackResolver(
          context_, success_callback, error_callback)));
}

}  // namespace mediacapture

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Everything one page (one V8 context) of Media Capture and Streams shares:
// its origin and whether it is a secure context, the device factories, the
// PermissionController, the per-origin DeviceIdGenerator, the
// UserMediaProcessor, the embedder's TaskRunner, and the set of live tracks.
// Created when the embedder installs the API in a context
// (include/mediacapture/media_context.h) and shut down when it uninstalls
// it: Shutdown() stops every capture and drops pending getUserMedia()
// requests and permission prompts without settling them.
//
// It also implements the device change notification steps
// (https://w3c.github.io/mediacapture-main/#ref-for-dfn-device-change-notification-steps)
// and revocation: when the camera or microphone permission of the origin
// becomes "denied", its live tracks of that kind end.
// After device changes, the live tracks of a relinquished device
// (capture_source.h) that is gone end too.
//
// The device change notification steps make lastExposedDevices from
// [[storedDeviceList]] when they run, with the device information exposure
// of that moment, so a change the document cannot see fires nothing even
// after a capture changed what it sees. Where we differ from the letter:
// the spec sets [[storedDeviceList]] only when it fires devicechange, and
// enumerateDevices() reads it; our enumerateDevices() reads the devices of
// the moment instead, so the stored list is updated on every run of the
// steps as well. Otherwise a device the document could already enumerate
// (a microphone plugged in while hidden, then exposed by a capture) would
// count as new in a later event, or vanish without one.
//
// Device information exposure
// (https://w3c.github.io/mediacapture-main/#device-information-exposure):
// [[canExposeCameraInfo]] and [[canExposeMicrophoneInfo]] start false in
// every context, whatever permission the profile stores, and only a
// successful getUserMedia() sets them ("set the device information
// exposure"). The spec lets the User Agent set them back to false "at any
// point"; we do when the kind's permission stops being "granted" (revoked
// to "denied" or reset to "prompt"), so that a page the user took access
// from sees no more than one that never had it.
//
// JS thread only, except where a method says otherwise.

#ifndef CORE_MEDIASTREAM_MEDIA_CONTEXT_H_
#define CORE_MEDIASTREAM_MEDIA_CONTEXT_H_

#include <functional>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "core/devices/device_id_generator.h"
#include "core/devices/device_info_list.h"
#include "core/mediastream/user_media_processor.h"
#include "core/permissions/permission_controller.h"
#include "mediacapture/permission_delegate.h"
#include "mediacapture/task_runner.h"
#include "platform/base/weak_flag.h"
#include "platform/bindings/ref_counted.h"
#include "platform/capture/device_factory.h"

namespace mediacapture {

class MediaDevices;
class MediaStreamTrack;

struct MediaContextConfig {
  std::string origin;
  bool secure_context = true;
  // Required; must outlive Shutdown().
  TaskRunner* task_runner = nullptr;
  // May be null: every prompt is denied.
  PermissionDelegate* permission_delegate = nullptr;
  // Where the device id salt and the permission states persist; empty:
  // nothing persists.
  std::string profile_dir;
  // The factories to enumerate and open devices with, in order; the
  // context owns them.
  std::vector<std::unique_ptr<DeviceFactory>> factories;
  // Called (JS thread) when getUserMedia() fails because no device of a
  // requested kind exists.
  std::function<void()> on_no_devices;
  // Told each problem that does not stop the context (a corrupt
  // permissions file, an unusable salt), one sentence each. JS thread.
  std::function<void(const std::string&)> on_warning;
  // How long device change notifications are gathered before
  // `devicechange` is considered (the spec leaves the timing to the UA).
  int64_t device_change_delay_ms = 100;
};

class MediaContext : public RefCounted, public PermissionController::Observer {
 public:
  // Told about permission changes of this context's origin (PermissionStatus).
  class PermissionObserver {
   public:
    virtual ~PermissionObserver() = default;
    virtual void OnPermissionChanged(MediaPermission name,
                                     PermissionState state) = 0;
  };

  static scoped_refptr<MediaContext> Create(MediaContextConfig config);
  ~MediaContext() override;

  const std::string& origin() const { return config_.origin; }
  bool secure_context() const { return config_.secure_context; }
  TaskRunner* task_runner() const { return config_.task_runner; }
  bool is_shut_down() const { return shut_down_; }

  // Null after Shutdown().
  UserMediaProcessor* processor() { return processor_.get(); }
  PermissionController* permissions() { return permissions_.get(); }
  const DeviceIdGenerator& ids() const { return ids_; }
  const std::vector<DeviceFactory*>& factories() const { return factories_; }

  // Stops every live track (without `ended`), drops pending requests and
  // prompts, and stops listening to the factories and the controller. Safe to
  // call more than once.
  void Shutdown();

  // Live tracks register while they hold a source.
  void AddLiveTrack(MediaStreamTrack* track);
  void RemoveLiveTrack(MediaStreamTrack* track);
  const std::set<MediaStreamTrack*>& live_tracks() const {
    return live_tracks_;
  }

  // https://w3c.github.io/mediacapture-main/#device-information-exposure:
  // per kind, "camera/microphone information can be exposed" (a live track
  // of the kind, or the [[canExpose...Info]] slot); DeviceExposure::any() is
  // "device information can be exposed".
  DeviceExposure Exposure() const;
  // https://w3c.github.io/mediacapture-main/#set-device-information-exposure
  void SetDeviceInformationExposure(bool video, bool audio, bool value);

  // getUserMedia()'s "getUserMedia specific failure is allowed"
  // (https://w3c.github.io/mediacapture-main/#dom-mediadevices-getusermedia,
  // "Constraint Failure"): false while the origin's "camera" or
  // "microphone" permission is "denied", whichever kinds the request asked
  // for, so that a page the user said no to learns nothing of the devices
  // from constraints (w3c/mediacapture-main issue 849). Then the failure is
  // a "Permission Failure" (NotAllowedError) instead.
  bool GetUserMediaSpecificFailureAllowed() const;
  // "Creating a list of device info objects" for the current devices. Its
  // DeviceInfo::descriptor pointers point into |devices|.
  std::vector<DeviceInfo> DeviceInfoList(
      std::vector<DeviceDescriptor>* devices) const;

  // The MediaDevices object that receives `devicechange` (null: none yet).
  // Setting it records the device list to compare later lists with.
  void SetMediaDevices(MediaDevices* media_devices);

  void AddPermissionObserver(PermissionObserver* observer);
  void RemovePermissionObserver(PermissionObserver* observer);

  // Tells the embedder that getUserMedia() found no device of a kind.
  void NotifyNoDevices();

  // Any thread: a factory's device set changed.
  void OnDevicesChangedFromAnyThread();

  // PermissionController::Observer:
  void OnPermissionChanged(const std::string& origin,
                           MediaPermission name,
                           PermissionState state) override;

 private:
  class DeviceChangeRelay;

  explicit MediaContext(MediaContextConfig config);
  void OnDeviceChangeTimer();
  // Ends the live tracks whose relinquished device is gone.
  void EndTracksOfRemovedRelinquishedDevices();

  MediaContextConfig config_;
  std::vector<DeviceFactory*> factories_;
  DeviceIdGenerator ids_;
  std::unique_ptr<PermissionController> permissions_;
  std::unique_ptr<UserMediaProcessor> processor_;
  std::unique_ptr<DeviceChangeRelay> relay_;
  std::set<MediaStreamTrack*> live_tracks_;
  std::vector<PermissionObserver*> permission_observers_;
  MediaDevices* media_devices_ = nullptr;
  // [[storedDeviceList]]: the devices as the device change notification
  // steps last saw them (or when MediaDevices was made). Each run of the
  // steps compares the list it exposes now with this one exposed now.
  std::vector<DeviceDescriptor> stored_devices_;
  bool device_change_pending_ = false;
  // [[canExposeCameraInfo]], [[canExposeMicrophoneInfo]].
  bool can_expose_camera_info_ = false;
  bool can_expose_microphone_info_ = false;
  bool shut_down_ = false;
  // Cleared by Shutdown(), so that posted tasks do nothing.
  WeakFlag alive_;
};

}  // namespace mediacapture

#endif  // CORE_MEDIASTREAM_MEDIA_CONTEXT_H_

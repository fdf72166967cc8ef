// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// META: script=/resources/webidl2.js
// META: script=/resources/idlharness.js
// META: timeout=long

// Checks the JS surface of Media Capture and Streams against its WebIDL with
// idlharness.js: interface objects, prototypes, constructors, attributes and
// operations, and the instances below.
// https://w3c.github.io/mediacapture-main/
//
// /interfaces/mediacapture-streams.idl is the project's own IDL (idl/*.idl)
// and permissions.idl is idl/permissions/; dom, html and webidl (where
// DOMException, the base of OverconstrainedError, lives) come from
// @webref/idl (see idl/README.md).
//
// Objects that need a device (MediaStreamTrack, MediaStreamTrackEvent, the
// MediaDeviceInfo list) are tested only when getUserMedia() and
// enumerateDevices() succeed, i.e. when the shell runs with fake devices and
// the fake permission UI; without them these objects are left out and the
// rest is still tested.

'use strict';

// Waits at most kDeviceWaitMs for a device promise so that a permission
// prompt nobody answers cannot stall the whole page.
const kDeviceWaitMs = 5000;

function settleWithin(promise, ms) {
  let timer;
  const timeout = new Promise(resolve => {
    timer = setTimeout(
        () => resolve({error: new Error('no answer in ' + ms + ' ms')}), ms);
  });
  const settled = Promise.resolve(promise).then(value => ({value}),
                                                error => ({error}));
  // The timer must not outlive the answer: the shell exits when its event
  // loop is empty.
  return Promise.race([settled, timeout]).finally(() => clearTimeout(timer));
}

// Calls navigator.mediaDevices.<method>(...args), or reports why it could not.
function callMediaDevices(method, ...args) {
  try {
    return settleWithin(navigator.mediaDevices[method](...args), kDeviceWaitMs);
  } catch (error) {
    return Promise.resolve({error});
  }
}

idl_test(
  ['mediacapture-streams'],
  ['dom', 'html', 'webidl', 'permissions'],
  async idl_array => {
    // Always present: no device is needed for these.
    self.stream = new MediaStream();
    idl_array.add_objects({
      Navigator: ['navigator'],
      MediaDevices: ['navigator.mediaDevices'],
      MediaStream: ['stream'],
      OverconstrainedError: ['new OverconstrainedError("width", "too wide")'],
      DeviceChangeEvent: ['new DeviceChangeEvent("devicechange")'],
    });

    // With devices: a track from getUserMedia() and the device list.
    const media =
        await callMediaDevices('getUserMedia', {audio: true, video: true});
    if (media.value) {
      self.gumStream = media.value;
      self.track = gumStream.getTracks()[0];
      self.trackEvent = new MediaStreamTrackEvent('addtrack', {track});
      idl_array.add_objects({
        MediaStream: ['gumStream'],
        MediaStreamTrack: ['track'],
        MediaStreamTrackEvent: ['trackEvent'],
      });
    }

    const devices = await callMediaDevices('enumerateDevices');
    if (devices.value) {
      self.deviceList = devices.value;
      const inputIndex = deviceList.findIndex(d => d.kind !== 'audiooutput');
      const outputIndex = deviceList.findIndex(d => d.kind === 'audiooutput');
      if (inputIndex >= 0) {
        idl_array.add_objects({InputDeviceInfo: [`deviceList[${inputIndex}]`]});
      }
      if (outputIndex >= 0) {
        idl_array.add_objects(
            {MediaDeviceInfo: [`deviceList[${outputIndex}]`]});
      }
    }
  });

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// getUserMedia, settings, enumerateDevices and the errors of the spec
// (https://www.w3.org/TR/mediacapture-streams/), in Node's main context.
'use strict';

const assert = require('node:assert/strict');
const {test} = require('node:test');
const mediacapture = require('mediacapture');

// Node's own DOM basics, before the install: they must stay Node's.
const nodeGlobals = {
  EventTarget: globalThis.EventTarget,
  Event: globalThis.Event,
  DOMException: globalThis.DOMException,
  AbortController: globalThis.AbortController,
  AbortSignal: globalThis.AbortSignal,
};

mediacapture.install(globalThis, {fakeDevices: true, permission: 'grant'});

function stopAll(stream) {
  for (const track of stream.getTracks())
    track.stop();
}

test('Node\'s EventTarget, Event, DOMException and AbortController stay Node\'s',
     () => {
       for (const [name, value] of Object.entries(nodeGlobals))
         assert.equal(globalThis[name], value, name);
       assert.equal(typeof MediaStreamTrack, 'function');
       assert.equal(typeof MediaDevices, 'function');
       assert.ok(navigator.mediaDevices instanceof EventTarget);
     });

test('a 1280x720 camera and a microphone, with their settings', async () => {
  const stream = await navigator.mediaDevices.getUserMedia(
      {video: {width: 1280, height: 720}, audio: true});
  try {
    assert.ok(stream instanceof MediaStream);
    assert.ok(stream instanceof EventTarget);
    const [video] = stream.getVideoTracks();
    const [audio] = stream.getAudioTracks();
    assert.equal(stream.getTracks().length, 2);
    assert.ok(video instanceof MediaStreamTrack);
    assert.ok(video instanceof EventTarget);
    assert.equal(video.kind, 'video');
    assert.equal(audio.kind, 'audio');
    assert.equal(video.readyState, 'live');
    const settings = video.getSettings();
    assert.equal(settings.width, 1280);
    assert.equal(settings.height, 720);
    assert.match(settings.deviceId, /^[0-9a-f]{64}$/);
    assert.equal(typeof audio.getSettings().sampleRate, 'number');
    assert.notEqual(video.label, '');
    assert.notEqual(audio.label, '');
  } finally {
    stopAll(stream);
  }
});

test('enumerateDevices lists labelled devices once permission is granted',
     async () => {
       const stream = await navigator.mediaDevices.getUserMedia(
           {video: true, audio: true});
       stopAll(stream);
       const devices = await navigator.mediaDevices.enumerateDevices();
       const kinds = devices.map((device) => device.kind);
       assert.ok(kinds.includes('videoinput'), kinds.join());
       assert.ok(kinds.includes('audioinput'), kinds.join());
       for (const device of devices) {
         assert.ok(device instanceof MediaDeviceInfo);
         assert.notEqual(device.label, '', device.kind);
         assert.notEqual(device.deviceId, '', device.kind);
       }
       const camera = devices.find((device) => device.kind === 'videoinput');
       assert.equal(typeof camera.getCapabilities().width.max, 'number');
     });

test('stop() ends a track without an ended event', async () => {
  const stream = await navigator.mediaDevices.getUserMedia({video: true});
  const [track] = stream.getTracks();
  let ended = 0;
  track.addEventListener('ended', () => ++ended);
  track.stop();
  assert.equal(track.readyState, 'ended');
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(ended, 0);
});

test('getUserMedia({}) rejects with a TypeError', async () => {
  await assert.rejects(navigator.mediaDevices.getUserMedia({}), TypeError);
  await assert.rejects(navigator.mediaDevices.getUserMedia(), TypeError);
});

test('an exact constraint no camera meets rejects with OverconstrainedError',
     async () => {
       await assert.rejects(
           navigator.mediaDevices.getUserMedia(
               {video: {width: {exact: 100000}}}),
           (error) => {
             assert.equal(error.name, 'OverconstrainedError');
             assert.equal(error.constraint, 'width');
             assert.ok(error instanceof OverconstrainedError);
             // Its prototype chain reaches Node's DOMException.
             assert.ok(error instanceof DOMException);
             return true;
           });
     });

test('applyConstraints changes the settings', async () => {
  const stream = await navigator.mediaDevices.getUserMedia({video: true});
  const [track] = stream.getTracks();
  try {
    await track.applyConstraints({width: 320, height: 240});
    assert.equal(track.getSettings().width, 320);
    assert.equal(track.getSettings().height, 240);
    await assert.rejects(track.applyConstraints({height: {exact: 100000}}),
                         {name: 'OverconstrainedError'});
  } finally {
    track.stop();
  }
});

test('a cloned track is live until it is stopped itself', async () => {
  const stream = await navigator.mediaDevices.getUserMedia({audio: true});
  const [track] = stream.getTracks();
  const clone = track.clone();
  track.stop();
  assert.equal(clone.readyState, 'live');
  assert.notEqual(clone.id, track.id);
  clone.stop();
  assert.equal(clone.readyState, 'ended');
});

test('console.log and util.inspect of our objects do not throw', async () => {
  const util = require('node:util');
  const stream = await navigator.mediaDevices.getUserMedia({video: true});
  try {
    // As a browser's console shows them: the attributes.
    assert.equal(util.inspect(stream),
                 `MediaStream { id: '${stream.id}', active: true }`);
    const track = util.inspect(stream.getTracks()[0]);
    assert.match(track, /^MediaStreamTrack \{/);
    assert.match(track, /kind: 'video'/);
    assert.match(track, /readyState: 'live'/);
    assert.doesNotMatch(track, /onended/);
    assert.equal(util.inspect([stream], {depth: 0}), "[ MediaStream {} ]");
    assert.match(util.inspect(navigator.mediaDevices), /^MediaDevices/);
    assert.match(util.inspect(await navigator.mediaDevices.enumerateDevices()),
                 /InputDeviceInfo \{\n? *deviceId: '[0-9a-f]{64}'/);
  } finally {
    stopAll(stream);
  }
});

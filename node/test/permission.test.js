// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// install()'s permission option, setPermission(), and install() in vm
// contexts with origins of their own.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const {test} = require('node:test');
const vm = require('node:vm');
const mediacapture = require('mediacapture');

// A new vm context with mediacapture installed; returns its global.
function context(options) {
  const sandbox = vm.createContext({});
  mediacapture.install(sandbox, {fakeDevices: true, ...options});
  return vm.runInContext('globalThis', sandbox);
}

test('permission: "deny" rejects with NotAllowedError', async () => {
  const global = context({permission: 'deny'});
  await assert.rejects(
      global.navigator.mediaDevices.getUserMedia({video: true}), (error) => {
        assert.equal(error.name, 'NotAllowedError');
        assert.ok(error instanceof global.DOMException);
        return true;
      });
  mediacapture.uninstall(global);
});

test('no permission option denies', async () => {
  const global = context({});
  await assert.rejects(
      global.navigator.mediaDevices.getUserMedia({audio: true}),
      {name: 'NotAllowedError'});
  mediacapture.uninstall(global);
});

test('a permission function is asked once per prompt, with origin and kinds',
     async () => {
       const requests = [];
       const global = context({
         origin: 'https://ask.example',
         permission: (request) => {
           requests.push(request);
           return Promise.resolve(request.camera);
         },
       });
       const devices = global.navigator.mediaDevices;
       const stream = await devices.getUserMedia({video: true, audio: true});
       assert.equal(stream.getTracks().length, 2);
       stream.getTracks().forEach((track) => track.stop());
       assert.deepEqual(requests, [
         {origin: 'https://ask.example', camera: true, microphone: true},
       ]);
       // Granted for the session: no second prompt for the camera.
       (await devices.getUserMedia({video: true})).getTracks()[0].stop();
       assert.equal(requests.length, 1);
       mediacapture.uninstall(global);
     });

test('a permission function that returns false, rejects or throws denies',
     async () => {
       for (const answer of [() => false, () => Promise.reject(new Error('no')),
                             () => {
                               throw new Error('no');
                             }]) {
         const global = context({permission: answer});
         await assert.rejects(
             global.navigator.mediaDevices.getUserMedia({video: true}),
             {name: 'NotAllowedError'});
         mediacapture.uninstall(global);
       }
     });

test('setPermission("camera", "denied") ends the live camera track',
     async () => {
       const global = context({permission: 'grant'});
       const stream =
           await global.navigator.mediaDevices.getUserMedia({video: true});
       const [track] = stream.getTracks();
       const ended = new Promise((resolve) => track.onended = resolve);
       mediacapture.setPermission(global, 'camera', 'denied');
       await ended;
       assert.equal(track.readyState, 'ended');
       await assert.rejects(
           global.navigator.mediaDevices.getUserMedia({video: true}),
           {name: 'NotAllowedError'});
       mediacapture.uninstall(global);
     });

test('two vm contexts with two origins get different device ids',
     async () => {
       const one = context({origin: 'https://one.example', permission: 'grant'});
       const two = context({origin: 'https://two.example', permission: 'grant'});
       const ids = [];
       for (const global of [one, two]) {
         const stream =
             await global.navigator.mediaDevices.getUserMedia({audio: true});
         const [track] = stream.getTracks();
         assert.ok(track instanceof global.MediaStreamTrack);
         ids.push(track.getSettings().deviceId);
         track.stop();
       }
       assert.match(ids[0], /^[0-9a-f]{64}$/);
       assert.match(ids[1], /^[0-9a-f]{64}$/);
       assert.notEqual(ids[0], ids[1]);
       // Each context has its own interfaces.
       assert.notEqual(one.MediaStreamTrack, two.MediaStreamTrack);
       assert.notEqual(one.MediaStreamTrack, globalThis.MediaStreamTrack);
       mediacapture.uninstall(one);
       mediacapture.uninstall(two);
     });

test('a profileDir keeps device ids and decisions across installs',
     async () => {
       const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mediacapture-'));
       try {
         const options = {origin: 'https://keep.example', profileDir: dir};
         const first = context({...options, permission: 'grant'});
         const stream =
             await first.navigator.mediaDevices.getUserMedia({video: true});
         const id = stream.getTracks()[0].getSettings().deviceId;
         stream.getTracks()[0].stop();
         mediacapture.uninstall(first);
         const second = context({...options, permission: 'grant'});
         const again =
             await second.navigator.mediaDevices.getUserMedia({video: true});
         assert.equal(again.getTracks()[0].getSettings().deviceId, id);
         again.getTracks()[0].stop();
         mediacapture.uninstall(second);
       } finally {
         fs.rmSync(dir, {recursive: true, force: true});
       }
     });

test('an insecure origin has no navigator.mediaDevices', () => {
  const global = context({origin: 'http://insecure.example'});
  assert.equal(global.navigator.mediaDevices, undefined);
  assert.equal('getUserMedia' in global.navigator, false);
  assert.equal(global.MediaDevices, undefined);
  // secureContext overrides what the origin implies.
  const forced = context({origin: 'http://insecure.example',
                          secureContext: true});
  assert.equal(typeof forced.navigator.mediaDevices, 'object');
  mediacapture.uninstall(forced);
  mediacapture.uninstall(global);
});

test('bad arguments and options throw TypeErrors naming them', () => {
  assert.throws(() => mediacapture.install({}), TypeError);
  assert.throws(() => mediacapture.install(42), TypeError);
  for (const options of [
         {origin: 42}, {origin: ''}, {permission: 'maybe'},
         {fakeDevices: 7}, {profileDir: 1}, {onWarning: 'x'},
         {secureContext: 'yes'}]) {
    const sandbox = vm.createContext({});
    const name = Object.keys(options)[0];
    assert.throws(() => mediacapture.install(sandbox, options),
                  (error) => error instanceof TypeError &&
                      error.message.includes('options.' + name),
                  name);
  }
  assert.throws(() => mediacapture.setPermission(globalThis, 'camera', 'x'),
                Error);
});

test('install twice on one global and use after uninstall throw', () => {
  const global = context({permission: 'grant'});
  assert.throws(() => mediacapture.install(global, {}), Error);
  mediacapture.uninstall(global);
  assert.throws(() => mediacapture.setPermission(global, 'camera', 'granted'),
                /uninstalled/);
});

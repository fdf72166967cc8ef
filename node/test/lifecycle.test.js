// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Devices that come and go (devicechange, ended on unplug), and Node's
// process lifetime: the library keeps Node running only while there is
// something to wait for.
'use strict';

const assert = require('node:assert/strict');
const {spawn} = require('node:child_process');
const {test} = require('node:test');
const vm = require('node:vm');
const mediacapture = require('mediacapture');

function context(options) {
  const sandbox = vm.createContext({});
  mediacapture.install(sandbox, {fakeDevices: true, permission: 'grant',
                                 ...options});
  return vm.runInContext('globalThis', sandbox);
}

function once(target, type) {
  return new Promise((resolve) => target.addEventListener(type, resolve,
                                                          {once: true}));
}

test('addFakeDevice fires devicechange and lists the new camera', async () => {
  const global = context({});
  const devices = global.navigator.mediaDevices;
  (await devices.getUserMedia({video: true})).getTracks()[0].stop();
  const before = (await devices.enumerateDevices())
                     .filter((device) => device.kind === 'videoinput');
  const changed = once(devices, 'devicechange');
  mediacapture.addFakeDevice(global, 'videoinput');
  const event = await changed;
  assert.equal(event.type, 'devicechange');
  assert.ok(event instanceof global.Event);
  const after = (await devices.enumerateDevices())
                    .filter((device) => device.kind === 'videoinput');
  assert.equal(after.length, before.length + 1);
  mediacapture.uninstall(global);
});

test('removeFakeDevice ends the live track with an ended event', async () => {
  const global = context({});
  const stream = await global.navigator.mediaDevices.getUserMedia(
      {video: true, audio: true});
  const [video] = stream.getVideoTracks();
  const [audio] = stream.getAudioTracks();
  const ended = once(video, 'ended');
  mediacapture.removeFakeDevice(global, 'videoinput');
  const event = await ended;
  assert.equal(event.type, 'ended');
  assert.equal(video.readyState, 'ended');
  assert.equal(audio.readyState, 'live');
  audio.stop();
  assert.throws(() => mediacapture.addFakeDevice(global, 'speaker'), TypeError);
  mediacapture.uninstall(global);
});

test('uninstall ends the context\'s live tracks', async () => {
  const global = context({});
  const stream =
      await global.navigator.mediaDevices.getUserMedia({audio: true});
  mediacapture.uninstall(global);
  assert.equal(stream.getTracks()[0].readyState, 'ended');
});

// Runs |source| in a new tools/node process; resolves with its exit code,
// stdout and how long it ran after printing "stopped".
function runNode(source, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', source],
                        {stdio: ['ignore', 'pipe', 'pipe'], env: process.env});
    let stdout = '';
    let stderr = '';
    let stoppedAt = null;
    child.stdout.on('data', (data) => {
      stdout += data;
      if (stoppedAt === null && stdout.includes('stopped\n'))
        stoppedAt = Date.now();
    });
    child.stderr.on('data', (data) => stderr += data);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({code: null, stdout, stderr, afterStop: null});
    }, timeoutMs);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr,
               afterStop: stoppedAt === null ? null : Date.now() - stoppedAt});
    });
  });
}

test('the process exits by itself once every track has stopped', async () => {
  const {code, stdout, stderr, afterStop} = await runNode(`
    const mediacapture = require('mediacapture');
    const nodeGlobals = [EventTarget, Event, DOMException, AbortController];
    mediacapture.install(globalThis, {fakeDevices: true, permission: 'grant'});
    (async () => {
      const stream = await navigator.mediaDevices.getUserMedia(
          {video: {width: 1280, height: 720}, audio: true});
      const {width, height} = stream.getVideoTracks()[0].getSettings();
      const devices = await navigator.mediaDevices.enumerateDevices();
      let ended = 0;
      for (const track of stream.getTracks()) {
        track.onended = () => ++ended;
        track.stop();
      }
      const same = [EventTarget, Event, DOMException, AbortController]
                       .every((value, i) => value === nodeGlobals[i]);
      console.log(JSON.stringify({width, height, same,
        labels: devices.map((device) => device.label)}));
      console.log('stopped');
      process.on('exit', () => console.log('ended events: ' + ended));
    })();
  `, 10000);
  assert.equal(code, 0, stderr);
  const [first] = stdout.split('\n');
  const result = JSON.parse(first);
  assert.equal(result.width, 1280);
  assert.equal(result.height, 720);
  assert.equal(result.same, true);
  assert.ok(result.labels.length >= 2);
  assert.ok(result.labels.every((label) => label !== ''), first);
  assert.match(stdout, /ended events: 0\n/);
  assert.notEqual(afterStop, null);
  // The exit is prompt: the library holds no handle once nothing is
  // pending (process teardown alone takes some tens of ms).
  assert.ok(afterStop < 1000, 'exited ' + afterStop + ' ms after stop');
});

test('a live track keeps the process running until it is stopped',
     async () => {
       const {code, stdout, stderr} = await runNode(`
    const mediacapture = require('mediacapture');
    mediacapture.install(globalThis, {fakeDevices: true, permission: 'grant'});
    navigator.mediaDevices.getUserMedia({audio: true}).then((stream) => {
      const [track] = stream.getTracks();
      let timers = 0;
      // Nothing else holds the loop: only the live track does.
      const tick = () => {
        if (++timers < 5) {
          setTimeout(tick, 20).unref();
          return;
        }
        console.log('still running, ' + track.readyState);
        track.stop();
        console.log('stopped');
      };
      setTimeout(tick, 20).unref();
    });
  `, 10000);
       assert.equal(code, 0, stderr);
       assert.match(stdout, /still running, live\nstopped\n/);
     });

test('a permission function may answer later, from its own timer',
     async () => {
       const {code, stdout, stderr} = await runNode(`
    const mediacapture = require('mediacapture');
    mediacapture.install(globalThis, {fakeDevices: true,
        permission: () => new Promise((resolve) =>
            setTimeout(() => resolve(false), 100))});
    navigator.mediaDevices.getUserMedia({video: true}).catch((error) => {
      console.log(error.name);
      console.log('stopped');
    });
  `, 10000);
       assert.equal(code, 0, stderr);
       assert.equal(stdout, 'NotAllowedError\nstopped\n');
     });

test('a prompt that script never answers does not keep the process alive',
     async () => {
       // As with any promise that waits on nothing, Node exits; the
       // getUserMedia() promise never settles.
       const {code, stdout, stderr} = await runNode(`
    const mediacapture = require('mediacapture');
    mediacapture.install(globalThis, {fakeDevices: true,
        permission: () => new Promise(() => {})});
    navigator.mediaDevices.getUserMedia({video: true}).then(
        () => console.log('resolved'), () => console.log('rejected'));
    process.on('exit', () => console.log('exit'));
  `, 10000);
       assert.equal(code, 0, stderr);
       assert.equal(stdout, 'exit\n');
     });

test('an exception thrown by a listener is Node\'s uncaught exception',
     async () => {
       const {code, stdout, stderr} = await runNode(`
    const mediacapture = require('mediacapture');
    mediacapture.install(globalThis, {fakeDevices: true, permission: 'grant'});
    process.on('uncaughtException', (error) => {
      console.log('uncaught: ' + error.message);
      console.log('stopped');
    });
    navigator.mediaDevices.getUserMedia({video: true}).then((stream) => {
      const [track] = stream.getTracks();
      track.onended = () => { throw new Error('from onended'); };
      mediacapture.removeFakeDevice(globalThis, 'videoinput');
    });
  `, 10000);
       assert.equal(code, 0, stderr);
       assert.equal(stdout, 'uncaught: from onended\nstopped\n');
     });

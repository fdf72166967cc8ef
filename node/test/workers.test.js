// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Many isolates on many threads: worker_threads, each with its own install,
// and workers or the process ended while they capture.
'use strict';

const assert = require('node:assert/strict');
const {spawnSync} = require('node:child_process');
const {test} = require('node:test');
const {Worker} = require('node:worker_threads');

// A worker that installs with |origin|, gets a camera and a microphone and
// posts the camera's settings; with |stop|, it stops the tracks after.
function worker(origin, stop) {
  return new Worker(`
    const {parentPort} = require('node:worker_threads');
    const mediacapture = require('mediacapture');
    mediacapture.install(globalThis, {fakeDevices: true, permission: 'grant',
                                      origin: ${JSON.stringify(origin)}});
    navigator.mediaDevices.getUserMedia({video: true, audio: true}).then(
        (stream) => {
          globalThis.stream = stream;
          parentPort.postMessage(stream.getVideoTracks()[0].getSettings());
          if (${stop})
            stream.getTracks().forEach((track) => track.stop());
        },
        (error) => parentPort.postMessage({error: String(error)}));
  `, {eval: true});
}

function settle(w) {
  return new Promise((resolve, reject) => {
    let message;
    w.on('message', (m) => message = m);
    w.on('error', reject);
    w.on('exit', (code) => resolve({code, message}));
  });
}

test('three workers capture at once, each with its own origin', async () => {
  const results = await Promise.all(['https://a.example', 'https://b.example',
                                     'https://c.example'].map(
      (origin) => settle(worker(origin, true))));
  const ids = new Set();
  for (const {code, message} of results) {
    // Each worker exits by itself once its tracks are stopped.
    assert.equal(code, 0);
    assert.equal(message.error, undefined, message.error);
    assert.equal(typeof message.width, 'number');
    ids.add(message.deviceId);
  }
  assert.equal(ids.size, 3);
});

test('workers terminated while capturing end cleanly, 20 in a row',
     async () => {
       for (let i = 0; i < 20; ++i) {
         const w = worker('https://t.example', false);
         const live = new Promise((resolve) => w.once('message', resolve));
         const exited = settle(w);
         const settings = await live;
         assert.equal(typeof settings.width, 'number');
         await w.terminate();
         const {code} = await exited;
         assert.equal(code, 1);  // What terminate() gives.
       }
     });

test('process.exit() while capturing exits with its code', () => {
  const result = spawnSync(process.execPath, ['-e', `
    const mediacapture = require('mediacapture');
    mediacapture.install(globalThis, {fakeDevices: true, permission: 'grant'});
    navigator.mediaDevices.getUserMedia({video: true, audio: true}).then(
        (stream) => { globalThis.stream = stream; process.exit(3); });
  `], {encoding: 'utf8', timeout: 10000});
  assert.equal(result.status, 3, result.stderr);
  assert.equal(result.stderr, '');
});

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Helpers shared by the pages in web_tests/mediacapture/ and
// web_tests/permissions/. Written for this project; see ../README.md for the
// shell flags and the `internals` API the pages assume.
'use strict';

// The canonical textual form of a UUID (RFC 4122 section 3), 36 characters.
// https://w3c.github.io/mediacapture-main/#dom-mediastream-id: "A good
// practice is to use a UUID [rfc4122], which is 36 characters long in its
// canonical form."
const kUuidRegExp =
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Every constrainable property of the spec.
// https://w3c.github.io/mediacapture-main/#media-track-supported-constraints
const kSpecConstrainableProperties = [
  'width', 'height', 'aspectRatio', 'frameRate', 'facingMode', 'resizeMode',
  'sampleRate', 'sampleSize', 'echoCancellation', 'autoGainControl',
  'noiseSuppression', 'latency', 'channelCount', 'deviceId', 'groupId',
  'voiceIsolation',
];

// The properties that apply to video tracks only and to audio tracks only.
// https://w3c.github.io/mediacapture-main/#constrainable-properties
const kVideoOnlyProperties =
    ['width', 'height', 'aspectRatio', 'frameRate', 'facingMode', 'resizeMode'];
const kAudioOnlyProperties = [
  'sampleRate', 'sampleSize', 'echoCancellation', 'autoGainControl',
  'noiseSuppression', 'latency', 'channelCount', 'voiceIsolation',
];

// Properties a track keeps exposing through getSettings() once ended.
// https://w3c.github.io/mediacapture-main/#list-of-inherent-constrainable-track-properties
const kInherentProperties = ['deviceId', 'facingMode', 'groupId'];

// Fails with a readable message when the shell has no `internals` object.
function assert_internals() {
  assert_equals(typeof internals, 'object',
                'this page needs capture_shell\'s internals object');
}

// Calls getUserMedia and stops every track it returns when |t| ends.
async function getUserMediaForTest(t, constraints) {
  const stream = await navigator.mediaDevices.getUserMedia(constraints);
  t.add_cleanup(() => { stream.getTracks().forEach(track => track.stop()); });
  return stream;
}

// The one track of |kind| ("audio" or "video") that getUserMedia returns for
// {[kind]: trackConstraints}; stopped when |t| ends.
async function getTrackForTest(t, kind, trackConstraints = true) {
  const stream = await getUserMediaForTest(t, {[kind]: trackConstraints});
  const tracks = kind === 'audio' ? stream.getAudioTracks()
                                  : stream.getVideoTracks();
  assert_equals(tracks.length, 1, `one ${kind} track`);
  return tracks[0];
}

// Stops |tracks| when |t| ends.
function stopOnCleanup(t, ...tracks) {
  t.add_cleanup(() => { tracks.forEach(track => track.stop()); });
}

// Resolves with the reason |promise| rejects with; fails if it fulfills.
async function rejectionOf(promise, description) {
  let value;
  try {
    value = await promise;
  } catch (reason) {
    return reason;
  }
  assert_unreached(`${description}: expected a rejection, got ${value}`);
}

// Checks that |error| is an OverconstrainedError naming |constraint| (a
// string; undefined to skip that check).
// https://w3c.github.io/mediacapture-main/#overconstrainederror-interface
function assert_overconstrained(error, constraint, description) {
  const prefix = description ? description + ': ' : '';
  assert_true(error instanceof OverconstrainedError,
              `${prefix}an OverconstrainedError, got ${error}`);
  assert_true(error instanceof DOMException, `${prefix}a DOMException`);
  assert_equals(error.name, 'OverconstrainedError', `${prefix}name`);
  assert_equals(error.code, 0, `${prefix}code (no legacy code)`);
  assert_equals(typeof error.message, 'string', `${prefix}message`);
  assert_equals(typeof error.constraint, 'string', `${prefix}constraint type`);
  if (constraint !== undefined)
    assert_equals(error.constraint, constraint, `${prefix}constraint`);
}

// Awaits |promise|, which must reject with an OverconstrainedError naming
// |constraint|.
async function promise_rejects_overconstrained(promise, constraint,
                                               description) {
  const error = await rejectionOf(promise, description);
  assert_overconstrained(error, constraint, description);
  return error;
}

// The legacy code WebIDL gives each DOMException name the pages expect
// (https://webidl.spec.whatwg.org/#dfn-error-names-table); 0 for the names
// that have none.
const kDomExceptionCodes = {
  NotFoundError: 8,
  InvalidStateError: 11,
  AbortError: 20,
  NotAllowedError: 0,
  NotReadableError: 0,
  OverconstrainedError: 0,
};

// Awaits |promise|, which must reject with a DOMException named |name|
// (for names testharness.js knows no legacy code for, too).
async function promise_rejects_named(promise, name, description) {
  const error = await rejectionOf(promise, description);
  assert_true(error instanceof DOMException,
              `${description}: a DOMException, got ${error}`);
  assert_equals(error.name, name, description);
  if (name in kDomExceptionCodes)
    assert_equals(error.code, kDomExceptionCodes[name], `${description}: code`);
  return error;
}

// A promise that resolves after |ms| milliseconds, inside |t|.
function delay(t, ms) {
  return new Promise(resolve => t.step_timeout(resolve, ms));
}

// Resolves with the next |type| event at |target|; fails |t| when none comes
// within |timeoutMs|.
function nextEvent(t, target, type, timeoutMs = 1000) {
  return new Promise((resolve, reject) => {
    const timer = t.step_timeout(() => {
      target.removeEventListener(type, listener);
      reject(new Error(`no ${type} event within ${timeoutMs} ms`));
    }, timeoutMs);
    function listener(event) {
      clearTimeout(timer);
      target.removeEventListener(type, listener);
      resolve(event);
    }
    target.addEventListener(type, listener);
  });
}

// Records every |type| event at |target| from now on, until |t| ends.
function recordEvents(t, target, type) {
  const events = [];
  const listener = event => events.push(event);
  target.addEventListener(type, listener);
  t.add_cleanup(() => { target.removeEventListener(type, listener); });
  return events;
}

// Waits until internals.trackStats(track) shows |count| more delivered frames
// (video) or buffers (audio), then returns the stats.
async function waitForFrames(t, track, count = 3, timeoutMs = 1500) {
  assert_internals();
  const start = internals.trackStats(track).framesDelivered;
  await t.step_wait(
      () => internals.trackStats(track).framesDelivered >= start + count,
      `${count} more frames delivered to track ${track.label}`, timeoutMs, 10);
  return internals.trackStats(track);
}

// Compares two dictionaries (nested plain objects and arrays) by value,
// ignoring the order of keys.
function assert_dictionary_equals(actual, expected, description) {
  const canonical = value => {
    if (Array.isArray(value))
      return value.map(canonical);
    if (value !== null && typeof value === 'object') {
      const sorted = {};
      for (const key of Object.keys(value).sort())
        sorted[key] = canonical(value[key]);
      return sorted;
    }
    return value;
  };
  assert_equals(JSON.stringify(canonical(actual)),
                JSON.stringify(canonical(expected)), description);
}

// The devices of |kind| in |devices| (a MediaDeviceInfo sequence).
function devicesOfKind(devices, kind) {
  return devices.filter(device => device.kind === kind);
}

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// META: title=A .any.js test runs inside a generated page
// META: script=resources/helper.js
'use strict';

test(() => {
  assert_true(GLOBAL.isWindow());
  assert_false(GLOBAL.isWorker());
}, 'GLOBAL says this is a window');

test(() => {
  assert_equals(helperValue, 'from helper.js');
}, 'META: script= loads before the test');

test(() => {
  assert_equals(typeof promise_test, 'function');
}, 'testharness.js is loaded first');

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// test_driver for capture_shell: the part of WPT's testdriver API
// (https://web-platform-tests.org/writing-tests/testdriver.html) that media
// capture tests use. As in WPT, the public `test_driver` methods forward to
// `test_driver_internal`, whose defaults reject; testdriver-vendor.js
// replaces them with the shell's implementation.

(function() {
  'use strict';

  function notImplemented(name) {
    return Promise.reject(
        new Error('test_driver.' + name + ' is not implemented by this ' +
                  'browser (load /resources/testdriver-vendor.js)'));
  }

  self.test_driver_internal = {
    set_permission(descriptor, state, context) {
      return notImplemented('set_permission');
    },
    bless(intent, action, context) {
      return notImplemented('bless');
    },
  };

  self.test_driver = {
    // Sets the permission named by |descriptor| ({name: 'camera'}) to
    // |state| ('granted', 'denied' or 'prompt'). Resolves when it is set.
    set_permission(descriptor, state, context = null) {
      return test_driver_internal.set_permission(descriptor, state, context);
    },

    // Runs |action| with transient user activation, as if the user had
    // clicked; resolves with what |action| returns.
    bless(intent, action, context = null) {
      return test_driver_internal.bless(intent, action, context);
    },
  };
})();

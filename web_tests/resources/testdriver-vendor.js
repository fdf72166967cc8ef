// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// capture_shell's implementation of test_driver_internal (see
// testdriver.js), through the shell's native hooks on __captureShell.

(function() {
  'use strict';
  const shell = self.__captureShell;
  if (!shell || !self.test_driver_internal)
    return;

  test_driver_internal.set_permission = function(descriptor, state, context) {
    if (typeof shell.setPermission !== 'function') {
      return Promise.reject(new Error(
          'test_driver.set_permission is not supported yet by capture_shell ' +
          '(it has no permission store)'));
    }
    try {
      return Promise.resolve(shell.setPermission(descriptor, state));
    } catch (e) {
      return Promise.reject(e);
    }
  };

  test_driver_internal.bless = function(intent, action, context) {
    // The shell has no user activation to grant yet; when it does, it is
    // granted here, around |action|.
    if (typeof shell.activateUser === 'function')
      shell.activateUser();
    return new Promise(resolve => resolve(action ? action() : undefined));
  };
})();

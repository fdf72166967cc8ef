// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// capture_shell's testharnessreport.js: prints testharness.js results in
// Blink's text form and tells the shell when the page is finished.
//
//   This is a testharness.js-based test.
//   Harness Error. harness_status.status = 1 , harness_status.message = ...
//   [PASS] name
//   [FAIL] name
//     message
//   Harness: the test ran to completion.
//
// The shell's global has no `document`, so testharness.js picks its
// ShellTestEnvironment, which counts the page as loaded one microtask after
// testharness.js ran; a browser waits for the load event instead. To keep
// the browser's behaviour (tests from later <script>s count), this file
// holds the harness open with setup({explicit_done: true}) and calls done()
// at the load event, unless the page asked for explicit_done (or
// single_test) itself, in which case the page's own done() ends it.

(function() {
  'use strict';
  const shell = self.__captureShell;
  if (!shell || typeof setup !== 'function') {
    // Not in capture_shell, or testharness.js did not load: nothing to do.
    return;
  }

  const harnessSetup = self.setup;
  const harnessDone = self.done;
  let pageWantsExplicitDone = false;
  let pageCalledDone = false;
  let loaded = false;
  let finished = false;
  // Every test the harness made, in order, for the timeout report.
  const knownTests = [];

  function propertiesOf(args) {
    if (args.length === 2)
      return args[1];
    return typeof args[0] === 'function' ? null : args[0];
  }

  self.setup = function() {
    const properties = propertiesOf(arguments);
    if (properties &&
        (properties.explicit_done || properties.single_test)) {
      pageWantsExplicitDone = true;
    }
    return harnessSetup.apply(this, arguments);
  };

  self.done = function() {
    if (!loaded) {
      // Like a browser: the harness ends no sooner than the load event.
      pageCalledDone = true;
      return;
    }
    return harnessDone.apply(this, arguments);
  };

  harnessSetup({explicit_done: true, output: false});

  addEventListener('load', function() {
    loaded = true;
    if (!pageWantsExplicitDone || pageCalledDone)
      harnessDone();
  });

  const kStatusNames = {
    0: 'PASS',
    1: 'FAIL',
    2: 'TIMEOUT',
    3: 'NOTRUN',
    4: 'PRECONDITION_FAILED',
  };

  // Keeps each result on its lines: a message's later lines are indented
  // like its first.
  function indent(text) {
    return String(text).replace(/\r?\n/g, '\n  ');
  }

  function resultLines(name, status, message) {
    let text = '[' + (kStatusNames[status] || 'NOTRUN') + '] ' +
        String(name).replace(/\r?\n/g, ' ') + '\n';
    if (status !== 0 && message)
      text += '  ' + indent(message) + '\n';
    return text;
  }

  function harnessErrorLine(status, message) {
    return 'Harness Error. harness_status.status = ' + status +
        ' , harness_status.message = ' + indent(message) + '\n';
  }

  add_test_state_callback(function(test) {
    if (!knownTests.includes(test))
      knownTests.push(test);
  });

  add_completion_callback(function(tests, harnessStatus) {
    if (finished)
      return;
    finished = true;
    let text = 'This is a testharness.js-based test.\n';
    if (harnessStatus.status !== 0)
      text += harnessErrorLine(harnessStatus.status, harnessStatus.message);
    for (const test of tests)
      text += resultLines(test.name, test.status, test.message);
    text += 'Harness: the test ran to completion.\n';
    shell.print(text);
    shell.notifyDone();
  });

  // At --timeout: what finished, and TIMEOUT for what did not.
  shell.setTimeoutReporter(function() {
    if (finished)
      return;
    finished = true;
    let text = 'This is a testharness.js-based test.\n';
    text += harnessErrorLine(2, 'the page did not finish in time');
    for (const test of knownTests) {
      // A test with no result yet is still running (or waiting to run).
      const done = test.phase >= test.phases.HAS_RESULT;
      text += resultLines(test.name, done ? test.status : 2,
                          done ? test.message : null);
    }
    shell.print(text);
  });

  shell.waitUntilDone();
})();

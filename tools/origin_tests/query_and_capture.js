// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Prints "STATE <camera permission state>", then "GUM ok" or "GUM <error>",
// then "DONE". https://w3c.github.io/mediacapture-main/#permissions-integration
(async () => {
  try {
    const status = await navigator.permissions.query({name: 'camera'});
    console.log(`STATE ${status.state}`);
  } catch (e) {
    console.log(`STATE error ${e.name}`);
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({video: true});
    stream.getTracks().forEach(t => t.stop());
    console.log('GUM ok');
  } catch (e) {
    console.log(`GUM ${e.name}`);
  }
  console.log('DONE');
  __captureShell.notifyDone();
})();

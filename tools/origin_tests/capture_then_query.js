// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Prints "GUM ok" or "GUM <error>", then "STATE <camera permission state>",
// then "DONE".
(async () => {
  try {
    const stream = await navigator.mediaDevices.getUserMedia({video: true});
    stream.getTracks().forEach(t => t.stop());
    console.log('GUM ok');
  } catch (e) {
    console.log(`GUM ${e.name}`);
  }
  // A second grant: a second write to the store.
  await navigator.mediaDevices.getUserMedia({audio: true})
      .then(s => s.getTracks().forEach(t => t.stop()), () => {});
  const status = await navigator.permissions.query({name: 'camera'});
  console.log(`STATE ${status.state}`);
  console.log('DONE');
  __captureShell.notifyDone();
})();

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Prints one line per device: "ID <kind> <deviceId> <groupId>", after a
// getUserMedia() grant (so deviceIds are exposed), then "DONE".
// https://w3c.github.io/mediacapture-main/#dom-mediadeviceinfo-deviceid
(async () => {
  try {
    const stream =
        await navigator.mediaDevices.getUserMedia({video: true, audio: true});
    for (const track of stream.getTracks())
      track.stop();
    const devices = await navigator.mediaDevices.enumerateDevices();
    for (const d of devices)
      console.log(`ID ${d.kind} ${d.deviceId} ${d.groupId}`);
    console.log('DONE');
  } catch (e) {
    console.log(`ERROR ${e.name}: ${e.message}`);
  }
  __captureShell.notifyDone();
})();

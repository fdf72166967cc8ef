// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Prints what enumerateDevices() exposes and what an OverconstrainedError
// names before this document captured, then after a getUserMedia() grant:
//   BEFORE <deviceIds> <labels> <constraint>
//   GUM ok | GUM <error name>
//   AFTER <deviceIds> <labels> <constraint>
//   DONE
// where <deviceIds> and <labels> count the non-empty ones and <constraint>
// is OverconstrainedError.constraint for an unsatisfiable width ('-' when
// empty). https://w3c.github.io/mediacapture-main/#device-information-exposure
(async () => {
  const report = async label => {
    const devices = await navigator.mediaDevices.enumerateDevices();
    const ids = devices.filter(d => d.deviceId !== '').length;
    const labels = devices.filter(d => d.label !== '').length;
    let constraint = 'none';
    try {
      await navigator.mediaDevices.getUserMedia(
          {video: {width: {exact: 100000}}});
    } catch (e) {
      constraint = e.name === 'OverconstrainedError' ? (e.constraint || '-')
                                                     : e.name;
    }
    console.log(`${label} ${ids} ${labels} ${constraint}`);
  };
  try {
    await report('BEFORE');
    try {
      const stream =
          await navigator.mediaDevices.getUserMedia({video: true, audio: true});
      stream.getTracks().forEach(t => t.stop());
      console.log('GUM ok');
    } catch (e) {
      console.log(`GUM ${e.name}`);
    }
    await report('AFTER');
  } catch (e) {
    console.log(`ERROR ${e.name}: ${e.message}`);
  }
  console.log('DONE');
  __captureShell.notifyDone();
})();

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Captures one second from the camera and the microphone and shows what
// arrived: each track's settings, the frames delivered, the last frame's
// average luma and the audio level (through capture_shell's `internals`,
// which reads the tracks with the embedding API's sinks).
//
// tools/demo runs it with fake devices when the machine has no camera:
//   capture_shell --use-fake-device-for-media-stream \
//                 --use-fake-ui-for-media-stream examples/capture.js

function wait(ms) {
  return new Promise(resolve => setTimeout(resolve, ms));
}

async function main() {
  const stream = await navigator.mediaDevices.getUserMedia(
      {audio: true, video: {width: 640, height: 480}});
  for (const track of stream.getTracks()) {
    internals.trackStats(track);  // Starts counting from now.
    console.log(`${track.kind} track "${track.label}"`);
    console.log('  settings:', track.getSettings());
  }
  await wait(1000);
  for (const track of stream.getTracks()) {
    const stats = internals.trackStats(track);
    if (track.kind === 'video') {
      console.log(`  video: ${stats.framesDelivered} frames of ` +
                  `${stats.width}x${stats.height} in 1 s, last frame's ` +
                  `average luma ${stats.lastFrameAverageLuma.toFixed(1)}`);
    } else {
      console.log(`  audio: level ${stats.audioLevel.toFixed(3)}`);
    }
    track.stop();
  }
  const devices = await navigator.mediaDevices.enumerateDevices();
  console.log('devices:', devices.map(d => `${d.kind} "${d.label}"`).join(', '));
}

main().catch(error => {
  console.error(`capture failed: ${error.name}: ${error.message}`);
  throw error;
});

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// The smallest page for capture_shell: prints through console.log.
// tools/demo runs every example here.
const engine = typeof navigator === 'object' && navigator.mediaDevices
    ? 'with navigator.mediaDevices'
    : 'without navigator.mediaDevices yet';
console.log(`capture_shell runs JavaScript (${engine}).`);
console.log('6 * 7 =', 6 * 7);

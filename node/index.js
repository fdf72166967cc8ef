// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// require("mediacapture"): Media Capture and Streams for Node.js.
//
//   const mediacapture = require('mediacapture');
//   mediacapture.install(globalThis, {fakeDevices: true, permission: 'grant'});
//   const stream = await navigator.mediaDevices.getUserMedia({video: true});
//
// node/README.md documents install()'s options and the test utilities.
'use strict';

const vm = require('vm');
const binding = require('./mediacapture.node');

binding.setHooks(
    // An exception that an event listener or a callback threw: uncaught,
    // as Node's own EventTarget reports one.
    (error) => {
      process.nextTick(() => {
        throw error;
      });
    },
    // The default onWarning.
    (message) => {
      process.emitWarning(message, 'MediaCaptureWarning');
    });

// No capture thread may outlive the process: process.exit() skips the
// environment's cleanup hooks on the main thread, but not 'exit'.
process.on('exit', () => binding.uninstallAll());

// A vm context's sandbox object (vm.createContext(sandbox)) stands for the
// context: the functions take its global, as they take globalThis.
function globalOf(target) {
  return vm.isContext(target) ? vm.runInContext('globalThis', target) :
                                target;
}

function forGlobal(method) {
  const wrapped = {
    [method.name](target, ...rest) {
      return method(globalOf(target), ...rest);
    },
  }[method.name];
  Object.defineProperty(wrapped, 'length', {value: method.length});
  return wrapped;
}

module.exports = Object.freeze({
  install: forGlobal(binding.install),
  uninstall: forGlobal(binding.uninstall),
  addFakeDevice: forGlobal(binding.addFakeDevice),
  removeFakeDevice: forGlobal(binding.removeFakeDevice),
  setPermission: forGlobal(binding.setPermission),
});

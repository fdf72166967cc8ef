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

// util.inspect() (console.log) shows our objects' attributes, as a
// browser's console does: MediaStreamTrack { kind: 'video', ... }.
const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kInspected = [
  'DeviceChangeEvent', 'InputDeviceInfo', 'MediaDeviceInfo', 'MediaDevices',
  'MediaStream', 'MediaStreamTrack', 'MediaStreamTrackEvent',
  'PermissionStatus', 'Permissions',
];

function attributesOf(object) {
  const names = [];
  for (let proto = Object.getPrototypeOf(object);
       proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    for (const [name, descriptor] of Object.entries(
             Object.getOwnPropertyDescriptors(proto))) {
      if (descriptor.get && !names.includes(name))
        names.push(name);
    }
  }
  const attributes = {};
  for (const name of names) {
    try {
      const value = object[name];
      // Unset event handlers (onended: null) would only be noise.
      if (!(name.startsWith('on') && value === null))
        attributes[name] = value;
    } catch {
      // A getter that needs something else of `this`: leave it out.
    }
  }
  return attributes;
}

function defineInspect(global) {
  for (const name of kInspected) {
    const constructor = global[name];
    if (typeof constructor !== 'function' ||
        Object.prototype.hasOwnProperty.call(constructor.prototype, kInspect))
      continue;
    Object.defineProperty(constructor.prototype, kInspect, {
      value: function(depth, options, inspect) {
        const attributes = attributesOf(this);
        if (depth < 0)
          return `${name} {}`;
        return `${name} ${inspect(attributes, {...options,
                                            depth: options.depth === null ?
                                                null : options.depth - 1})}`;
      },
      configurable: true,
      writable: true,
    });
  }
}

function install(target, options) {
  const global = globalOf(target);
  binding.install(global, options);
  defineInspect(global);
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
  install,
  uninstall: forGlobal(binding.uninstall),
  addFakeDevice: forGlobal(binding.addFakeDevice),
  removeFakeDevice: forGlobal(binding.removeFakeDevice),
  setPermission: forGlobal(binding.setPermission),
});

// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// META: script=/resources/webidl2.js
// META: script=/resources/idlharness.js

// The generated bindings of the DOM pieces this project implements (Event,
// EventTarget, DOMException, AbortController, AbortSignal; idl/dom/) checked by idlharness.js: interface
// objects, prototype chains, property attributes, lengths, names,
// @@toStringTag, brand checks and the members of real instances.
// https://webidl.spec.whatwg.org/#es-interfaces

'use strict';

const kIdlFiles = ['dom/AbortSignal.idl', 'dom/DOMException.idl',
                   'dom/Event.idl', 'dom/EventTarget.idl',
                   'dom/EventHandler.idl'];

promise_test(async () => {
  const sources = await Promise.all(kIdlFiles.map(
      file => fetch('/interfaces/' + file).then(response => response.text())));
  const idl_array = new IdlArray();
  // EventListener is a callback interface without constants, so it has no
  // interface object to test; and idlharness needs a Window global to place
  // a definition without [Exposed], which the shell's global is not.
  for (const source of sources)
    idl_array.add_idls(source,
                       {except: ['EventListener', 'EventHandlerNonNull']});
  idl_array.add_objects({
    EventTarget: ['new EventTarget()'],
    Event: ['new Event("type")'],
    DOMException: ['new DOMException("message", "NotFoundError")'],
    AbortController: ['new AbortController()'],
    AbortSignal: ['new AbortController().signal'],
  });
  idl_array.test();
}, 'the IDL files load and parse');

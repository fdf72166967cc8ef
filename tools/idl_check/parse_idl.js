#!/usr/bin/env node
// Copyright 2026 The mediacapture authors. All rights reserved.
// Use of this source code is governed by a BSD-style license that can be
// found in the LICENSE file.
//
// Parses WebIDL files with webidl2.js and prints, as one JSON document on
// stdout, the syntax tree of each file or the parse error:
//
//   {"files": [{"path": "...", "ok": true, "definitions": [...]},
//              {"path": "...", "ok": false, "error": "..."}],
//    "validation": [{"rule": "...", "message": "..."}]}
//
// With --validate, "validation" lists the messages of webidl2's validate()
// run over all the files together (e.g. a dictionary argument that is not
// optional, a duplicate definition, an unknown extended attribute form).
//
// Usage: node parse_idl.js [--validate] FILE.idl...
//
// webidl2.js is the copy that idlharness.js itself uses (the wpt-runner npm
// package), so the test that compares our IDL with @webref/idl and the
// idlharness page in capture_shell read IDL with the same parser. The
// standalone `webidl2` package, when present, is the fallback.

'use strict';

const fs = require('fs');
const path = require('path');

function loadWebIDL2() {
  const nodeModules = path.join(__dirname, '..', 'npm', 'node_modules');
  const candidates = [
    path.join(nodeModules, 'wpt-runner', 'testharness', 'webidl2.js'),
    path.join(nodeModules, 'webidl2'),
  ];
  for (const candidate of candidates) {
    if (fs.existsSync(candidate)) {
      return require(candidate);
    }
  }
  throw new Error('webidl2.js not found under ' + nodeModules +
                  ' (run tools/install-deps)');
}

function main(argv) {
  const webidl2 = loadWebIDL2();
  const validate = argv[0] === '--validate';
  if (validate) {
    argv = argv.slice(1);
  }
  const files = [];
  for (const file of argv) {
    const entry = {path: file};
    try {
      const text = fs.readFileSync(file, 'utf8');
      entry.definitions = webidl2.parse(text, {sourceName: file});
      entry.ok = true;
    } catch (e) {
      entry.ok = false;
      entry.error = e.message;
    }
    files.push(entry);
  }
  const output = {files};
  if (validate) {
    const asts = files.filter(f => f.ok).map(f => f.definitions);
    output.validation =
        webidl2.validate(asts).map(e => ({rule: e.ruleName, message: e.message}));
  }
  process.stdout.write(JSON.stringify(output));
}

main(process.argv.slice(2));

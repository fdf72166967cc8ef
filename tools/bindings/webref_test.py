# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Parses every .idl file of the npm package @webref/idl (the IDL of every
web spec, as extracted by W3C's reffy) without an error."""

import glob
import os
import unittest

from tools.bindings.idl_parser.parser import Parser

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
WEBREF = os.path.join(ROOT, 'tools', 'npm', 'node_modules', '@webref', 'idl')


class WebrefParseTest(unittest.TestCase):
    def test_every_webref_idl_file_parses(self):
        files = sorted(glob.glob(os.path.join(WEBREF, '*.idl')))
        # tools/install-deps installs the package; without it there is
        # nothing to check, which is a failure, not a skip.
        self.assertGreater(len(files), 100, 'npm @webref/idl is missing')
        parser = Parser()
        failures = []
        definitions = 0
        for path in files:
            with open(path, encoding='utf-8') as f:
                try:
                    definitions += len(parser.parse(f.read(), path).children)
                except SyntaxError as e:
                    failures.append(str(e))
        self.assertEqual(failures, [])
        self.assertGreater(definitions, 1000)


if __name__ == '__main__':
    unittest.main()

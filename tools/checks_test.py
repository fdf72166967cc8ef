#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Tests that tools/checks.py catches what it is for: an upward include or
dependency under core/ or platform/, and a C++ file clang-format would
change (both seeded into a scratch git repository)."""

import os
import shutil
import subprocess
import tempfile
import unittest

from tools import checks


def _write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, 'w', encoding='utf-8') as f:
        f.write(text)


class ScratchRepo(object):
    def __enter__(self):
        self.root = tempfile.mkdtemp()
        subprocess.run(['git', 'init', '-q', self.root], check=True)
        shutil.copy(os.path.join(checks.ROOT, '.clang-format'), self.root)
        return self

    def add(self, path, text):
        _write(self.root, path, text)
        subprocess.run(['git', 'add', path], cwd=self.root, check=True)

    def __exit__(self, *exc):
        shutil.rmtree(self.root)


class LayersTest(unittest.TestCase):

    def test_the_repository_has_no_upward_include(self):
        self.assertEqual(checks.check_layers(checks.ROOT), [])

    def test_v8_bindings_and_shell_includes_under_core_are_caught(self):
        with ScratchRepo() as repo:
            repo.add('core/a.h', '#include <v8.h>\n')
            repo.add('core/b.cc', '#include "bindings/v8_event.h"\n')
            repo.add('platform/c.cc', 'int x;\n#include "shell/options.h"\n')
            repo.add('platform/d.h', '#include <v8-isolate.h>\n')
            repo.add('core/fine.cc', '#include "platform/bindings/x.h"\n')
            problems = checks.check_layers(repo.root)
        self.assertEqual(sorted(p.split(':')[0] for p in problems),
                         ['core/a.h', 'core/b.cc', 'platform/c.cc',
                          'platform/d.h'])
        self.assertIn('platform/c.cc:2:', ' '.join(problems))

    def test_an_upward_gn_dependency_is_caught(self):
        with ScratchRepo() as repo:
            repo.add('core/x/BUILD.gn',
                     'source_set("x") {\n  deps = [ "//bindings:runtime" ]\n}\n')
            repo.add('platform/BUILD.gn', 'deps = [ "//platform/base" ]\n')
            problems = checks.check_layers(repo.root)
        self.assertEqual(len(problems), 1)
        self.assertTrue(problems[0].startswith('core/x/BUILD.gn:2:'))

    def test_files_outside_core_and_platform_may_include_v8(self):
        with ScratchRepo() as repo:
            repo.add('bindings/a.cc', '#include <v8.h>\n')
            self.assertEqual(checks.check_layers(repo.root), [])


@unittest.skipUnless(shutil.which('clang-format'), 'clang-format missing')
class FormatTest(unittest.TestCase):

    def test_an_unformatted_file_is_caught_and_a_formatted_one_is_not(self):
        with ScratchRepo() as repo:
            repo.add('a.cc', 'int   f( int x ){return x;}\n')
            repo.add('b.cc', 'int f(int x) {\n  return x;\n}\n')
            problems = checks.check_format(repo.root)
        self.assertEqual([p.split(':')[0] for p in problems], ['a.cc'])

    def test_a_source_file_without_the_license_line_is_caught(self):
        with ScratchRepo() as repo:
            repo.add('LICENSE', 'BSD-3-Clause\n')
            repo.add('a.cc', '// Copyright 2026 The mediacapture authors.\n')
            repo.add('b.py', '# Copyright 2026 The mediacapture authors.\n'
                     '# Use of this source code is governed by a BSD-style '
                     'license that can be\n# found in the LICENSE file.\n')
            repo.add('notes.md', 'no header needed\n')
            problems = checks.check_license(repo.root)
        self.assertEqual([p.split(':')[0] for p in problems], ['a.cc'])

    def test_a_missing_license_file_is_caught(self):
        with ScratchRepo() as repo:
            repo.add('a.cc', '// nothing\n')
            self.assertEqual(checks.check_license(repo.root),
                             ['LICENSE is missing'])


if __name__ == '__main__':
    unittest.main()

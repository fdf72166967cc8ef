#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Embedding tests: examples/embed/embed.cc built by GN and out of tree
(against tools/install-lib's prefix, with pkg-config alone), and the rule
that shell/ uses nothing but include/mediacapture/ (docs/embedding.md)."""

import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
OUT = os.path.join(ROOT, os.environ.get('MEDIACAPTURE_OUT', 'out/Release'))
EXAMPLE = os.path.join(ROOT, 'examples', 'embed', 'embed.cc')


def run_example(binary):
    proc = subprocess.run([binary], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


class EmbedExampleTest(unittest.TestCase):

    def check_settings(self, returncode, stdout, stderr):
        self.assertEqual(returncode, 0, stderr)
        lines = stdout.strip().splitlines()
        self.assertEqual(len(lines), 1, stdout)
        settings = json.loads(lines[0])
        for key in ('width', 'height'):
            self.assertIsInstance(settings.get(key), (int, float), settings)
            self.assertGreater(settings[key], 0)
        self.assertRegex(settings.get('deviceId', ''), r'^[0-9a-f]{64}$')

    def test_gn_built_example_prints_the_camera_settings(self):
        binary = os.path.join(OUT, 'embed_example')
        self.assertTrue(os.path.exists(binary),
                        binary + ' is missing: build embed_example')
        self.check_settings(*run_example(binary))

    def test_example_builds_out_of_tree_with_pkg_config_alone(self):
        self.build_out_of_tree(static=False)

    def test_example_links_the_static_library_out_of_tree(self):
        self.build_out_of_tree(static=True)

    def build_out_of_tree(self, static):
        prefix = tempfile.mkdtemp(prefix='mediacapture-prefix-')
        try:
            subprocess.run([os.path.join(ROOT, 'tools', 'install-lib'),
                            '--prefix', prefix, '--out', OUT],
                           check=True, stdout=subprocess.DEVNULL)
            env = dict(os.environ)
            env['PKG_CONFIG_PATH'] = os.path.join(prefix, 'lib', 'pkgconfig')
            flags = subprocess.run(
                ['pkg-config', '--cflags', '--libs', 'mediacapture'] +
                (['--static'] if static else []),
                env=env, check=True, stdout=subprocess.PIPE,
                text=True).stdout.split()
            # Nothing of the source tree on the command line: only the
            # prefix (and V8's headers and libnode).
            self.assertFalse([f for f in flags if ROOT + '/' in f and
                              '.deps/' not in f], flags)
            # The example is copied out of the tree, so that no relative
            # #include can find the tree's headers.
            source = os.path.join(prefix, 'embed.cc')
            shutil.copy(EXAMPLE, source)
            if static:
                # libmediacapture.a in place of -lmediacapture (which
                # would pick the shared library).
                flags = [os.path.join(prefix, 'lib', 'libmediacapture.a')
                         if f == '-lmediacapture' else f for f in flags]
            binary = os.path.join(prefix, 'embed')
            subprocess.run(['g++', '-Wall', '-Wextra', '-Werror', source,
                            '-o', binary] + flags,
                           check=True, cwd=prefix)
            self.check_settings(*run_example(binary))
        finally:
            shutil.rmtree(prefix, ignore_errors=True)


class ShellUsesOnlyThePublicApiTest(unittest.TestCase):

    def test_shell_includes_nothing_from_core_bindings_or_platform(self):
        offenders = []
        include = re.compile(r'^\s*#\s*include\s+"((core|bindings|platform)/'
                             r'[^"]*)"')
        files = sorted(glob.glob(os.path.join(ROOT, 'shell', '*.cc')) +
                       glob.glob(os.path.join(ROOT, 'shell', '*.h')))
        self.assertTrue(files)
        for path in files:
            with open(path, encoding='utf-8') as f:
                for number, line in enumerate(f, 1):
                    match = include.match(line)
                    if match:
                        offenders.append('%s:%d: %s' % (
                            os.path.relpath(path, ROOT), number,
                            match.group(1)))
        self.assertEqual(offenders, [], '\n'.join(offenders))


if __name__ == '__main__':
    unittest.main()

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Issue 18: a web origin never reads local files, by fetch() or by
<script src="file:...">; a file:// page reads only under its root."""

import os
import subprocess
import tempfile
import unittest

from tools.origin_tests.shell_helper import shell_path


def run_page(page, *flags):
    proc = subprocess.run([shell_path()] + list(flags) + [page],
                          stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=30)
    return proc


class FileAccessTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.root = os.path.join(self.dir.name, 'root')
        os.makedirs(os.path.join(self.root, 'sub'))
        # Outside the web root: what a page must not reach.
        self.secret = os.path.join(self.dir.name, 'secret.js')
        with open(self.secret, 'w') as f:
            f.write('console.log("SECRET RAN");\n')
        self.inside = os.path.join(self.root, 'inside.js')
        with open(self.inside, 'w') as f:
            f.write('console.log("INSIDE RAN");\n')

    def tearDown(self):
        self.dir.cleanup()

    def page(self, urls_to_fetch, script_src):
        fetches = ''.join(
            'await fetch(%r).then(r => console.log("FETCH", r.status, '
            'r.ok), e => console.log("FETCH", e.name, e.message));\n' % url
            for url in urls_to_fetch)
        path = os.path.join(self.root, 'sub', 'page.html')
        with open(path, 'w') as f:
            f.write('<script src="%s"></script>\n'
                    '<script>\n(async () => {\n%s})();\n</script>\n' %
                    (script_src, fetches))
        return path

    def test_a_web_origin_cannot_fetch_or_run_local_files(self):
        page = self.page(['file:///etc/passwd', 'file://' + self.inside,
                          '/inside.js', '/absent.js'],
                         'file://' + self.secret)
        for origin in ('https://localhost', 'http://example.test'):
            proc = run_page(page, '--web-root=' + self.root,
                            '--origin=' + origin)
            self.assertNotIn('SECRET RAN', proc.stdout)
            # Reported like any script that fails to load.
            self.assertIn("CONSOLE ERROR: line 1: cannot load script "
                          "'file://%s': not allowed\n" % self.secret,
                          proc.stdout)
            self.assertIn('not allowed (looked at file://%s (a local file, '
                          'refused to a web origin))' % self.secret,
                          proc.stderr)
            fetched = [l for l in proc.stdout.splitlines()
                       if l.startswith('FETCH')]
            # A network error for file: URLs, as Chromium; the web root's
            # own files are served, a missing one is a 404.
            self.assertEqual(fetched, [
                'FETCH TypeError Failed to fetch',
                'FETCH TypeError Failed to fetch',
                'FETCH 200 true',
                'FETCH 404 false',
            ], proc.stdout + proc.stderr)

    def test_a_file_page_reads_file_urls_only_under_its_root(self):
        page = self.page(['file://' + self.inside, 'file://' + self.secret,
                          'file:///etc/passwd'],
                         'file://' + self.inside)
        proc = run_page(page, '--web-root=' + self.root)
        self.assertIn('INSIDE RAN', proc.stdout, proc.stderr)
        fetched = [l for l in proc.stdout.splitlines()
                   if l.startswith('FETCH')]
        self.assertEqual(fetched, [
            'FETCH 200 true',
            'FETCH TypeError Failed to fetch',
            'FETCH TypeError Failed to fetch',
        ], proc.stdout + proc.stderr)
        page = self.page([], 'file://' + self.secret)
        proc = run_page(page, '--web-root=' + self.root)
        self.assertNotIn('SECRET RAN', proc.stdout)
        self.assertIn("cannot load script 'file://%s': not allowed" %
                      self.secret, proc.stdout)


if __name__ == '__main__':
    unittest.main()

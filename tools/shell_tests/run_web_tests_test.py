# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""tools/run_web_tests.py: which files are tests, where baselines live, how
TestExpectations reads, and one end-to-end run with a JSON summary."""

import json
import os
import subprocess
import sys
import tempfile
import unittest

from tools import run_web_tests

ROOT = run_web_tests.ROOT
OUT = os.environ.get('MEDIACAPTURE_OUT', 'out/Release')


class RunWebTestsTest(unittest.TestCase):

    def parse(self, text):
        with tempfile.NamedTemporaryFile('w', suffix='Expectations',
                                         delete=False) as f:
            f.write(text)
        self.addCleanup(os.remove, f.name)
        return run_web_tests.parse_expectations(f.name)

    def test_pages_and_wrapped_tests_are_tests_resources_are_not(self):
        self.assertTrue(run_web_tests.is_test_file('runtime/a.html'))
        self.assertTrue(run_web_tests.is_test_file('x/b.any.js'))
        self.assertTrue(run_web_tests.is_test_file('x/c.https.window.js'))
        self.assertFalse(run_web_tests.is_test_file('x/helper.js'))
        self.assertFalse(run_web_tests.is_test_file('resources/page.html'))
        self.assertFalse(run_web_tests.is_test_file('x/support/page.html'))
        self.assertFalse(run_web_tests.is_test_file('x/a-expected.txt'))

    def test_baseline_drops_only_the_last_extension(self):
        base = run_web_tests.WEB_TESTS
        self.assertEqual(run_web_tests.baseline_path('a/b.html'),
                         os.path.join(base, 'a/b-expected.txt'))
        self.assertEqual(run_web_tests.baseline_path('a/b.any.js'),
                         os.path.join(base, 'a/b.any-expected.txt'))

    def test_a_first_line_comment_replaces_the_default_flags(self):
        def flags_of(first_lines):
            with tempfile.NamedTemporaryFile('w', delete=False) as f:
                f.write(first_lines)
            self.addCleanup(os.remove, f.name)
            return run_web_tests.shell_flags(f.name)

        self.assertEqual(flags_of('<!doctype html>\n'),
                         run_web_tests.DEFAULT_SHELL_FLAGS)
        self.assertEqual(
            flags_of('<!-- capture_shell: --expose-gc --origin=http://a.test'
                     ' -->\n<!doctype html>\n'),
            ['--expose-gc', '--origin=http://a.test'])
        self.assertEqual(flags_of('// capture_shell: --timeout=3\n'),
                         ['--timeout=3'])
        self.assertEqual(flags_of('<!-- capture_shell: -->\n'), [])
        # Only the first line counts.
        self.assertEqual(flags_of('\n<!-- capture_shell: --expose-gc -->\n'),
                         run_web_tests.DEFAULT_SHELL_FLAGS)

    def test_expectations_take_bugs_modifiers_and_directories(self):
        rules = self.parse(
            '# The reason for the next line.\n'
            'runtime/hang.html [ Timeout ]\n'
            '\n'
            'crbug.com/1 runtime/flaky.html [ Failure Pass ]\n'
            '[ Linux ] slow/ [ Skip ]  # too slow here\n'
            '[ Mac ] runtime/other.html [ Skip ]  # not this platform\n')
        outcomes = run_web_tests.expected_outcomes
        self.assertEqual(outcomes(rules, 'runtime/hang.html'), {'Timeout'})
        self.assertEqual(outcomes(rules, 'runtime/flaky.html'),
                         {'Failure', 'Pass'})
        self.assertEqual(outcomes(rules, 'slow/deep/x.html'), {'Skip'})
        self.assertEqual(outcomes(rules, 'runtime/other.html'), {'Pass'})
        self.assertEqual(outcomes(rules, 'runtime/hang.html.x'), {'Pass'})

    def test_a_line_without_a_reason_or_with_a_bad_outcome_is_an_error(self):
        with self.assertRaisesRegex(run_web_tests.ExpectationError, 'reason'):
            self.parse('runtime/a.html [ Failure ]\n')
        with self.assertRaisesRegex(run_web_tests.ExpectationError,
                                    'unknown outcome Flaky'):
            self.parse('runtime/a.html [ Flaky ]  # why\n')
        with self.assertRaisesRegex(run_web_tests.ExpectationError,
                                    'Outcome'):
            self.parse('runtime/a.html Failure  # why\n')

    def test_the_project_expectations_parse(self):
        run_web_tests.parse_expectations(run_web_tests.EXPECTATIONS)

    def test_a_run_ends_with_the_counts_and_writes_the_json_summary(self):
        shell = os.path.join(ROOT, OUT, 'capture_shell')
        if not os.path.exists(shell):
            self.fail('build capture_shell first: %s is missing' % shell)
        with tempfile.TemporaryDirectory() as tmp:
            summary = os.path.join(tmp, 'summary.json')
            proc = subprocess.run([
                sys.executable,
                os.path.join(ROOT, 'tools', 'run_web_tests.py'), '--out', OUT,
                '--json', summary, 'runtime/timers.html',
                'runtime/never-completes.html'
            ],
                                  capture_output=True,
                                  text=True,
                                  cwd=ROOT,
                                  timeout=120)
            self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
            self.assertIn('[2/2]', proc.stdout)
            self.assertEqual(proc.stdout.splitlines()[-1], '2 passed, 0 failed')
            with open(summary) as f:
                data = json.load(f)
            self.assertEqual((data['passed'], data['failed'], data['skipped']),
                             (2, 0, 0))
            self.assertEqual(
                data['tests']['runtime/never-completes.html']['actual'],
                'Timeout')


if __name__ == '__main__':
    unittest.main()

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""tools/sanitizers: the runtime options, the report detection, and that
tools/run_web_tests.py fails a test whose shell wrote a sanitizer report."""

import os
import stat
import tempfile
import unittest

from tools import run_web_tests
from tools import sanitizers

ASAN_REPORT = ('==123==ERROR: AddressSanitizer: heap-use-after-free on '
               'address 0x6020\n    #0 0x1 in Foo core/foo.cc:3\n'
               'SUMMARY: AddressSanitizer: heap-use-after-free core/foo.cc:3\n')


class SanitizersTest(unittest.TestCase):

    def test_each_runtime_halts_with_the_exit_code(self):
        env = sanitizers.environment({})
        for name in ('ASAN_OPTIONS', 'UBSAN_OPTIONS', 'TSAN_OPTIONS'):
            self.assertIn('halt_on_error=1', env[name])
            self.assertIn('exitcode=%d' % sanitizers.EXIT_CODE, env[name])
        self.assertIn('detect_leaks=1', env['ASAN_OPTIONS'])
        self.assertIn('suppressions=' + sanitizers.LSAN_SUPPRESSIONS,
                      env['LSAN_OPTIONS'])
        self.assertIn('suppressions=' + sanitizers.TSAN_SUPPRESSIONS,
                      env['TSAN_OPTIONS'])

    def test_options_already_set_come_last_and_win(self):
        env = sanitizers.environment({'ASAN_OPTIONS': 'detect_leaks=0'})
        self.assertTrue(env['ASAN_OPTIONS'].endswith(':detect_leaks=0'))

    def test_suppression_files_exist(self):
        self.assertTrue(os.path.exists(sanitizers.LSAN_SUPPRESSIONS))
        self.assertTrue(os.path.exists(sanitizers.TSAN_SUPPRESSIONS))

    def test_every_suppression_has_a_reason_and_is_not_our_code(self):
        ours = ('core/', 'platform/', 'bindings/', 'shell/', 'include/',
                'mediacapture')
        for path in (sanitizers.LSAN_SUPPRESSIONS,
                     sanitizers.TSAN_SUPPRESSIONS):
            with open(path) as f:
                lines = f.read().splitlines()
            for number, line in enumerate(lines):
                if not line.strip() or line.startswith('#'):
                    continue
                where = '%s:%d' % (path, number + 1)
                self.assertTrue(number and lines[number - 1].startswith('#'),
                                where + ': give the reason on the line above')
                pattern = line.split(':', 1)[-1]
                self.assertFalse([o for o in ours if o in pattern],
                                 where + ': never suppress our own code')

    def test_reports_are_found_from_their_first_line(self):
        self.assertIsNone(sanitizers.find_report(''))
        self.assertIsNone(sanitizers.find_report('mediacapture: no camera\n'))
        self.assertEqual(sanitizers.find_report('noise\n' + ASAN_REPORT),
                         ASAN_REPORT)
        for text in (
                '==9==ERROR: LeakSanitizer: detected memory leaks\n',
                'core/a.cc:4:7: runtime error: signed integer overflow\n',
                'WARNING: ThreadSanitizer: data race (pid=3)\n',
                'SUMMARY: UndefinedBehaviorSanitizer: undefined-behavior\n'):
            self.assertEqual(sanitizers.find_report('x\n' + text), text)


class WebTestRunnerTest(unittest.TestCase):

    def fake_shell(self, stderr, status):
        directory = tempfile.mkdtemp()
        self.addCleanup(lambda: os.path.exists(path) and os.remove(path))
        path = os.path.join(directory, 'capture_shell')
        with open(path, 'w') as f:
            f.write('#!/bin/sh\ncat "%s-expected.txt" 2>/dev/null\n'
                    'printf "%%s" "$ASAN_OPTIONS" > "%s/options"\n'
                    'cat >&2 <<\'EOF\'\n%sEOF\nexit %d\n' %
                    (os.path.join(run_web_tests.WEB_TESTS, 'runtime',
                                  'timers'), directory, stderr, status))
        os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
        return path, directory

    def test_a_sanitizer_report_is_a_crash_even_with_the_right_output(self):
        for status in (0, 1, sanitizers.EXIT_CODE):
            shell, _ = self.fake_shell(ASAN_REPORT, status)
            result = run_web_tests.run_test(shell, 'runtime/timers.html', [])
            self.assertEqual(result.outcome, 'Crash')
            self.assertEqual(result.sanitizer_report, ASAN_REPORT)
            self.assertIn('sanitizer report', result.note)

    def test_the_shell_gets_the_sanitizer_options(self):
        shell, directory = self.fake_shell('', 0)
        result = run_web_tests.run_test(shell, 'runtime/timers.html', [])
        self.assertEqual(result.outcome, 'Pass')
        self.assertIsNone(result.sanitizer_report)
        with open(os.path.join(directory, 'options')) as f:
            self.assertIn('exitcode=%d' % sanitizers.EXIT_CODE, f.read())


if __name__ == '__main__':
    unittest.main()

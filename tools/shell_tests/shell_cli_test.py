# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""capture_shell's command-line contract: exit codes, error reports, the
event loop, test pages and --timeout."""

import os
import re
import subprocess
import tempfile
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
SHELL = os.path.join(ROOT, os.environ.get('MEDIACAPTURE_OUT', 'out/Release'),
                     'capture_shell')


def run_shell(*args, timeout=60, stdin=None):
    proc = subprocess.run([SHELL] + list(args),
                          capture_output=True,
                          text=True,
                          stdin=stdin,
                          timeout=timeout)
    # The library's own warnings ("mediacapture: warning: cannot connect
    # to PulseAudio ...") depend on the machine, not on the shell's contract.
    proc.stderr = ''.join(
        line for line in proc.stderr.splitlines(True)
        if not line.startswith('mediacapture: '))
    return proc


HARNESS = ('<script src="/resources/testharness.js"></script>\n'
           '<script src="/resources/testharnessreport.js"></script>\n')


class ShellCliTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, 'w') as f:
            f.write(text)
        return path

    def test_console_log_prints_to_stdout_and_exits_zero(self):
        path = self.write('ok.js', 'console.log("sum", 2 + 3);\n'
                          'console.error("to stderr");\n')
        proc = run_shell(path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout, 'sum 5\n')
        self.assertEqual(proc.stderr, 'to stderr\n')

    def test_syntax_error_is_one_line_with_file_and_line_and_exit_1(self):
        path = self.write('syntax.js', 'let a = 1;\n\nfunction (\n')
        proc = run_shell(path)
        self.assertEqual(proc.returncode, 1)
        lines = proc.stderr.splitlines()
        self.assertEqual(len(lines), 1, proc.stderr)
        self.assertRegex(lines[0], r'^.*syntax\.js:3: SyntaxError: ')

    def test_missing_file_is_a_clear_message_and_exit_2(self):
        proc = run_shell(os.path.join(self.dir.name, 'absent.js'))
        self.assertEqual(proc.returncode, 2)
        self.assertIn("cannot read '", proc.stderr)
        self.assertIn('absent.js', proc.stderr)
        self.assertIn('No such file or directory', proc.stderr)

    def test_only_regular_files_are_read_with_one_line_and_exit_2(self):
        fifo = os.path.join(self.dir.name, 'fifo.js')
        os.mkfifo(fifo)
        directory = os.path.join(self.dir.name, 'dir.js')
        os.mkdir(directory)
        page_directory = os.path.join(self.dir.name, 'dir.html')
        os.mkdir(page_directory)
        # Sparse: larger than the shell reads, without the disk space.
        huge = os.path.join(self.dir.name, 'huge.js')
        with open(huge, 'w') as f:
            f.truncate(64 * 1024 * 1024)
        for path, reason in [('/dev/zero', 'it is not a regular file'),
                             (fifo, 'it is not a regular file'),
                             (directory, 'it is a directory'),
                             (page_directory, 'it is a directory'),
                             (huge, 'it is larger than 32 MiB')]:
            proc = run_shell(path, timeout=10)
            self.assertEqual(proc.returncode, 2, path + ': ' + proc.stderr)
            self.assertEqual(
                proc.stderr,
                "capture_shell: cannot read '%s': %s\n" % (path, reason))
            self.assertEqual(proc.stdout, '')

    def test_uncaught_exception_reports_stack_and_stops_later_files(self):
        first = self.write('throws.js', 'function inner() {\n'
                           '  throw new RangeError("out of range");\n}\n'
                           'inner();\n')
        second = self.write('later.js', 'console.log("should not run");\n')
        proc = run_shell(first, second)
        self.assertEqual(proc.returncode, 1)
        self.assertIn('throws.js:2: Uncaught RangeError: out of range',
                      proc.stderr)
        self.assertIn('at inner (', proc.stderr)
        self.assertNotIn('should not run', proc.stdout)

    def test_files_share_one_context_in_order(self):
        first = self.write('a.js', 'var shared = 40;\n')
        second = self.write('b.js', 'console.log(shared + 2);\n')
        proc = run_shell(first, second)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout, '42\n')

    def test_help_exits_zero_with_usage(self):
        proc = run_shell('--help')
        self.assertEqual(proc.returncode, 0)
        self.assertTrue(proc.stdout.startswith('Usage: capture_shell'))

    def test_unknown_flag_and_no_file_are_usage_errors(self):
        proc = run_shell('--bogus')
        self.assertEqual(proc.returncode, 2)
        self.assertIn("unknown flag '--bogus'", proc.stderr)
        proc = run_shell()
        self.assertEqual(proc.returncode, 2)
        self.assertIn('no file to run', proc.stderr)

    def test_examples_run_cleanly(self):
        examples = os.path.join(ROOT, 'examples')
        scripts = sorted(
            os.path.join(examples, f) for f in os.listdir(examples)
            if f.endswith('.js'))
        self.assertTrue(scripts)
        for script in scripts:
            # As tools/demo runs them on a machine without a camera.
            with tempfile.TemporaryDirectory() as profile:
                proc = run_shell('--use-fake-device-for-media-stream',
                                 '--use-fake-ui-for-media-stream',
                                 '--profile-dir=' + profile, script)
            self.assertEqual(proc.returncode, 0, script + ': ' + proc.stderr)
            self.assertTrue(proc.stdout, script)

    def test_capture_example_shows_settings_frames_luma_and_level(self):
        with tempfile.TemporaryDirectory() as profile:
            proc = run_shell('--use-fake-device-for-media-stream',
                             '--use-fake-ui-for-media-stream',
                             '--profile-dir=' + profile,
                             os.path.join(ROOT, 'examples', 'capture.js'))
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertRegex(proc.stdout, r'"width":640')
        self.assertRegex(proc.stdout, r'"sampleRate":48000')
        frames = re.search(r'video: (\d+) frames of 640x480 in 1 s, last '
                           r"frame's average luma ([\d.]+)", proc.stdout)
        self.assertIsNotNone(frames, proc.stdout)
        # The fake camera runs at 30 fps: a loaded machine may lose a few.
        self.assertGreater(int(frames.group(1)), 10)
        self.assertGreater(float(frames.group(2)), 20)  # Not black.
        level = re.search(r'audio: level ([\d.]+)', proc.stdout)
        self.assertIsNotNone(level, proc.stdout)
        self.assertGreater(float(level.group(1)), 0)

    def test_event_loop_runs_timers_and_microtasks_in_order(self):
        path = self.write('loop.js', 'setTimeout(() => console.log("t20"), 20);\n'
                          'setTimeout(() => console.log("t0"), 0);\n'
                          'queueMicrotask(() => console.log("micro"));\n'
                          'console.log("sync");\n')
        proc = run_shell(path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout, 'sync\nmicro\nt0\nt20\n')

    def test_error_in_a_timer_is_reported_later_timers_run_and_exit_1(self):
        path = self.write('timer_throws.js',
                          'setTimeout(() => { throw new Error("late"); }, 0);\n'
                          'setTimeout(() => console.log("still runs"), 5);\n')
        proc = run_shell(path)
        self.assertEqual(proc.returncode, 1)
        self.assertIn('timer_throws.js:1: Uncaught Error: late', proc.stderr)
        self.assertEqual(proc.stdout, 'still runs\n')

    def test_unhandled_rejection_is_reported_like_a_browser_and_exit_1(self):
        path = self.write('rejects.js',
                          'Promise.reject(new TypeError("nobody"));\n'
                          'Promise.reject(new Error("handled")).catch(() => {});\n')
        proc = run_shell(path)
        self.assertEqual(proc.returncode, 1)
        self.assertIn('Uncaught (in promise) TypeError: nobody', proc.stderr)
        self.assertNotIn('handled', proc.stderr)

    def test_timeout_ends_a_script_that_never_finishes_with_exit_3(self):
        path = self.write('forever.js', 'setInterval(() => {}, 10);\n')
        start = time.monotonic()
        proc = run_shell('--timeout=0.5', path)
        self.assertLess(time.monotonic() - start, 10)
        self.assertEqual(proc.returncode, 3)
        self.assertEqual(proc.stdout,
                         'TIMEOUT: the script did not finish within 0.5 s\n')

    def test_timeout_stops_a_script_stuck_in_a_loop(self):
        path = self.write('spin.js', 'console.log("before");\nwhile (true) {}\n')
        proc = run_shell('--timeout=0.3', path)
        self.assertEqual(proc.returncode, 3)
        self.assertEqual(proc.stdout, 'before\n'
                         'TIMEOUT: the script did not finish within 0.3 s\n')

    def test_timeout_stops_a_script_stuck_in_an_argument_conversion(self):
        # The watchdog terminates script spinning inside a binding: the
        # getter of a dictionary member, the `next` of an iterable.
        for name, source in [
                ('getter.js', 'navigator.mediaDevices.getUserMedia(\n'
                 '    {get video() { for (;;); }});\n'),
                ('iterable.js', 'new MediaStream({[Symbol.iterator]() {\n'
                 '  return {next() { for (;;); }};\n}});\n'),
        ]:
            path = self.write(name, source)
            proc = run_shell('--timeout=0.3', '--use-fake-device-for-media-stream',
                             '--use-fake-ui-for-media-stream', path)
            self.assertEqual(proc.returncode, 3, name + ': ' + proc.stderr)
            self.assertEqual(proc.stdout,
                             'TIMEOUT: the script did not finish within 0.3 s\n')
            self.assertEqual(proc.stderr, '', name)

    def test_bad_timeout_and_two_pages_are_usage_errors(self):
        proc = run_shell('--timeout=soon', 'x.js')
        self.assertEqual(proc.returncode, 2)
        self.assertIn('--timeout', proc.stderr)
        a = self.write('a.html', '')
        b = self.write('b.html', '')
        proc = run_shell(a, b)
        self.assertEqual(proc.returncode, 2)
        self.assertIn('a page runs alone', proc.stderr)
        proc = run_shell(os.path.join(self.dir.name, 'absent.html'))
        self.assertEqual(proc.returncode, 2)
        self.assertIn('absent.html', proc.stderr)

    def test_page_prints_the_harness_report_and_exits_0(self):
        path = self.write(
            'page.html', HARNESS + '<script>\n'
            'test(() => {}, "passes");\n'
            'promise_test(() => new Promise(r => step_timeout(r, 5)),\n'
            '             "waits");\n'
            'test(() => assert_true(false, "nope"), "fails");\n'
            '</script>\n')
        proc = run_shell(path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(
            proc.stdout, 'This is a testharness.js-based test.\n'
            '[PASS] passes\n'
            '[PASS] waits\n'
            '[FAIL] fails\n'
            '  assert_true: nope expected true got false\n'
            'Harness: the test ran to completion.\n')

    def test_hung_page_prints_what_it_knows_then_timeout_and_exits_3(self):
        path = self.write(
            'hung.html', HARNESS + '<script>\n'
            'test(() => {}, "done");\n'
            'async_test(() => {}, "hangs");\n'
            '</script>\n')
        proc = run_shell('--timeout=0.5', path)
        self.assertEqual(proc.returncode, 3)
        lines = proc.stdout.splitlines()
        self.assertIn('[PASS] done', lines)
        self.assertIn('[TIMEOUT] hangs', lines)
        self.assertEqual(lines[-1], 'TIMEOUT: the page did not finish within 0.5 s')

    def test_a_page_too_deep_to_parse_in_time_is_a_timeout(self):
        # Unbounded, parsing 100000 unclosed <div>s takes half a minute.
        path = self.write('deep.html', '<div>' * 100000 + '<script>\n'
                          'console.log("ran");\n</script>\n')
        start = time.monotonic()
        proc = run_shell('--timeout=0.5', path, timeout=10)
        self.assertLess(time.monotonic() - start, 10)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertEqual(
            proc.stdout,
            'TIMEOUT: the page did not finish parsing within 0.5 s\n')

    def test_a_page_too_large_to_parse_is_one_line_and_exit_2(self):
        path = self.write('large.html',
                          '<script>console.log("ran")</script>' +
                          ' ' * (4 * 1024 * 1024))
        proc = run_shell(path, timeout=10)
        self.assertEqual(proc.returncode, 2)
        self.assertEqual(proc.stdout, '')
        self.assertEqual(
            proc.stderr, "capture_shell: cannot parse '%s': the page is "
            'larger than 4 MiB\n' % path)

    def test_page_error_without_harness_is_reported_and_exits_1(self):
        path = self.write('plain.html', '<script>console.log("first");</script>\n'
                          '<p>text</p>\n'
                          '<script>\n\nnull.boom;</script>\n'
                          '<script>console.log("third");</script>\n')
        proc = run_shell(path)
        self.assertEqual(proc.returncode, 1)
        self.assertEqual(proc.stdout, 'first\nthird\n')
        self.assertIn('plain.html:5: Uncaught TypeError', proc.stderr)

    def test_web_root_and_origin_flags(self):
        root = os.path.join(self.dir.name, 'root')
        os.makedirs(os.path.join(root, 'sub'))
        with open(os.path.join(root, 'lib.js'), 'w') as f:
            f.write('var fromRoot = "yes";\n')
        page = os.path.join(root, 'sub', 'page.html')
        with open(page, 'w') as f:
            f.write('<script src="/lib.js"></script>\n<script>\n'
                    'console.log(fromRoot, location.href, isSecureContext);\n'
                    '</script>\n')
        proc = run_shell('--web-root=' + root, '--origin=http://example.test',
                         page)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertEqual(proc.stdout,
                         'yes http://example.test/sub/page.html false\n')

    def test_wrapped_any_js_test_runs_inside_a_harness_page(self):
        path = self.write('thing.any.js', 'test(() => {}, "wrapped");\n')
        proc = run_shell(path)
        self.assertEqual(proc.returncode, 0, proc.stderr)
        self.assertIn('[PASS] wrapped\n', proc.stdout)
        self.assertTrue(proc.stdout.endswith('ran to completion.\n'))

    def test_timeout_stops_a_script_after_an_endless_advanced_iterable(self):
        # The watchdog's termination inside the sequence conversion must end
        # the script, not reject the promise and let the loop below run.
        path = self.write('advanced.js',
                          'navigator.mediaDevices.getUserMedia({video: {\n'
                          '  advanced: {[Symbol.iterator]() { return {\n'
                          '    next() { return {done: false, value: {}}; }};\n'
                          '}}}});\nfor (;;);\n')
        start = time.monotonic()
        proc = run_shell('--timeout=0.3', '--use-fake-device-for-media-stream',
                         '--use-fake-ui-for-media-stream', path, timeout=30)
        self.assertLess(time.monotonic() - start, 10)
        self.assertEqual(proc.returncode, 3, proc.stderr)
        self.assertEqual(proc.stdout,
                         'TIMEOUT: the script did not finish within 0.3 s\n')


if __name__ == '__main__':
    unittest.main()

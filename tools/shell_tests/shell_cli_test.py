# Copyright 2026 The mediacapture authors. All rights reserved.
"""capture_shell's command-line contract: exit codes and error reports."""

import os
import subprocess
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
SHELL = os.path.join(ROOT, os.environ.get('MEDIACAPTURE_OUT', 'out/Release'),
                     'capture_shell')


def run_shell(*args):
    return subprocess.run([SHELL] + list(args),
                          capture_output=True,
                          text=True,
                          timeout=60)


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
            proc = run_shell(script)
            self.assertEqual(proc.returncode, 0, script + ': ' + proc.stderr)
            self.assertTrue(proc.stdout, script)


if __name__ == '__main__':
    unittest.main()

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The terminal permission prompt (shell/permission_prompt.cc), answered
through a pty: a pending prompt keeps the event loop alive, and an answer
typed while the shell shuts down is dropped without touching the freed loop
(issue 18)."""

import os
import pty
import select
import subprocess
import tempfile
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
SHELL = os.path.join(ROOT, os.environ.get('MEDIACAPTURE_OUT', 'out/Release'),
                     'capture_shell')

QUESTION = 'Allow file:// to use your camera? [y/N] '
SANITIZER_MARKS = ('AddressSanitizer', 'LeakSanitizer', 'runtime error:',
                   'ThreadSanitizer')


class Prompted:
    """capture_shell with a pty as stdin (so it asks), stdout and stderr
    read as they come."""

    def __init__(self, script, *flags):
        self.profile = tempfile.TemporaryDirectory()
        self.master, slave = pty.openpty()
        self.proc = subprocess.Popen(
            [SHELL, '--use-fake-device-for-media-stream',
             '--profile-dir=' + self.profile.name] + list(flags) + [script],
            stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        os.close(slave)
        self.text = {'stdout': b'', 'stderr': b''}
        self.open = {self.proc.stdout.fileno(): 'stdout',
                     self.proc.stderr.fileno(): 'stderr'}
        self.started = time.monotonic()

    def stdout(self):
        return self.text['stdout'].decode(errors='replace')

    def stderr(self):
        return self.text['stderr'].decode(errors='replace')

    def wait_for(self, stream, text, timeout=20):
        """Reads until |text| is in |stream| ('stdout' or 'stderr'); False
        on a timeout or when the shell closed both."""
        deadline = time.monotonic() + timeout
        while text.encode() not in self.text[stream]:
            left = deadline - time.monotonic()
            if not self.open or left <= 0:
                return False
            ready, _, _ = select.select(list(self.open), [], [], left)
            for fd in ready:
                chunk = os.read(fd, 65536)
                if chunk:
                    self.text[self.open[fd]] += chunk
                else:
                    del self.open[fd]
        return True

    def type(self, text):
        os.write(self.master, text.encode())

    def finish(self, timeout=30):
        """Reads the rest and returns the exit code."""
        deadline = time.monotonic() + timeout
        while self.open and time.monotonic() < deadline:
            self.wait_for('stdout', '\0never\0',
                          timeout=deadline - time.monotonic())
        code = self.proc.wait(timeout=max(1, deadline - time.monotonic()))
        self.proc.stdout.close()
        self.proc.stderr.close()
        os.close(self.master)
        self.profile.cleanup()
        return code


class PermissionPromptTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()

    def tearDown(self):
        self.dir.cleanup()

    def write(self, name, text):
        path = os.path.join(self.dir.name, name)
        with open(path, 'w') as f:
            f.write(text)
        return path

    def test_a_pending_prompt_keeps_the_loop_alive_until_answered(self):
        # Nothing but the prompt keeps the loop running.
        script = self.write('gum.js', (
            'navigator.mediaDevices.getUserMedia({video: true}).then(s => {\n'
            '  console.log("GUM ok", s.getVideoTracks().length);\n'
            '  s.getTracks().forEach(t => t.stop());\n'
            '}, e => console.log("GUM", e.name));\n'))
        shell = Prompted(script)
        self.assertTrue(shell.wait_for('stderr', QUESTION), shell.stderr())
        # Still waiting for the answer a second later, not gone with exit 0.
        time.sleep(1)
        self.assertIsNone(shell.proc.poll(), shell.stdout() + shell.stderr())
        shell.type('y\n')
        code = shell.finish()
        self.assertEqual(code, 0, shell.stderr())
        self.assertEqual(shell.stdout(), 'GUM ok 1\n')

    def test_a_pending_prompt_ends_with_the_timeout(self):
        script = self.write('gum.js', (
            'navigator.mediaDevices.getUserMedia({video: true})'
            '.then(() => console.log("GUM ok"));\n'))
        shell = Prompted(script, '--timeout=1')
        self.assertTrue(shell.wait_for('stderr', QUESTION), shell.stderr())
        code = shell.finish()
        self.assertEqual(code, 3, shell.stderr())
        self.assertIn('TIMEOUT', shell.stdout())
        self.assertNotIn('GUM ok', shell.stdout())
        # The reader thread, still waiting for a line, does not hold up the
        # exit.
        self.assertLess(time.monotonic() - shell.started, 10)

    def test_an_answer_right_after_the_timeout_is_dropped_cleanly(self):
        # Issue 18: answered just after the TIMEOUT line, the detached reader
        # thread posted to the freed event loop (4 of 20 ASan runs).
        script = self.write('gum.js', (
            'setInterval(() => {}, 1000);\n'
            'navigator.mediaDevices.getUserMedia({video: true})'
            '.then(() => console.log("GUM ok"));\n'))
        for _ in range(5):
            shell = Prompted(script, '--timeout=1')
            self.assertTrue(shell.wait_for('stderr', QUESTION), shell.stderr())
            self.assertTrue(shell.wait_for('stdout', 'TIMEOUT'),
                            shell.stdout())
            shell.type('y\n')
            code = shell.finish()
            self.assertEqual(code, 3, shell.stderr())
            for mark in SANITIZER_MARKS:
                self.assertNotIn(mark, shell.stderr())


if __name__ == '__main__':
    unittest.main()

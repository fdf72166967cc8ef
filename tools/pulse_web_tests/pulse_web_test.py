# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""web_tests/pulse/: capture_shell with real devices on a private
PulseAudio daemon (started here as platform/pulse/test_pulse_daemon.cc
starts it), and with no daemon at all. The page is [ Skip ] in
web_tests/TestExpectations because the normal web test run has no daemon."""

import ctypes
import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
SHELL = os.path.join(ROOT, os.environ.get('MEDIACAPTURE_OUT', 'out/Release'),
                     'capture_shell')
WEB_TESTS = os.path.join(ROOT, 'web_tests')
PAGE = os.path.join(WEB_TESTS, 'pulse', 'getusermedia-audio.https.html')


class PrivatePulseDaemon:
    """pulseaudio -n with its own HOME and XDG_RUNTIME_DIR, a null sink and
    a 440 Hz sine source; stop() always kills it."""

    def __init__(self):
        self.dir = tempfile.mkdtemp(prefix='pulse_web_test-')
        self.home = os.path.join(self.dir, 'home')
        self.run = os.path.join(self.dir, 'run')
        os.mkdir(self.home, 0o700)
        os.mkdir(self.run, 0o700)
        self.socket = os.path.join(self.run, 'native')
        self.server = 'unix:' + self.socket
        self.proc = None

    def env(self):
        env = dict(os.environ)
        env.update(HOME=self.home, XDG_RUNTIME_DIR=self.run,
                   PULSE_SERVER=self.server)
        return env

    def start(self):
        script = os.path.join(self.dir, 'test.pa')
        with open(script, 'w') as f:
            f.write('load-module module-null-sink sink_name=null\n'
                    'load-module module-sine-source source_name=sine '
                    'frequency=440\n'
                    # Last: once the socket accepts, the rest is loaded.
                    'load-module module-native-protocol-unix '
                    'auth-anonymous=1 socket=%s\n' % self.socket)
        env = self.env()
        del env['PULSE_SERVER']
        self.log = open(os.path.join(self.dir, 'daemon.log'), 'w')
        self.proc = subprocess.Popen(
            ['pulseaudio', '-n', '--daemonize=no', '--exit-idle-time=-1',
             '--disallow-exit', '--use-pid-file=no', '--system=false',
             '-F', script],
            env=env, stdout=self.log, stderr=subprocess.STDOUT,
            preexec_fn=die_with_parent)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError('pulseaudio exited: ' + self.read_log())
            if os.path.exists(self.socket):
                with socket.socket(socket.AF_UNIX) as s:
                    try:
                        s.connect(self.socket)
                        return
                    except OSError:
                        pass
            time.sleep(0.02)
        raise RuntimeError('pulseaudio did not listen: ' + self.read_log())

    def read_log(self):
        with open(os.path.join(self.dir, 'daemon.log')) as f:
            return f.read()

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(timeout=5)
        if self.proc:
            self.log.close()
        shutil.rmtree(self.dir, ignore_errors=True)


def die_with_parent():
    # PR_SET_PDEATHSIG (1): the daemon gets SIGKILL if this process dies
    # before stop() runs.
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL, 0, 0, 0)


def run_page(page, env):
    # Real devices: no --use-fake-device-for-media-stream.
    return subprocess.run(
        [SHELL, '--web-root=' + WEB_TESTS, '--use-fake-ui-for-media-stream',
         page],
        capture_output=True, text=True, timeout=20, env=env)


class PulseWebTest(unittest.TestCase):

    def test_getusermedia_audio_page_passes_on_a_private_daemon(self):
        daemon = PrivatePulseDaemon()
        try:
            daemon.start()
            start = time.monotonic()
            proc = run_page(PAGE, daemon.env())
            elapsed = time.monotonic() - start
        finally:
            daemon.stop()
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        lines = proc.stdout.splitlines()
        self.assertEqual(lines[0], 'This is a testharness.js-based test.')
        self.assertEqual(lines[-1], 'Harness: the test ran to completion.')
        results = lines[1:-1]
        self.assertEqual(len(results), 3, proc.stdout)
        for line in results:
            self.assertTrue(line.startswith('[PASS] '), proc.stdout)
        self.assertLess(elapsed, 10)

    def test_no_daemon_is_one_clear_line_and_not_found_error(self):
        with tempfile.TemporaryDirectory() as tmp:
            page = os.path.join(tmp, 'no-daemon.https.html')
            with open(page, 'w') as f:
                f.write(
                    '<script src="/resources/testharness.js"></script>\n'
                    '<script src="/resources/testharnessreport.js"></script>\n'
                    '<script>\n'
                    'promise_test(t => promise_rejects_dom(t, '
                    '"NotFoundError", navigator.mediaDevices.getUserMedia('
                    '{audio: true})), "no daemon: NotFoundError");\n'
                    '</script>\n')
            env = dict(os.environ)
            env.update(PULSE_SERVER='unix:' + os.path.join(tmp, 'absent'),
                       HOME=tmp, XDG_RUNTIME_DIR=tmp)
            start = time.monotonic()
            proc = run_page(page, env)
            elapsed = time.monotonic() - start
        self.assertEqual(proc.returncode, 0, proc.stdout + proc.stderr)
        self.assertEqual(proc.stdout.splitlines(), [
            'This is a testharness.js-based test.',
            '[PASS] no daemon: NotFoundError',
            'Harness: the test ran to completion.',
        ])
        pulse_lines = [line for line in proc.stderr.splitlines()
                       if 'PulseAudio' in line]
        self.assertEqual(len(pulse_lines), 1, proc.stderr)
        self.assertIn('cannot connect to PulseAudio', pulse_lines[0])
        self.assertLess(elapsed, 5)


if __name__ == '__main__':
    unittest.main()

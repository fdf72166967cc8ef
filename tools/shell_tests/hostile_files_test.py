# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Issue 18: files that are not what they claim (a fifo, /dev/zero, a WAV
the fake microphone cannot play) end capture_shell with one line and a
non-zero exit, or with a warning, never a hang."""

import os
import struct
import subprocess
import tempfile
import time
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
SHELL = os.path.join(ROOT, os.environ.get('MEDIACAPTURE_OUT', 'out/Release'),
                     'capture_shell')


def run_shell(*args, timeout=20):
    """The CompletedProcess; a hang is a failure (TimeoutExpired), not a
    stuck test."""
    proc = subprocess.run([SHELL] + list(args), capture_output=True,
                          text=True, stdin=subprocess.DEVNULL,
                          timeout=timeout)
    proc.stderr = ''.join(
        line for line in proc.stderr.splitlines(True)
        if not line.startswith(
            'mediacapture: warning: cannot connect to PulseAudio'))
    return proc


def wav(sample_rate, channels, frames=64):
    """16-bit PCM silence."""
    data = b'\0' * (frames * channels * 2)
    fmt = struct.pack('<HHIIHH', 1, channels, sample_rate,
                      sample_rate * channels * 2, channels * 2, 16)
    body = (b'WAVE' + b'fmt ' + struct.pack('<I', len(fmt)) + fmt +
            b'data' + struct.pack('<I', len(data)) + data)
    return b'RIFF' + struct.pack('<I', len(body)) + body


GUM = ('navigator.mediaDevices.getUserMedia({audio: true, video: true})'
       '.then(s => { console.log("GUM ok"); '
       's.getTracks().forEach(t => t.stop()); },'
       ' e => console.log("GUM", e.name, e.message));\n')


class HostileFilesTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.script = self.path('gum.js')
        with open(self.script, 'w') as f:
            f.write(GUM)

    def tearDown(self):
        self.dir.cleanup()

    def path(self, name):
        return os.path.join(self.dir.name, name)

    def fifo(self, name):
        path = self.path(name)
        os.mkfifo(path)
        return path

    def test_a_fifo_or_device_as_a_fake_capture_file_is_one_line_and_exit_2(
            self):
        zero = self.path('zero.y4m')
        os.symlink('/dev/zero', zero)
        for flag, path in [
            ('--use-file-for-fake-video-capture', self.fifo('video.y4m')),
            ('--use-file-for-fake-audio-capture', self.fifo('audio.wav')),
            ('--use-file-for-fake-video-capture', zero),
            ('--use-file-for-fake-audio-capture', '/dev/zero'),
        ]:
            start = time.monotonic()
            proc = run_shell('--use-fake-ui-for-media-stream',
                             '--profile-dir=' + self.path('profile'),
                             '%s=%s' % (flag, path), self.script)
            self.assertLess(time.monotonic() - start, 10)
            self.assertEqual(proc.returncode, 2, path + ': ' + proc.stderr)
            self.assertEqual(
                proc.stderr,
                'capture_shell: cannot open %s: not a regular file\n' % path)
            self.assertEqual(proc.stdout, '')

    def test_a_fifo_or_dev_zero_as_the_salt_warns_and_ids_last_one_run(self):
        script = self.path('ids.js')
        with open(script, 'w') as f:
            f.write('navigator.mediaDevices.getUserMedia({video: true})'
                    '.then(async s => {\n'
                    '  s.getTracks().forEach(t => t.stop());\n'
                    '  const d = (await navigator.mediaDevices'
                    '.enumerateDevices()).find(d => d.kind == "videoinput");\n'
                    '  console.log("ID", d.deviceId.length);\n'
                    '});\n')
        for kind in ('fifo', 'dev-zero'):
            profile = self.path('profile-' + kind)
            os.mkdir(profile)
            salt = os.path.join(profile, 'device_id_salt')
            if kind == 'fifo':
                os.mkfifo(salt)
            else:
                os.symlink('/dev/zero', salt)
            start = time.monotonic()
            proc = run_shell('--use-fake-ui-for-media-stream',
                             '--use-fake-device-for-media-stream',
                             '--profile-dir=' + profile, script)
            self.assertLess(time.monotonic() - start, 10)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertEqual(proc.stdout, 'ID 64\n')
            self.assertEqual(
                proc.stderr,
                "mediacapture: warning: device id salt '%s' is not a regular "
                "file; device ids last for this run only\n" % salt)
            # Left as it was.
            self.assertFalse(os.path.isfile(salt) and not os.path.islink(salt))

    def test_a_wav_the_fake_microphone_cannot_play_is_refused_at_startup(self):
        for rate, channels in [(4000, 1), (7999, 2), (48000, 9), (8000, 32)]:
            path = self.path('%d-%d.wav' % (rate, channels))
            with open(path, 'wb') as f:
                f.write(wav(rate, channels))
            proc = run_shell('--use-fake-ui-for-media-stream',
                             '--profile-dir=' + self.path('profile'),
                             '--use-file-for-fake-audio-capture=' + path,
                             self.script)
            self.assertEqual(proc.returncode, 2, proc.stdout + proc.stderr)
            self.assertEqual(
                proc.stderr,
                'capture_shell: %s: %d Hz x %d channels is not supported '
                '(8000 to 384000 Hz, 1 to 8 channels)\n' %
                (path, rate, channels))
            self.assertEqual(proc.stdout, '')

    def test_a_wav_at_the_limits_plays(self):
        for rate, channels in [(8000, 1), (384000, 8)]:
            path = self.path('%d-%d.wav' % (rate, channels))
            with open(path, 'wb') as f:
                f.write(wav(rate, channels, frames=rate // 10))
            proc = run_shell('--use-fake-ui-for-media-stream',
                             '--profile-dir=' + self.path('profile'),
                             '--use-file-for-fake-audio-capture=' + path,
                             self.script)
            self.assertEqual(proc.returncode, 0, proc.stderr)
            self.assertEqual(proc.stdout, 'GUM ok\n', proc.stderr)


if __name__ == '__main__':
    unittest.main()

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Runs capture_shell (from $MEDIACAPTURE_OUT, default out/Release) on a
script of tools/origin_tests/ and returns its output."""

import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def shell_path():
    out = os.environ.get('MEDIACAPTURE_OUT', 'out/Release')
    return os.path.join(ROOT, out, 'capture_shell')


def run_shell(script, profile_dir, origin, fake_ui=True, timeout=30):
    """Returns the CompletedProcess of one capture_shell run, with no
    terminal on stdin."""
    args = [shell_path(), '--use-fake-device-for-media-stream',
            '--profile-dir=%s' % profile_dir, '--origin=%s' % origin]
    if fake_ui:
        args.append('--use-fake-ui-for-media-stream')
    args.append(os.path.join(HERE, script))
    return subprocess.run(args, stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, timeout=timeout, cwd=ROOT)

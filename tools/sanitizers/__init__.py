# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The sanitizer runtime options every test run uses, and how a run's
stderr shows a sanitizer report.

A report must fail the run. Each runtime stops at its first report and
exits with EXIT_CODE, which no tested program uses for itself (capture_shell
exits 0 to 3, Catch2 with the count of failed assertions, at most 255 but
never 66 in practice), and the runners also look for the report text, so
that a report with any exit code still counts.

  ASAN_OPTIONS   AddressSanitizer, with LeakSanitizer at exit
  LSAN_OPTIONS   lsan_suppressions.txt (V8/libnode and system libraries
                 only, each line with its reason)
  UBSAN_OPTIONS  UndefinedBehaviorSanitizer (built -fno-sanitize-recover)
  TSAN_OPTIONS   ThreadSanitizer, tsan_suppressions.txt (third-party only)

Options already in the environment come after ours, so they win.
"""

import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
LSAN_SUPPRESSIONS = os.path.join(HERE, 'lsan_suppressions.txt')
TSAN_SUPPRESSIONS = os.path.join(HERE, 'tsan_suppressions.txt')

# The exit status of a process that hit a sanitizer report.
EXIT_CODE = 66

_OPTIONS = {
    'ASAN_OPTIONS': [
        'detect_leaks=1',
        'halt_on_error=1',
        'abort_on_error=0',
        'exitcode=%d' % EXIT_CODE,
        'check_initialization_order=1',
        'strict_init_order=1',
    ],
    'LSAN_OPTIONS': [
        'suppressions=' + LSAN_SUPPRESSIONS,
        'print_suppressions=0',
        'exitcode=%d' % EXIT_CODE,
    ],
    'UBSAN_OPTIONS': [
        'print_stacktrace=1',
        'halt_on_error=1',
        'exitcode=%d' % EXIT_CODE,
    ],
    'TSAN_OPTIONS': [
        'suppressions=' + TSAN_SUPPRESSIONS,
        'halt_on_error=1',
        'exitcode=%d' % EXIT_CODE,
        'second_deadlock_stack=1',
    ],
}

# The first line of a report, whichever runtime wrote it.
_REPORT_START = re.compile(
    r'^(?:==\d+==\s*ERROR: (?:Address|Leak|UndefinedBehavior|Thread)'
    r'Sanitizer'
    r'|WARNING: ThreadSanitizer:'
    r'|.*: runtime error: '
    r'|SUMMARY: (?:Address|Leak|UndefinedBehavior|Thread)Sanitizer)',
    re.MULTILINE)

# How much of a report a runner prints.
REPORT_CHARS = 30000


def environment(base=None):
    """A copy of |base| (default os.environ) with the sanitizer options."""
    env = dict(os.environ if base is None else base)
    for name, options in _OPTIONS.items():
        ours = ':'.join(options)
        theirs = env.get(name)
        env[name] = ours + ':' + theirs if theirs else ours
    return env


def find_report(stderr):
    """The sanitizer report in |stderr| (from its first line on, at most
    REPORT_CHARS), or None."""
    if not stderr:
        return None
    match = _REPORT_START.search(stderr)
    if not match:
        return None
    return stderr[match.start():match.start() + REPORT_CHARS]

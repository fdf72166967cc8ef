#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Runs the web tests: each page under web_tests/ with capture_shell, its
output compared with the `<name>-expected.txt` baseline beside it.

  tools/run_web_tests.py [options] [TEST_OR_DIR...]

A test's output is what capture_shell prints on stdout (its stderr is
shown for failures). Tests are .html/.htm pages and WPT .window.js/.any.js
files under
web_tests/, outside resources/ and support/ directories. They run in
parallel (one worker a core). web_tests/TestExpectations lists the tests
expected not to pass, in Blink's syntax:

  # A reason, on its own line(s) just above, or after the test:
  crbug.com/123 runtime/flaky.html [ Failure Pass ]
  runtime/hang.html [ Timeout ]  # checks the shell's timeout line
  [ Linux ] some/dir/ [ Skip ]  # a reason

capture_shell gets DEFAULT_SHELL_FLAGS (the fake camera and microphone,
every prompt granted), unless the test's first line lists its own flags,
which then replace them:

  <!-- capture_shell: --use-fake-ui-for-media-stream=deny -->
  // capture_shell: --expose-gc        (in a .js test)

Outcomes: Pass (output equals the baseline), Failure (it differs, or the
baseline is missing), Timeout (the shell hit its --timeout, or the runner
killed it), Crash (any other exit, or a sanitizer report on stderr: the
report is printed, and no expectation lets it pass). The shell runs with
tools/sanitizers' ASAN/LSAN/UBSAN/TSAN_OPTIONS, so that a sanitized build
(--out out/Asan) stops at its first report. A test passes when its outcome is one
that TestExpectations allows (Pass by default); an expected Timeout with a
baseline must also match it. --reset-results writes the baselines anew.

Ends with one line: `N passed, N failed` (`, N skipped`).
"""

import argparse
import concurrent.futures
import difflib
import json
import os
import re
import shlex
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)
from tools import sanitizers  # noqa: E402
WEB_TESTS = os.path.join(ROOT, 'web_tests')
EXPECTATIONS = os.path.join(WEB_TESTS, 'TestExpectations')

# capture_shell's exit codes (see capture_shell --help).
EXIT_OK = 0
EXIT_SCRIPT_ERROR = 1
EXIT_TIMEOUT = 3

# The shell enforces each page's own timeout; this only catches a shell
# that is stuck where its timer cannot fire (a script in an endless loop).
RUNNER_KILL_SECONDS = 120

TEST_SUFFIXES = ('.html', '.htm', '.window.js', '.any.js')
NOT_TEST_DIRS = ('resources', 'support')
OUTCOMES = ('Pass', 'Failure', 'Timeout', 'Crash', 'Skip')
PLATFORM = 'Linux'

DEFAULT_SHELL_FLAGS = [
    '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream'
]
FLAGS_LINE = re.compile(r'^\s*(?:<!--|//)\s*capture_shell:(.*?)(?:-->)?\s*$')


class ExpectationError(Exception):
    pass


def is_test_file(relative):
    parts = relative.split('/')
    if any(part in NOT_TEST_DIRS for part in parts[:-1]):
        return False
    name = parts[-1]
    if '-expected' in name or name.startswith('.'):
        return False
    return name.endswith(TEST_SUFFIXES)


def baseline_path(test):
    """runtime/x.html -> web_tests/runtime/x-expected.txt;
    x.any.js -> x.any-expected.txt (only the last extension goes)."""
    stem = os.path.splitext(test)[0]
    return os.path.join(WEB_TESTS, stem + '-expected.txt')


def find_tests(args):
    """Test names (relative to web_tests/, with '/') for the arguments, or
    every test when there are none."""
    roots = args or [WEB_TESTS]
    found = []
    for arg in roots:
        # A name under web_tests/ first ("bindings" is also a top-level
        # directory), then a path as given.
        under = os.path.join(WEB_TESTS, arg)
        path = os.path.abspath(under if os.path.exists(under) else arg)
        if not path.startswith(WEB_TESTS + os.sep) and path != WEB_TESTS:
            raise SystemExit('run_web_tests.py: %s is not under %s' %
                             (arg, WEB_TESTS))
        if os.path.isdir(path):
            for dirpath, dirnames, filenames in os.walk(path):
                dirnames.sort()
                for filename in sorted(filenames):
                    relative = os.path.relpath(
                        os.path.join(dirpath, filename),
                        WEB_TESTS).replace(os.sep, '/')
                    if is_test_file(relative):
                        found.append(relative)
        elif os.path.isfile(path):
            found.append(os.path.relpath(path, WEB_TESTS).replace(os.sep, '/'))
        else:
            raise SystemExit('run_web_tests.py: no test %s' % arg)
    return sorted(set(found))


def shell_flags(path):
    """The capture_shell flags for the test at |path|: its first line's
    `capture_shell:` list, else DEFAULT_SHELL_FLAGS."""
    with open(path, errors='replace') as f:
        first = f.readline()
    match = FLAGS_LINE.match(first)
    return shlex.split(match.group(1)) if match else list(DEFAULT_SHELL_FLAGS)


def parse_expectations(path):
    """Blink's TestExpectations: a list of (test or directory prefix,
    outcomes), later lines winning. Every line needs a reason: a bug link or
    a comment on it or just above it."""
    rules = []
    if not os.path.exists(path):
        return rules
    with open(path) as f:
        lines = f.read().splitlines()
    comment_above = False
    for number, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line:
            comment_above = False
            continue
        if line.startswith('#'):
            comment_above = True
            continue
        content, _, comment = line.partition('#')
        tokens = content.split()
        bugs = []
        while tokens and re.match(r'^(crbug(\.com)?/|Bug\(|https?://|b/)',
                                  tokens[0]):
            bugs.append(tokens.pop(0))
        modifiers = []
        if tokens and tokens[0] == '[':
            end = tokens.index(']')
            modifiers = tokens[1:end]
            tokens = tokens[end + 1:]
        if not tokens:
            raise ExpectationError('%s:%d: no test named' % (path, number))
        test = tokens.pop(0)
        if tokens[:1] != ['['] or tokens[-1:] != [']']:
            raise ExpectationError('%s:%d: expected "[ Outcome ... ]" after '
                                   'the test' % (path, number))
        outcomes = tokens[1:-1]
        unknown = [o for o in outcomes if o not in OUTCOMES]
        if unknown or not outcomes:
            raise ExpectationError('%s:%d: unknown outcome %s (one of %s)' %
                                   (path, number, ' '.join(unknown) or '[]',
                                    ', '.join(OUTCOMES)))
        if not (bugs or comment.strip() or comment_above):
            raise ExpectationError('%s:%d: give a reason (a bug or a '
                                   'comment)' % (path, number))
        if modifiers and PLATFORM not in modifiers:
            continue
        rules.append((test.rstrip('*'), set(outcomes)))
    return rules


def expected_outcomes(rules, test):
    outcomes = {'Pass'}
    for prefix, listed in rules:
        if test == prefix or (prefix.endswith('/') and
                              test.startswith(prefix)):
            outcomes = listed
    return outcomes


class Result:

    def __init__(self, test, outcome, output='', stderr='', diff='',
                 note=''):
        self.test = test
        self.outcome = outcome
        self.output = output
        self.stderr = stderr
        self.diff = diff
        self.note = note
        self.expected = None
        self.passed = None
        self.sanitizer_report = None


def run_test(shell, test, extra_args):
    """Runs one test with capture_shell and compares with its baseline."""
    page = os.path.join(WEB_TESTS, test)
    command = [shell] + shell_flags(page) + extra_args + [page]
    try:
        proc = subprocess.run(command,
                              capture_output=True,
                              text=True,
                              errors='replace',
                              timeout=RUNNER_KILL_SECONDS,
                              cwd=ROOT,
                              env=sanitizers.environment())
    except subprocess.TimeoutExpired as e:
        output = e.stdout or ''
        if isinstance(output, bytes):
            output = output.decode('utf-8', 'replace')
        return Result(test, 'Timeout', output,
                      note='killed by the runner after %d s' %
                      RUNNER_KILL_SECONDS)
    output, stderr = proc.stdout, proc.stderr
    report = sanitizers.find_report(stderr)
    if report is not None:
        result = Result(test, 'Crash', output, stderr,
                        note='sanitizer report, capture_shell exited with %d' %
                        proc.returncode)
        result.sanitizer_report = report
        return result
    if proc.returncode == EXIT_TIMEOUT:
        outcome = 'Timeout'
    elif proc.returncode in (EXIT_OK, EXIT_SCRIPT_ERROR):
        outcome = 'Pass'
    else:
        return Result(test, 'Crash', output, stderr,
                      note='capture_shell exited with %d' % proc.returncode)
    baseline = baseline_path(test)
    if not os.path.exists(baseline):
        if outcome == 'Timeout':
            return Result(test, outcome, output, stderr)
        return Result(test, 'Failure', output, stderr,
                      note='no baseline %s (run with --reset-results)' %
                      os.path.relpath(baseline, ROOT))
    with open(baseline, errors='replace') as f:
        expected = f.read()
    if expected == output:
        return Result(test, outcome, output, stderr)
    diff = ''.join(
        difflib.unified_diff(expected.splitlines(True),
                             output.splitlines(True),
                             os.path.relpath(baseline, ROOT),
                             test + ' (actual)'))
    if outcome == 'Timeout':
        return Result(test, 'Failure', output, stderr, diff,
                      note='timed out, and the output differs from the '
                      'baseline')
    return Result(test, 'Failure', output, stderr, diff)


def shell_path(args):
    out = args.out or os.environ.get('MEDIACAPTURE_OUT', 'out/Release')
    if not os.path.isabs(out):
        out = os.path.join(ROOT, out)
    return os.path.join(out, 'capture_shell')


def main():
    parser = argparse.ArgumentParser(
        description=__doc__.split('\n')[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog='\n'.join(__doc__.split('\n')[2:]))
    parser.add_argument('tests', nargs='*', help='tests or directories')
    parser.add_argument('--out',
                        help='build output directory with capture_shell '
                        '(default: $MEDIACAPTURE_OUT or out/Release)')
    parser.add_argument('--reset-results',
                        action='store_true',
                        help='write each test\'s output as its baseline')
    parser.add_argument('--json', help='write a summary to this file')
    parser.add_argument('--jobs', '-j', type=int, default=os.cpu_count())
    parser.add_argument('--timeout',
                        type=float,
                        help='pass --timeout=SECONDS to capture_shell')
    parser.add_argument('--verbose', '-v', action='store_true',
                        help='print every result, and stderr of failures')
    args = parser.parse_args()

    shell = shell_path(args)
    if not os.access(shell, os.X_OK):
        print('run_web_tests.py: no capture_shell at %s (build it, or give '
              '--out)' % shell)
        return 2
    try:
        rules = parse_expectations(EXPECTATIONS)
    except ExpectationError as e:
        print('run_web_tests.py: %s' % e)
        return 2
    tests = find_tests(args.tests)
    extra_args = []
    if args.timeout is not None:
        extra_args.append('--timeout=%g' % args.timeout)

    to_run = []
    results = []
    for test in tests:
        expected = expected_outcomes(rules, test)
        if 'Skip' in expected and not args.tests:
            result = Result(test, 'Skip')
            result.expected, result.passed = expected, None
            results.append(result)
        else:
            to_run.append((test, expected))

    total = len(to_run)
    done = [0]
    lock = threading.Lock()
    tty = sys.stdout.isatty()
    started = time.monotonic()

    def report(result):
        with lock:
            done[0] += 1
            status = 'ok' if result.passed else result.outcome.upper()
            if result.passed and result.outcome != 'Pass':
                status = 'ok (expected %s)' % result.outcome
            line = '[%d/%d] %s %s' % (done[0], total, result.test, status)
            if tty and result.passed and not args.verbose:
                sys.stdout.write('\r\033[K' + line)
            else:
                sys.stdout.write(('\r\033[K' if tty else '') + line + '\n')
            sys.stdout.flush()

    def work(item):
        test, expected = item
        result = run_test(shell, test, extra_args)
        result.expected = expected
        # An unexpected pass is not a failure (as in Blink); it is noted.
        # A sanitizer report always fails.
        result.passed = (result.sanitizer_report is None and
                         (result.outcome in expected or
                          result.outcome == 'Pass'))
        timed_out_as_expected = (result.outcome == 'Timeout' and
                                 'Timeout' in expected)
        if args.reset_results and (result.outcome in ('Pass', 'Failure') or
                                   timed_out_as_expected):
            baseline = baseline_path(test)
            with open(baseline, 'w') as f:
                f.write(result.output)
            if not timed_out_as_expected:
                result.outcome = 'Pass'
            result.passed, result.diff = True, ''
            result.note = 'baseline written'
        report(result)
        return result

    with concurrent.futures.ThreadPoolExecutor(
            max_workers=max(1, args.jobs)) as pool:
        results.extend(pool.map(work, to_run))
    if tty:
        sys.stdout.write('\r\033[K')

    failures = [r for r in results if r.passed is False]
    for result in failures:
        print('\n=== %s: %s, expected %s%s' %
              (result.test, result.outcome, ' or '.join(sorted(
                  result.expected)), ' (%s)' % result.note if result.note
               else ''))
        if result.sanitizer_report is not None:
            print('--- sanitizer report:')
            sys.stdout.write(result.sanitizer_report)
            continue
        if result.diff:
            sys.stdout.write(result.diff)
        elif result.output and result.outcome != 'Failure':
            sys.stdout.write(result.output)
        if result.stderr and (args.verbose or not result.diff):
            print('--- stderr:')
            sys.stdout.write(result.stderr[-4000:])
    unexpected_passes = [
        r for r in results
        if r.passed and r.outcome == 'Pass' and 'Pass' not in r.expected
    ]
    for result in unexpected_passes:
        print('note: %s passed; remove its TestExpectations line' %
              result.test)

    passed = sum(1 for r in results if r.passed)
    failed = len(failures)
    skipped = sum(1 for r in results if r.passed is None)
    if args.json:
        summary = {
            'passed': passed,
            'failed': failed,
            'skipped': skipped,
            'seconds': round(time.monotonic() - started, 2),
            'tests': {
                r.test: {
                    'actual': r.outcome,
                    'expected': sorted(r.expected),
                    'passed': r.passed,
                }
                for r in results
            },
        }
        os.makedirs(os.path.dirname(os.path.abspath(args.json)),
                    exist_ok=True)
        with open(args.json, 'w') as f:
            json.dump(summary, f, indent=2, sort_keys=True)
    line = '%d passed, %d failed' % (passed, failed)
    if skipped:
        line += ', %d skipped' % skipped
    print(line)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())

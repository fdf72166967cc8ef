#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Runs every test suite of the project and ends with one line
`N passed, N failed` over all of them.

Suites:
  - the static checks (tools/checks.py: clang-format, layers, gn check,
    idl_check), one test each;
  - capture_unittests (Catch2), from out/Release and, with --sanitizers,
    from out/Asan (AddressSanitizer + UBSan);
  - the Python tests of tools/ (the shell's command-line behaviour, the
    bindings generator), files named *_test.py;
  - the web tests (tools/run_web_tests.py), when the runner exists;
  - with --sanitizers, everything that runs capture_shell or embed_example
    once more on out/Asan (ASan + LeakSanitizer + UBSan): the web tests and
    SANITIZED_PYTHON_TESTS; and, with --tsan, the V8-free threaded tests
    built with ThreadSanitizer in out/Tsan (TSAN_TESTS). Every sanitized
    run uses tools/sanitizers' options: a report fails it;
  - with --fuzz, each libFuzzer target of out/Fuzz (tools/build fuzz
    fuzzers) for FUZZ_RUNS executions from its seed corpus, one test each,
    passed when the fuzzer exits 0 (no crash, sanitizer report, leak,
    timeout or out-of-memory). tools/fuzz runs them longer.

Called by tools/test after it installed and built everything.
"""

import argparse
import os
import re
import subprocess
import sys
import unittest
import xml.etree.ElementTree as ElementTree

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELEASE_OUT = os.path.join(ROOT, os.environ.get('MEDIACAPTURE_OUT', 'out/Release'))


class Tally:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.skipped = 0

    def add(self, suite, passed, failed, skipped=0):
        self.passed += passed
        self.failed += failed
        self.skipped += skipped
        extra = ', %d skipped' % skipped if skipped else ''
        print('%-28s %d passed, %d failed%s' % (suite + ':', passed, failed,
                                                 extra),
              flush=True)

    def line(self):
        extra = ', %d skipped' % self.skipped if self.skipped else ''
        return '%d passed, %d failed%s' % (self.passed, self.failed, extra)


def run_catch2(tally, name, binary, env=None):
    """Runs a Catch2 binary with the XML reporter and counts test cases."""
    if not os.path.exists(binary):
        print('%s: %s is missing' % (name, binary))
        tally.add(name, 0, 1)
        return
    proc = subprocess.run([binary, '-r', 'xml'],
                          capture_output=True,
                          text=True,
                          env=env)
    try:
        tree = ElementTree.fromstring(proc.stdout)
        cases = tree.find('OverallResultsCases')
        passed = int(cases.get('successes'))
        failed = int(cases.get('failures')) + int(
            cases.get('expectedFailures', '0'))
    except (ElementTree.ParseError, AttributeError, TypeError):
        passed, failed = 0, 1
    if proc.returncode != 0 and failed == 0:
        # A crash or a sanitizer report after the last test still fails.
        failed = 1
    if failed:
        # Show what failed in Catch2's readable form.
        rerun = subprocess.run([binary], capture_output=True, text=True,
                               env=env)
        sys.stdout.write(rerun.stdout[-20000:])
        sys.stdout.write(rerun.stderr[-20000:])
    tally.add(name, passed, failed)


class _CountingResult(unittest.TextTestResult):
    pass


def run_python_tests(tally):
    """Discovers tools/**/*_test.py and counts test methods."""
    loader = unittest.TestLoader()
    suite = loader.discover(os.path.join(ROOT, 'tools'),
                            pattern='*_test.py',
                            top_level_dir=ROOT)
    runner = unittest.TextTestRunner(stream=sys.stdout,
                                     verbosity=0,
                                     resultclass=_CountingResult)
    result = runner.run(suite)
    failed = len(result.failures) + len(result.errors)
    skipped = len(result.skipped)
    passed = result.testsRun - failed - skipped
    tally.add('python tests', passed, failed, skipped)


def run_checks(tally):
    sys.path.insert(0, ROOT)
    from tools import checks
    results = checks.run(checks.CHECKS, RELEASE_OUT, ROOT)
    failed = 0
    for name, problems in results.items():
        if problems:
            failed += 1
            print('check %s FAILED:' % name)
            for p in problems[:50]:
                print('  ' + p)
    tally.add('checks (%s)' % ', '.join(checks.CHECKS),
              len(results) - failed, failed)


def run_node_tests(tally):
    """node/test/*.test.js with Node's own test runner (tools/node --test,
    TAP output), counting its tests."""
    tests = os.path.join(ROOT, 'node', 'test')
    if not os.path.isdir(tests):
        return
    env = dict(os.environ, MEDIACAPTURE_OUT=RELEASE_OUT)
    proc = subprocess.run([os.path.join(ROOT, 'tools', 'node'), '--test',
                           '--test-reporter=tap', tests],
                          capture_output=True, text=True, env=env,
                          cwd=ROOT)
    counts = {}
    for line in proc.stdout.splitlines():
        match = re.match(r'^# (pass|fail|cancelled|skipped|todo) (\d+)$',
                         line)
        if match:
            counts[match.group(1)] = int(match.group(2))
    passed = counts.get('pass', 0)
    failed = counts.get('fail', 0) + counts.get('cancelled', 0)
    skipped = counts.get('skipped', 0) + counts.get('todo', 0)
    if proc.returncode != 0 and failed == 0:
        failed = 1
    if 'pass' not in counts and failed == 0:
        # No summary: the runner itself failed.
        failed = 1
    if failed:
        sys.stdout.write(proc.stdout[-20000:])
        sys.stdout.write(proc.stderr[-20000:])
    tally.add('node tests', passed, failed, skipped)


def run_web_tests(tally):
    runner = os.path.join(ROOT, 'tools', 'run_web_tests.py')
    if not os.path.exists(runner):
        return
    summary = os.path.join(RELEASE_OUT, 'web_tests_summary.json')
    if os.path.exists(summary):
        os.remove(summary)  # A stale summary must not count for this run.
    proc = subprocess.run(
        [sys.executable, runner, '--out', RELEASE_OUT, '--json', summary],
        cwd=ROOT)
    import json
    try:
        with open(summary) as f:
            data = json.load(f)
        tally.add('web tests', data['passed'], data['failed'],
                  data.get('skipped', 0))
    except (OSError, ValueError, KeyError):
        tally.add('web tests', 0, 1)
    if proc.returncode not in (0, 1):
        tally.add('web test runner', 0, 1)


ASAN_OUT = os.path.join(ROOT, 'out', 'Asan')
TSAN_OUT = os.path.join(ROOT, 'out', 'Tsan')

# The Python tests that run capture_shell or embed_example (from
# $MEDIACAPTURE_OUT). The out-of-tree embedding tests are left out: they
# build the example with plain g++, which cannot link sanitized objects.
SANITIZED_PYTHON_TESTS = [
    'tools.shell_tests',
    'tools.origin_tests',
    'tools.pulse_web_tests',
    'tools.embed_tests.embed_test.EmbedExampleTest.'
    'test_gn_built_example_prints_the_camera_settings',
]

# The per-area test binaries (no V8: libnode is not instrumented for TSan)
# whose code runs threads: the V4L2 capture and hot-plug threads, the
# PulseAudio threaded mainloop, the fake devices' timer thread, track
# delivery and capture sources, prompts answered on other threads.
TSAN_TESTS = [
    'v4l2_unittests',
    'pulse_unittests',
    'fake_unittests',
    'mediastream_unittests',
    'permissions_unittests',
    'devices_unittests',
]


def run_python_tests_only(names, summary):
    """Runs the named test modules/cases here (a child of
    run_sanitized_tests, with its own MEDIACAPTURE_OUT) and writes the
    counts to |summary|."""
    import json
    sys.path.insert(0, ROOT)
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for name in names:
        path = os.path.join(ROOT, *name.split('.'))
        if os.path.isdir(path):
            # A package: its *_test.py files.
            suite.addTests(
                loader.discover(path, pattern='*_test.py', top_level_dir=ROOT))
        else:
            suite.addTests(loader.loadTestsFromName(name))
    result = unittest.TextTestRunner(stream=sys.stdout, verbosity=0).run(suite)
    failed = len(result.failures) + len(result.errors)
    skipped = len(result.skipped)
    with open(summary, 'w') as f:
        json.dump({'passed': result.testsRun - failed - skipped,
                   'failed': failed, 'skipped': skipped}, f)
    return 0


def run_sanitized_tests(tally):
    """The web tests and the shell's Python tests on out/Asan."""
    import json
    sys.path.insert(0, ROOT)
    from tools import sanitizers
    env = sanitizers.environment()
    env['MEDIACAPTURE_OUT'] = os.path.relpath(ASAN_OUT, ROOT)
    summary = os.path.join(ASAN_OUT, 'python_tests_summary.json')
    if os.path.exists(summary):
        os.remove(summary)
    subprocess.run([sys.executable, os.path.abspath(__file__),
                    '--python-tests-only', summary] + SANITIZED_PYTHON_TESTS,
                   cwd=ROOT, env=env)
    try:
        with open(summary) as f:
            data = json.load(f)
        tally.add('python tests (asan+ubsan)', data['passed'], data['failed'],
                  data['skipped'])
    except (OSError, ValueError, KeyError):
        tally.add('python tests (asan+ubsan)', 0, 1)

    runner = os.path.join(ROOT, 'tools', 'run_web_tests.py')
    summary = os.path.join(ASAN_OUT, 'web_tests_summary.json')
    if os.path.exists(summary):
        os.remove(summary)
    proc = subprocess.run(
        [sys.executable, runner, '--out', ASAN_OUT, '--json', summary],
        cwd=ROOT, env=env)
    try:
        with open(summary) as f:
            data = json.load(f)
        tally.add('web tests (asan+ubsan)', data['passed'], data['failed'],
                  data.get('skipped', 0))
    except (OSError, ValueError, KeyError):
        tally.add('web tests (asan+ubsan)', 0, 1)
    if proc.returncode not in (0, 1):
        tally.add('web test runner (asan)', 0, 1)


def run_tsan_tests(tally):
    sys.path.insert(0, ROOT)
    from tools import sanitizers
    env = sanitizers.environment()
    for name in TSAN_TESTS:
        run_catch2(tally, '%s (tsan)' % name, os.path.join(TSAN_OUT, name),
                   env)


# Executions per fuzzer in the test command: all seven take about 60 s on
# two cores, 54 of them select_settings_fuzzer (a few hundred inputs a
# second; the file parsers run thousands).
FUZZ_RUNS = 15000


def run_fuzzers(tally):
    import shutil
    import tempfile
    sys.path.insert(0, ROOT)
    from tools import fuzzers
    targets = fuzzers.load_targets()
    if not targets:
        print('fuzzers: none in %s' % fuzzers.FUZZ_OUT)
        tally.add('fuzzers', 0, 1)
        return
    env = fuzzers.environment()
    passed = failed = 0
    scratch = tempfile.mkdtemp(prefix='fuzz-corpus-')
    try:
        for target in targets:
            if not os.path.exists(target.binary):
                print('fuzzer %s: %s is missing' % (target.name, target.binary))
                failed += 1
                continue
            result = fuzzers.run(target, os.path.join(scratch, target.name),
                                 runs=FUZZ_RUNS, env=env)
            print('fuzzer %-30s %d executions in %.1f s: %s' %
                  (target.name, result.executions, result.seconds,
                   'ok' if result.ok else 'FAILED (exit %d)' %
                   result.returncode), flush=True)
            if result.ok:
                passed += 1
            else:
                failed += 1
                sys.stdout.write(result.log[-20000:])
                for artifact in result.artifacts:
                    kept = os.path.join(fuzzers.FUZZ_OUT, 'artifacts',
                                        os.path.basename(artifact))
                    os.makedirs(os.path.dirname(kept), exist_ok=True)
                    shutil.copy(artifact, kept)
                    print('  input: %s' % os.path.relpath(kept, ROOT))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    tally.add('fuzzers (%d runs each)' % FUZZ_RUNS, passed, failed)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--sanitizers',
                        action='store_true',
                        help='also run the unit tests, the web tests and the '
                        'shell tests built with ASan+UBSan')
    parser.add_argument('--tsan',
                        action='store_true',
                        help='also run TSAN_TESTS built with ThreadSanitizer')
    parser.add_argument('--fuzz',
                        action='store_true',
                        help='also run each libFuzzer target of out/Fuzz '
                        'for FUZZ_RUNS executions')
    parser.add_argument('--python-tests-only', nargs='+',
                        metavar=('SUMMARY', 'TEST'),
                        help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.python_tests_only:
        return run_python_tests_only(args.python_tests_only[1:],
                                     args.python_tests_only[0])

    tally = Tally()
    run_checks(tally)
    run_catch2(tally, 'unit tests',
               os.path.join(RELEASE_OUT, 'capture_unittests'))
    if args.sanitizers:
        sys.path.insert(0, ROOT)
        from tools import sanitizers
        run_catch2(tally, 'unit tests (asan+ubsan)',
                   os.path.join(ASAN_OUT, 'capture_unittests'),
                   sanitizers.environment())
    run_python_tests(tally)
    run_web_tests(tally)
    run_node_tests(tally)
    if args.sanitizers:
        run_sanitized_tests(tally)
    if args.tsan:
        run_tsan_tests(tally)
    if args.fuzz:
        run_fuzzers(tally)
    print(tally.line(), flush=True)
    return 1 if tally.failed else 0


if __name__ == '__main__':
    sys.exit(main())

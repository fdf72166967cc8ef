# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Runs the libFuzzer targets of out/Fuzz (build/fuzzer_test.gni), for
tools/fuzz and tools/run_tests.py --fuzz.

Each fuzzer_test() writes out/Fuzz/fuzzers/<name>.json: the binary, its seed
corpus (testing/fuzz/corpus/<name>, read-only here) and its libFuzzer
options. A run fuzzes into a scratch corpus directory first (where libFuzzer
writes what it finds) with the seed corpus second, under the sanitizer
options of tools/sanitizers, and counts the executions from libFuzzer's
final stats.
"""

import json
import os
import re
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FUZZ_OUT = os.path.join(ROOT, 'out', 'Fuzz')

# Per input: a hang is a failure (libFuzzer's -timeout, seconds), and so is
# an input that takes more memory than a page or file should (MB).
TIMEOUT_S = 25
RSS_LIMIT_MB = 2048


class Target:
    def __init__(self, out, spec):
        self.name = spec['name']
        self.binary = os.path.join(out, spec['executable'])
        self.seed_corpus = os.path.normpath(
            os.path.join(out, spec['seed_corpus']))
        self.options = list(spec.get('libfuzzer_options', []))


def load_targets(out=FUZZ_OUT, names=None):
    """The targets listed in |out|/fuzzers, sorted by name, or those of
    |names| (a ValueError names an unknown one)."""
    directory = os.path.join(out, 'fuzzers')
    targets = {}
    if os.path.isdir(directory):
        for entry in sorted(os.listdir(directory)):
            if entry.endswith('.json'):
                with open(os.path.join(directory, entry)) as f:
                    target = Target(out, json.load(f))
                targets[target.name] = target
    if not names:
        return list(targets.values())
    unknown = [n for n in names if n not in targets]
    if unknown:
        raise ValueError('unknown fuzzer %s (known: %s)' %
                         (', '.join(unknown), ', '.join(targets)))
    return [targets[n] for n in names]


class Result:
    def __init__(self, target, returncode, executions, seconds, log,
                 artifacts):
        self.target = target
        self.returncode = returncode
        self.executions = executions
        self.seconds = seconds
        self.log = log
        self.artifacts = artifacts

    @property
    def ok(self):
        return self.returncode == 0


_EXECUTED = re.compile(r'^stat::number_of_executed_units:\s*(\d+)',
                       re.MULTILINE)


def environment():
    sys.path.insert(0, ROOT)
    from tools import sanitizers
    env = sanitizers.environment()
    # libFuzzer reports a crash with its own exit code; keep ASan's default
    # behaviour of stopping at the first report.
    return env


def run(target, corpus_dir, runs=None, seconds=None, artifact_dir=None,
        extra=None, env=None):
    """Fuzzes |target| for |runs| executions or |seconds|, new inputs into
    |corpus_dir|. Returns a Result."""
    os.makedirs(corpus_dir, exist_ok=True)
    artifact_dir = artifact_dir or corpus_dir
    os.makedirs(artifact_dir, exist_ok=True)
    prefix = os.path.join(artifact_dir, target.name + '-')
    command = [target.binary] + target.options + [
        '-timeout=%d' % TIMEOUT_S,
        '-rss_limit_mb=%d' % RSS_LIMIT_MB,
        '-print_final_stats=1',
        '-artifact_prefix=' + prefix,
    ]
    if runs is not None:
        command.append('-runs=%d' % runs)
    if seconds is not None:
        command.append('-max_total_time=%d' % seconds)
    command += list(extra or [])
    command += [corpus_dir, target.seed_corpus]
    before = set(os.listdir(artifact_dir))
    start = time.monotonic()
    proc = subprocess.run(command, capture_output=True, text=True,
                          errors='replace', env=env or environment(),
                          cwd=ROOT)
    elapsed = time.monotonic() - start
    executed = [int(n) for n in _EXECUTED.findall(proc.stderr)]
    artifacts = sorted(
        os.path.join(artifact_dir, a)
        for a in set(os.listdir(artifact_dir)) - before
        if a.startswith(target.name + '-'))
    return Result(target, proc.returncode, sum(executed), elapsed,
                  proc.stderr, artifacts)

#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Tests of tools/fuzzers.py: how the fuzz targets are found and run."""

import json
import os
import stat
import tempfile
import unittest

from tools import fuzzers


def write_target(out, name, seed, options, script):
    os.makedirs(os.path.join(out, 'fuzzers'), exist_ok=True)
    with open(os.path.join(out, 'fuzzers', name + '.json'), 'w') as f:
        json.dump({'name': name, 'executable': name,
                   'seed_corpus': os.path.relpath(seed, out),
                   'libfuzzer_options': options}, f)
    binary = os.path.join(out, name)
    with open(binary, 'w') as f:
        f.write(script)
    os.chmod(binary, os.stat(binary).st_mode | stat.S_IXUSR)


# Stands in for a libFuzzer binary: prints its arguments and final stats.
FAKE_FUZZER = '''#!/bin/sh
echo "args: $*" >&2
echo "stat::number_of_executed_units: 1234" >&2
exit %d
'''


class FuzzersTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.out = os.path.join(self.tmp.name, 'out')
        self.seed = os.path.join(self.tmp.name, 'seed')
        os.makedirs(self.seed)

    def tearDown(self):
        self.tmp.cleanup()

    def test_targets_come_from_the_json_files_sorted(self):
        write_target(self.out, 'b_fuzzer', self.seed, [], FAKE_FUZZER % 0)
        write_target(self.out, 'a_fuzzer', self.seed, ['-max_len=9'],
                     FAKE_FUZZER % 0)
        targets = fuzzers.load_targets(self.out)
        self.assertEqual([t.name for t in targets], ['a_fuzzer', 'b_fuzzer'])
        self.assertEqual(targets[0].options, ['-max_len=9'])
        self.assertEqual(targets[0].seed_corpus, self.seed)
        self.assertEqual(
            [t.name for t in fuzzers.load_targets(self.out, ['b_fuzzer'])],
            ['b_fuzzer'])
        with self.assertRaises(ValueError):
            fuzzers.load_targets(self.out, ['c_fuzzer'])

    def test_a_run_counts_executions_and_passes_the_corpora(self):
        write_target(self.out, 'a_fuzzer', self.seed, ['-max_len=9'],
                     FAKE_FUZZER % 0)
        target = fuzzers.load_targets(self.out)[0]
        corpus = os.path.join(self.tmp.name, 'corpus')
        result = fuzzers.run(target, corpus, runs=77)
        self.assertTrue(result.ok)
        self.assertEqual(result.executions, 1234)
        self.assertIn('-runs=77', result.log)
        self.assertIn('-max_len=9', result.log)
        # The scratch corpus first (libFuzzer writes there), the seeds last.
        self.assertTrue(result.log.strip().split('\n')[0].endswith(
            corpus + ' ' + self.seed))

    def test_a_crash_fails_the_run(self):
        write_target(self.out, 'a_fuzzer', self.seed, [], FAKE_FUZZER % 77)
        target = fuzzers.load_targets(self.out)[0]
        result = fuzzers.run(target, os.path.join(self.tmp.name, 'c'),
                             seconds=1)
        self.assertFalse(result.ok)
        self.assertIn('-max_total_time=1', result.log)


if __name__ == '__main__':
    unittest.main()

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""deviceId is per origin and stable for one origin and profile
(https://w3c.github.io/mediacapture-main/#dom-mediadeviceinfo-deviceid);
groupId "MUST be uniquely generated for each document"
(https://w3c.github.io/mediacapture-main/#dom-mediadeviceinfo-groupid), so
it differs between two documents of one origin and profile, while the
devices of one physical device share it inside a document.
"""

import re
import tempfile
import unittest

from tools.origin_tests.shell_helper import run_shell

HEX64 = re.compile(r'^[0-9a-f]{64}$')


def device_ids(profile_dir, origin):
    result = run_shell('print_device_ids.js', profile_dir, origin)
    if result.returncode != 0 or 'DONE' not in result.stdout.split('\n'):
        raise AssertionError('capture_shell failed (%d):\n%s%s' %
                             (result.returncode, result.stdout, result.stderr))
    ids = []
    for line in result.stdout.splitlines():
        if line.startswith('ID '):
            _, kind, device_id, group_id = line.split(' ')
            ids.append((kind, device_id, group_id))
    return ids


class OriginIdsTest(unittest.TestCase):

    def test_device_ids_are_per_origin_and_stable(self):
        with tempfile.TemporaryDirectory() as profile:
            first = device_ids(profile, 'https://one.example')
            other = device_ids(profile, 'https://two.example')
            again = device_ids(profile, 'https://one.example')
        self.assertTrue(first)
        self.assertEqual(len(first), len(other))
        for _, device_id, group_id in first + other:
            self.assertRegex(device_id, HEX64)
            self.assertRegex(group_id, HEX64)
        first_ids = {d for _, d, _ in first}
        other_ids = {d for _, d, _ in other}
        self.assertEqual(first_ids & other_ids, set())
        self.assertEqual([(k, d) for k, d, _ in first],
                         [(k, d) for k, d, _ in again])

    def test_group_ids_are_per_document(self):
        # The default fake camera and microphone are one physical device
        # (Chromium's fake devices share a group), so they share a groupId
        # inside each document; a second document of the same origin and
        # profile sees other groupIds.
        with tempfile.TemporaryDirectory() as profile:
            first = device_ids(profile, 'https://one.example')
            again = device_ids(profile, 'https://one.example')
        self.assertEqual(sorted(k for k, _, _ in first),
                         ['audioinput', 'videoinput'])
        for ids in (first, again):
            self.assertEqual(len({g for _, _, g in ids}), 1,
                             'camera and microphone share a groupId: %r' %
                             (ids,))
        self.assertEqual({g for _, _, g in first} & {g for _, _, g in again},
                         set())


if __name__ == '__main__':
    unittest.main()

"""deviceId and groupId are per origin and stable for one origin and
profile (https://w3c.github.io/mediacapture-main/#dom-mediadeviceinfo-deviceid).
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
        self.assertEqual(first, again)


if __name__ == '__main__':
    unittest.main()

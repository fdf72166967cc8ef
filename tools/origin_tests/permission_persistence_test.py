# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Issue 7: a camera grant persists in the profile across capture_shell
runs, and a corrupt permissions file warns once and falls back to
"prompt" (https://w3c.github.io/mediacapture-main/#permissions-integration).
"""

import os
import tempfile
import unittest

from tools.origin_tests.shell_helper import run_shell

ORIGIN = 'https://one.example'
OTHER = 'https://two.example'
PERMISSIONS_FILE = 'media_permissions.txt'  # core/mediastream/media_context.cc


def lines(result):
    return [l for l in result.stdout.splitlines()
            if l.split(' ')[0] in ('STATE', 'GUM', 'DONE', 'BEFORE', 'AFTER')]


class PermissionPersistenceTest(unittest.TestCase):

    def test_a_grant_persists_to_the_next_run_without_the_fake_ui(self):
        with tempfile.TemporaryDirectory() as profile:
            first = run_shell('query_and_capture.js', profile, ORIGIN)
            self.assertEqual(lines(first), ['STATE prompt', 'GUM ok', 'DONE'],
                             first.stdout + first.stderr)
            # No terminal and no fake UI: a prompt would deny.
            second = run_shell('query_and_capture.js', profile, ORIGIN,
                               fake_ui=False)
            self.assertEqual(lines(second),
                             ['STATE granted', 'GUM ok', 'DONE'],
                             second.stdout + second.stderr)
            # Another origin of the same profile is not granted.
            other = run_shell('query_and_capture.js', profile, OTHER,
                              fake_ui=False)
            self.assertEqual(lines(other)[0], 'STATE prompt')
            self.assertNotEqual(lines(other)[1], 'GUM ok')

    def test_a_stored_grant_exposes_nothing_before_this_document_captures(self):
        # https://w3c.github.io/mediacapture-main/#mediadevices: on page load
        # [[canExposeCameraInfo]] and [[canExposeMicrophoneInfo]] are
        # initialized to false; only getUserMedia() sets them. A grant stored
        # by an earlier run is a permission, not a capture of this document.
        with tempfile.TemporaryDirectory() as profile:
            first = run_shell('enumerate_then_capture.js', profile, ORIGIN)
            self.assertEqual(lines(first)[:2], ['BEFORE 0 0 -', 'GUM ok'],
                             first.stdout + first.stderr)
            # Both permissions are stored now; no fake UI, so a prompt would
            # deny and the capture below would fail.
            second = run_shell('enumerate_then_capture.js', profile, ORIGIN,
                               fake_ui=False)
            result = lines(second)
            self.assertEqual(result[:2], ['BEFORE 0 0 -', 'GUM ok'],
                             second.stdout + second.stderr)
            # After this document's capture: every device's deviceId and
            # label (one camera, one microphone), and the failed constraint.
            self.assertEqual(result[2:], ['AFTER 2 2 width', 'DONE'],
                             second.stdout + second.stderr)

    def test_a_corrupt_file_warns_once_and_falls_back_to_prompt(self):
        with tempfile.TemporaryDirectory() as profile:
            granted = run_shell('query_and_capture.js', profile, OTHER)
            self.assertIn('GUM ok', lines(granted))
            path = os.path.join(profile, PERMISSIONS_FILE)
            with open(path) as f:
                valid = [l for l in f.read().splitlines()
                         if l.startswith(OTHER)]
            self.assertEqual(len(valid), 1)
            with open(path, 'w') as f:
                f.write('\x00\xff garbage %s camera=maybe\n' % ORIGIN)
                f.write(valid[0] + '\n')
            result = run_shell('query_and_capture.js', profile, ORIGIN,
                               fake_ui=False)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(lines(result)[0], 'STATE prompt')
            # One clear line: "mediacapture: warning: permissions file
            # '...' line 1 is not valid and was ignored".
            warnings = [l for l in result.stderr.splitlines()
                        if PERMISSIONS_FILE in l]
            self.assertEqual(len(warnings), 1, result.stderr)
            self.assertIn('line 1 is not valid', warnings[0])
            self.assertTrue(warnings[0].startswith('mediacapture: warning:'),
                            warnings[0])
            kept = run_shell('query_and_capture.js', profile, OTHER,
                             fake_ui=False)
            self.assertEqual(lines(kept)[:2], ['STATE granted', 'GUM ok'],
                             kept.stdout + kept.stderr)

    def test_an_unwritable_profile_warns_once_and_grants_hold_this_run(self):
        # Issue 18: every grant was lost without a word. Tests run as root,
        # so the store is made unwritable by a directory where its temporary
        # file goes (permission_store.cc writes "<file>.tmp", then renames).
        with tempfile.TemporaryDirectory() as profile:
            os.mkdir(os.path.join(profile, PERMISSIONS_FILE + '.tmp'))
            # Two grants (camera, then microphone): two failed writes.
            result = run_shell('capture_then_query.js', profile, ORIGIN)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertEqual(lines(result), ['GUM ok', 'STATE granted',
                                             'DONE'],
                             result.stdout + result.stderr)
            warnings = [l for l in result.stderr.splitlines()
                        if PERMISSIONS_FILE in l]
            self.assertEqual(warnings, [
                "mediacapture: warning: cannot write permissions file '%s': "
                "Is a directory; permission changes last for this session "
                "only" % os.path.join(profile, PERMISSIONS_FILE + '.tmp')
            ], result.stderr)
            self.assertFalse(
                os.path.exists(os.path.join(profile, PERMISSIONS_FILE)))


if __name__ == '__main__':
    unittest.main()

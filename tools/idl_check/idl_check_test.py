#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Tests that idl/ parses, validates, and matches @webref/idl except for the
allow-listed differences; and that the comparison does catch differences
(seeded into a copy of idl/)."""

import os
import re
import shutil
import tempfile
import unittest

from tools.idl_check import idl_check


_DIFFS = []


def _current_differences():
    """The differences of the real idl/, computed once for all tests."""
    if not _DIFFS:
        _DIFFS.append(idl_check.compute_differences())
    return _DIFFS[0]


def _parse_one(text):
    """Parses IDL text through the real parser; returns its definitions."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'x.idl')
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        parsed, errors = idl_check.parse_files([path])
        if errors:
            raise AssertionError(errors)
        return parsed[path]


class IdlFilesTest(unittest.TestCase):

    def test_idl_directory_has_the_mediacapture_streams_files(self):
        files = idl_check.all_idl_files()
        names = {os.path.relpath(p, idl_check.IDL_DIR) for p in files}
        for expected in ('media_devices.idl', 'media_stream.idl',
                         'media_stream_track.idl',
                         os.path.join('dom', 'Navigator.idl'),
                         os.path.join('permissions', 'permissions.idl')):
            self.assertIn(expected, names)

    def test_every_idl_file_parses(self):
        parsed, errors = idl_check.parse_files(idl_check.all_idl_files())
        self.assertEqual(errors, {})
        self.assertEqual(len(parsed), len(idl_check.all_idl_files()))

    def test_idl_files_validate_together(self):
        self.assertEqual(idl_check.validate_files(idl_check.all_idl_files()),
                         [])

    def test_every_idl_file_opens_with_a_comment_naming_its_source(self):
        for path in idl_check.all_idl_files():
            with open(path, encoding='utf-8') as f:
                first = f.readline()
            self.assertTrue(first.startswith('//') and len(first) > 10,
                            '%s: first line %r is not a comment naming the '
                            'spec and section' % (path, first))

    def test_the_validator_rejects_a_required_dictionary_argument(self):
        # The validation test above can fail: a dictionary argument must be
        # optional when the dictionary has no required member.
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, 'bad.idl')
            with open(path, 'w', encoding='utf-8') as f:
                f.write('dictionary D { long a; };\n'
                        '[Exposed=Window] interface I { undefined f(D d); };\n')
            messages = idl_check.validate_files([path])
        self.assertEqual(len(messages), 1, messages)
        self.assertIn('optional', messages[0])


class IdlharnessPageTest(unittest.TestCase):
    """The IDL that web_tests/mediacapture/idlharness.https.window.js gets
    passes idlharness's own validation subtest ("idl_test validation")."""

    PAGE = os.path.join(idl_check.ROOT, 'web_tests', 'mediacapture',
                        'idlharness.https.window.js')
    # The rules idl_test() itself leaves out.
    IDL_TEST_IGNORED_RULES = ('constructor-member', 'dict-arg-default',
                              'require-exposed')

    def page_specs(self):
        with open(self.PAGE, encoding='utf-8') as f:
            text = f.read()
        match = re.search(r'idl_test\(\s*\[([^\]]*)\],\s*\[([^\]]*)\]', text)
        self.assertIsNotNone(match, 'no idl_test([...], [...]) call')
        return [
            re.findall(r"'([^']+)'", group) for group in match.groups()
        ]

    def test_page_tests_our_spec_with_its_dependencies(self):
        srcs, deps = self.page_specs()
        self.assertEqual(srcs, ['mediacapture-streams'])
        # DOMException (webidl) is the base of OverconstrainedError; without
        # it idlharness stops at setup.
        for dep in ('dom', 'html', 'webidl', 'permissions'):
            self.assertIn(dep, deps)

    def test_every_spec_of_the_page_has_files(self):
        for spec in sum(self.page_specs(), []):
            files = idl_check.interface_files(spec)
            self.assertTrue(files, spec)
            for path in files:
                self.assertTrue(os.path.exists(path), path)

    def test_idl_of_the_page_validates_as_idl_test_does(self):
        # Each spec is one unit, as the page fetches it; a definition in two
        # of them (say Navigator in idl/ and in html.idl) fails here.
        paths = []
        for spec in sum(self.page_specs(), []):
            paths.extend(idl_check.interface_files(spec))
        self.assertEqual(
            idl_check.validate_files(paths, self.IDL_TEST_IGNORED_RULES), [])

    def test_a_definition_served_twice_fails_validation(self):
        paths = (idl_check.interface_files('mediacapture-streams') +
                 idl_check.interface_files('html') +
                 [os.path.join(idl_check.IDL_DIR, 'dom', 'Navigator.idl')])
        messages = idl_check.validate_files(paths,
                                            self.IDL_TEST_IGNORED_RULES)
        self.assertTrue(any('Navigator' in m for m in messages), messages)


class NormalizationTest(unittest.TestCase):

    def test_union_member_order_does_not_matter(self):
        a = _parse_one('typedef (boolean or DOMString) T;')[0]
        b = _parse_one('typedef (DOMString or boolean) T;')[0]
        self.assertEqual(idl_check.type_text(a['idlType']),
                         idl_check.type_text(b['idlType']))

    def test_nullability_and_generics_are_spelled_out(self):
        d = _parse_one('typedef Promise<sequence<[Clamp] unsigned long?>> T;')
        self.assertEqual(idl_check.type_text(d[0]['idlType']),
                         'Promise<sequence<[Clamp] unsigned long?>>')

    def test_exposed_with_one_identifier_in_parentheses_is_the_same(self):
        a = _parse_one('[Exposed=(Window)] interface A {};')[0]
        b = _parse_one('[Exposed=Window] interface A {};')[0]
        self.assertEqual(idl_check.ext_attrs_text(a['extAttrs']),
                         idl_check.ext_attrs_text(b['extAttrs']))
        c = _parse_one('[Exposed=(Worker,Window)] interface A {};')[0]
        self.assertEqual(idl_check.ext_attrs_text(c['extAttrs']),
                         '[Exposed=(Window,Worker)]')
        d = _parse_one('[Exposed=*, Serializable] interface A {};')[0]
        self.assertEqual(idl_check.ext_attrs_text(d['extAttrs']),
                         '[Exposed=*, Serializable]')

    def test_generator_only_extended_attributes_are_left_out(self):
        a = _parse_one('[Exposed=Window] interface A {'
                       ' [RaisesException, SameObject] readonly attribute'
                       ' long x; };')[0]
        self.assertEqual(
            idl_check.ext_attrs_text(a['members'][0]['extAttrs']),
            '[SameObject]')

    def test_defaults_are_spelled_as_in_idl(self):
        d = _parse_one('dictionary D { boolean a = false; DOMString b = "x";'
                       ' sequence<long> c = []; double? e = null;'
                       ' double f = -Infinity; long g = 7; };')[0]
        defaults = [idl_check.default_text(m['default']) for m in d['members']]
        self.assertEqual(defaults,
                         ['false', '"x"', '[]', 'null', '-Infinity', '7'])

    def test_partial_interfaces_merge_and_lend_their_extended_attributes(self):
        whole = idl_check.build_model({
            'a': _parse_one('[Exposed=Window] interface A { undefined f(); '
                            '[SecureContext] undefined g(); };')
        })
        split = idl_check.build_model({
            'a': _parse_one('[Exposed=Window] interface A { undefined f(); };'
                            '[SecureContext] partial interface A '
                            '{ undefined g(); };')
        })
        self.assertEqual(idl_check.compare_models(split, whole, True, ''), [])

    def _extension_case(self, ours_text):
        ours = idl_check.build_model({'o': _parse_one(ours_text)})
        reference = idl_check.build_model(
            {'r': _parse_one('dictionary D { boolean a; };')})
        extension = idl_check.build_model({
            'e': _parse_one('partial dictionary D { boolean b; };'
                            'partial dictionary D { boolean c; };')
        })
        idl_check.adopt_extension_members(ours, reference, extension)
        return [d.key for d in idl_check.compare_models(ours, reference,
                                                        True, '')]

    def test_a_member_an_extension_adds_is_no_difference_when_it_matches(self):
        # c, which ours does not have, is not reported either.
        self.assertEqual(
            self._extension_case('dictionary D { boolean a; boolean b; };'),
            [])

    def test_a_member_an_extension_adds_is_still_compared(self):
        self.assertEqual(
            self._extension_case('dictionary D { boolean a; long b; };'),
            ['[mediacapture-streams] D.b: type'])

    def test_a_member_no_spec_has_is_still_only_in_ours(self):
        self.assertEqual(
            self._extension_case('dictionary D { boolean a; boolean z; };'),
            ['[mediacapture-streams] D.z: only in ours'])

    def test_voice_isolation_comes_from_the_extensions(self):
        keys = {d.key for d in _current_differences()}
        for name in ('MediaTrackSupportedConstraints', 'MediaTrackCapabilities',
                     'MediaTrackConstraintSet', 'MediaTrackSettings'):
            self.assertNotIn(
                '[mediacapture-streams] %s.voiceIsolation: only in ours' %
                name, keys)


class ReferenceComparisonTest(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.diffs = _current_differences()
        cls.allowed = idl_check.load_allow_list()

    def test_idl_matches_webref_except_allowed_differences(self):
        unexpected, _, _ = idl_check.split_allowed(self.diffs, self.allowed)
        self.assertEqual([d.text for d in unexpected], [],
                         'differences from @webref/idl (fix idl/ or, with a '
                         'reason, add the key to '
                         'tools/idl_check/allowed_differences.txt)')

    def test_every_allow_list_entry_still_matches_a_difference(self):
        _, _, stale = idl_check.split_allowed(self.diffs, self.allowed)
        self.assertEqual(stale, [])

    def test_allow_list_stays_short(self):
        self.assertLessEqual(len(self.allowed), 8)

    def test_reference_has_the_interfaces_the_idlharness_page_tests(self):
        # Guards against comparing with an empty or wrong reference file:
        # a missing reference would make every definition "only in ours".
        keys = {d.key for d in self.diffs}
        for name in ('MediaStream', 'MediaStreamTrack', 'MediaDevices',
                     'OverconstrainedError', 'DeviceChangeEvent'):
            self.assertNotIn('[mediacapture-streams] %s: only in ours' % name,
                             keys)


# Each mutation: (file under idl/, old text, new text, difference keys that
# must be reported).
SEEDED = [
    ('media_stream.idl', 'readonly attribute DOMString id;',
     'readonly attribute USVString id;',
     ['[mediacapture-streams] MediaStream.id: type']),
    ('media_stream.idl', 'MediaStreamTrack? getTrackById',
     'MediaStreamTrack getTrackById',
     ['[mediacapture-streams] MediaStream.getTrackById(): return type']),
    ('media_stream.idl', 'sequence<MediaStreamTrack> getTracks();',
     'sequence<MediaStreamTrack?> getTracks();',
     ['[mediacapture-streams] MediaStream.getTracks(): return type']),
    ('media_devices.idl', '[Exposed=Window, SecureContext]',
     '[Exposed=Window]', ['[mediacapture-streams] MediaDevices: extAttrs']),
    ('media_track_supported_constraints.idl', 'boolean width = true;',
     'boolean width = false;',
     ['[mediacapture-streams] MediaTrackSupportedConstraints.width: default']),
    ('media_stream_track.idl', '  undefined stop();\n', '',
     ['[mediacapture-streams] MediaStreamTrack.stop(): missing in ours']),
    ('constrainable_types.idl',
     'typedef ([Clamp] unsigned long or ConstrainULongRange) ConstrainULong;',
     'typedef (unsigned long or ConstrainULongRange) ConstrainULong;',
     ['[mediacapture-streams] ConstrainULong: type']),
    ('overconstrained_error.idl', 'optional DOMString message = ""',
     'optional DOMString message = "x"',
     ['[mediacapture-streams] OverconstrainedError.constructor#0: arguments']),
    ('media_device_info.idl', '  "videoinput"\n',
     '  "videoinput",\n  "screeninput"\n',
     ['[mediacapture-streams] MediaDeviceKind: values']),
    ('device_change_event.idl', 'interface DeviceChangeEvent : Event',
     'interface DeviceChangeEvent : EventTarget',
     ['[mediacapture-streams] DeviceChangeEvent: inheritance']),
    ('navigator_media_devices.idl', 'MediaDevices mediaDevices;',
     'MediaDevices mediaDevices;\n  readonly attribute long extra;',
     ['[mediacapture-streams] Navigator.extra: only in ours']),
    ('media_stream_constraints.idl',
     '(boolean or MediaTrackConstraints) video = false;',
     '(DOMString or MediaTrackConstraints) video = false;',
     ['[mediacapture-streams] MediaStreamConstraints.video: type']),
    ('media_stream_track_event.idl', 'required MediaStreamTrack track;',
     'MediaStreamTrack track;',
     ['[mediacapture-streams] MediaStreamTrackEventInit.track: required']),
    ('media_device_info.idl', '[Default] object toJSON();', 'object toJSON();',
     ['[mediacapture-streams] MediaDeviceInfo.toJSON(): extAttrs']),
    (os.path.join('permissions', 'permission_status.idl'),
     '  readonly attribute DOMString name;\n', '',
     ['[permissions] PermissionStatus.name: missing in ours']),
    # Neutral rewrites that must not be reported.
    ('media_stream_constraints.idl',
     '(boolean or MediaTrackConstraints) audio = false;',
     '(MediaTrackConstraints or boolean) audio = false;', []),
]


class SeededDifferenceTest(unittest.TestCase):
    """Mutates a copy of idl/ and checks the comparison reports each
    mutation, so the reference comparison above can fail."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='idl_check_test_')
        cls.idl_dir = os.path.join(cls.tmp, 'idl')
        shutil.copytree(idl_check.IDL_DIR, cls.idl_dir)
        for name, old, new, _ in SEEDED:
            path = os.path.join(cls.idl_dir, name)
            with open(path, encoding='utf-8') as f:
                text = f.read()
            if text.count(old) != 1:
                raise AssertionError('%s: %r occurs %d times' %
                                     (name, old, text.count(old)))
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text.replace(old, new))
        cls.baseline = {d.key for d in _current_differences()}
        cls.diffs = idl_check.compute_differences(cls.idl_dir)
        cls.keys = {d.key for d in cls.diffs}

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp)

    def test_each_seeded_difference_is_reported(self):
        expected = [k for _, _, _, keys in SEEDED for k in keys]
        missing = [k for k in expected if k not in self.keys]
        self.assertEqual(missing, [], 'reported: %s' % sorted(self.keys))

    def test_nothing_but_the_seeded_differences_is_reported(self):
        expected = {k for _, _, _, keys in SEEDED for k in keys}
        extra = sorted(self.keys - expected - self.baseline)
        self.assertEqual(extra, [])

    def test_the_check_fails_on_a_seeded_difference(self):
        unexpected, _, _ = idl_check.split_allowed(
            self.diffs, idl_check.load_allow_list())
        self.assertGreaterEqual(len(unexpected),
                                len([s for s in SEEDED if s[3]]))

    def test_reports_name_the_definition_and_member(self):
        texts = [d.text for d in self.diffs]
        line = [t for t in texts if 'MediaStream.id: type' in t]
        self.assertEqual(len(line), 1)
        self.assertTrue(
            re.search(r'ours=USVString reference=DOMString', line[0]), line[0])


if __name__ == '__main__':
    unittest.main()

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Parser tests: tools/bindings/test_parser/*.idl hold IDL with the expected
tree in a /** TREE ... */ comment above each definition, or with an
/** ERROR message */ comment above a line the parser must reject."""

import glob
import os
import re
import unittest

from tools.bindings.idl_parser.parser import Parser

HERE = os.path.dirname(os.path.abspath(__file__))
TEST_DIR = os.path.join(HERE, 'test_parser')


def _tree_comments(comments):
    trees = []
    for _, text in comments:
        if text.startswith('/** TREE'):
            body = text[len('/** TREE'):-len('*/')]
            lines = [re.sub(r'^\s*\*', '', l) for l in body.split('\n')]
            trees.append([l.rstrip() for l in lines if l.strip()])
    return trees


class ParserTreeTest(unittest.TestCase):
    def test_each_definition_matches_the_tree_above_it(self):
        parser = Parser()
        files = [f for f in sorted(glob.glob(os.path.join(TEST_DIR, '*.idl')))
                 if not f.endswith('errors.idl')]
        self.assertTrue(files)
        for path in files:
            with open(path) as f:
                tree = parser.parse(f.read(), path)
            expected = _tree_comments(parser.comments())
            self.assertEqual(len(tree.children), len(expected),
                             '%s: one TREE per definition' % path)
            for definition, lines in zip(tree.children, expected):
                with self.subTest(file=os.path.basename(path),
                                  definition=definition.name):
                    self.assertEqual('\n'.join(definition.dump()),
                                     '\n'.join(lines))

    def test_each_error_case_is_rejected_with_its_message(self):
        parser = Parser()
        with open(os.path.join(TEST_DIR, 'errors.idl')) as f:
            lines = f.read().split('\n')
        cases = 0
        for i, line in enumerate(lines):
            m = re.match(r'/\*\* ERROR (.*) \*/$', line)
            if not m:
                continue
            cases += 1
            with self.subTest(line=lines[i + 1]):
                with self.assertRaises(SyntaxError) as raised:
                    parser.parse(lines[i + 1], 'errors.idl')
                self.assertIn(m.group(1), str(raised.exception))
        self.assertGreaterEqual(cases, 5)

    def test_lines_of_nodes_point_into_the_file(self):
        tree = Parser().parse('\n\ninterface Foo {\n  attribute long x;\n};',
                              'x.idl')
        self.assertEqual(tree.children[0].lineno, 3)
        self.assertEqual(tree.children[0].children[0].lineno, 4)

    def test_escaped_identifiers_lose_their_underscore(self):
        tree = Parser().parse('interface _interface { attribute long _set; };')
        self.assertEqual(tree.children[0].name, 'interface')
        self.assertEqual(tree.children[0].children[0].name, 'set')


if __name__ == '__main__':
    unittest.main()

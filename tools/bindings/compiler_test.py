# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The compiler's model: typedefs, partials, mixins, overloads, dictionary
order, annotations, and its errors."""

import unittest

from tools.bindings.compiler.compiler import Compiler, CompileError
from tools.bindings.idl_parser.parser import Parser

IDL = '''
typedef (long or DOMString) LongOrString;
typedef [EnforceRange] unsigned long Enforced;
enum Kind { "a", "b" };
dictionary Base { long z; long a = 1; };
dictionary Derived : Base { required Kind kind; [Clamp] octet c; Enforced e; };
[Exposed=Window] interface Parent {};
[Exposed=Window] interface Child : Parent {
  constructor();
  constructor(long x);
  attribute LongOrString value;
  undefined f(long a, optional long b);
  undefined f(DOMString s);
};
[SecureContext] partial interface Child { readonly attribute long secure; };
interface mixin M { undefined fromMixin(); };
Child includes M;
callback Cb = undefined (Child c);
'''


def compile_idl(text):
    return Compiler().compile([Parser().parse(text, 't.idl')])


class CompilerTest(unittest.TestCase):
    def setUp(self):
        self.db = compile_idl(IDL)

    def test_typedefs_resolve_to_their_types(self):
        attr = self.db.interface('Child').attributes[0]
        self.assertEqual(attr.idl_type.kind, 'union')
        self.assertEqual(str(attr.idl_type), '(long or DOMString)')

    def test_typedef_annotations_stay_on_the_type(self):
        e = [m for m in self.db.dictionary('Derived').members if m.name == 'e'][0]
        self.assertTrue(e.idl_type.ext_attrs.has('EnforceRange'))

    def test_member_annotations_move_to_the_type(self):
        c = [m for m in self.db.dictionary('Derived').members if m.name == 'c'][0]
        self.assertTrue(c.idl_type.ext_attrs.has('Clamp'))

    def test_dictionary_members_are_in_lexicographic_order(self):
        self.assertEqual([m.name for m in self.db.dictionary('Base').members],
                         ['a', 'z'])
        self.assertEqual([d.name for d in self.db.dictionary_chain('Derived')],
                         ['Base', 'Derived'])

    def test_partial_members_carry_the_partials_secure_context(self):
        secure = [a for a in self.db.interface('Child').attributes
                  if a.name == 'secure'][0]
        self.assertTrue(secure.ext_attrs.has('SecureContext'))

    def test_mixin_members_join_the_including_interface(self):
        names = [g.name for g in self.db.interface('Child').operations]
        self.assertIn('fromMixin', names)

    def test_overloads_group_with_the_shortest_length(self):
        f = [g for g in self.db.interface('Child').operations
             if g.name == 'f'][0]
        self.assertEqual(len(f.overloads), 2)
        self.assertEqual(f.length, 1)
        self.assertEqual(self.db.interface('Child').constructors.length, 0)

    def test_inheritance_chain_is_recorded(self):
        self.assertEqual(self.db.interface('Child').chain, ('Child', 'Parent'))

    def test_kinds_of_named_types(self):
        kind = [m for m in self.db.dictionary('Derived').members
                if m.name == 'kind'][0]
        self.assertEqual(kind.idl_type.kind, 'enum')
        self.assertTrue(kind.required)
        cb = self.db.callbacks[0]
        self.assertEqual(cb.arguments[0].idl_type.kind, 'interface')

    def test_unknown_types_are_errors_with_a_location(self):
        with self.assertRaisesRegex(CompileError, r't.idl:1: unknown type Nope'):
            compile_idl('interface A { attribute Nope x; };')

    def test_duplicates_and_orphan_partials_are_errors(self):
        with self.assertRaisesRegex(CompileError, 'defined twice'):
            compile_idl('interface A {}; interface A {};')
        with self.assertRaisesRegex(CompileError, 'without its definition'):
            compile_idl('partial interface A {};')

    def test_the_model_is_immutable(self):
        with self.assertRaises(Exception):
            self.db.interface('Child').name = 'Other'


if __name__ == '__main__':
    unittest.main()

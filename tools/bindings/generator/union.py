# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Union types. A union has no generated files: it converts through the
runtime's NativeValueTraits<IDLUnion<...>> and ToV8Traits<IDLUnion<...>>
(bindings/native_value_traits.h, bindings/to_v8_traits.h), which try the
flattened member types in the order of
https://webidl.spec.whatwg.org/#es-union. What the generator needs of a
union is here: the tag it instantiates them with, the C++ type it is
stored as, and whether it is a JSON type."""

from tools.bindings.generator import types


def tag(t):
    """IDLUnion<IDLDouble, TestRangeDictionary> for
    (double or TestRangeDictionary)."""
    return 'IDLUnion<%s>' % ', '.join(types.tag(m)
                                      for m in t.flattened_members())


def cpp(t):
    """std::variant<double, TestRangeDictionary>: one alternative per
    flattened member type, in order."""
    return 'std::variant<%s>' % ', '.join(types.cpp(m)
                                          for m in t.flattened_members())


def is_json(t, db):
    """https://webidl.spec.whatwg.org/#dfn-json-types: every member is."""
    return all(types.is_json(m, db) for m in t.flattened_members())

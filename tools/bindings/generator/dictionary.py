# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The view of one dictionary for templates/dictionary_struct.h.jinja (the
V8-free struct) and dictionary.{h,cc}.jinja (its conversions): its members
in the shape templates/macros/dictionary_member.jinja reads. Data only; the
driver (generator.py) adds paths and includes."""

from tools.bindings.generator import name_style
from tools.bindings.generator import types


def member_view(m):
    """Member |m| (https://webidl.spec.whatwg.org/#dfn-dictionary-member).
    A required member or one with a default is always present in the
    struct; any other is std::optional."""
    t = m.idl_type
    literal = types.cpp_literal(t, m.default)
    optional = not (m.required or m.default is not None)
    # The C++ initializer of a present member, if any: a value-initialized
    # one (T()) needs none, and a default without a C++ literal is set by
    # the conversion (FillMembers) instead.
    initializer = None
    if not optional and literal and not literal.endswith('()'):
        initializer = literal
    return {
        'name': m.name,
        'field': name_style.member(m.name),
        'idl_type': str(t),
        'required': m.required,
        'default': m.default.text if m.default is not None else None,
        'optional': optional,
        'cpp': types.cpp(t),
        'initializer': initializer,
        'tag': types.tag(t),
    }


def view(d):
    """Dictionary |d|; its members are in lexicographic order (the
    compiler sorts them), the order WebIDL reads and writes them."""
    return {
        'name': d.name,
        'parent': d.parent,
        'members': [member_view(m) for m in d.members],
    }

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The view of one callback function for templates/callback_class.h.jinja
(the V8-free class core calls) and callback.{h,cc}.jinja (its V8 side), in
the shape templates/macros/callback_invoke.jinja reads: Invoke()'s
parameters and result. Data only; the driver (generator.py) adds paths and
includes."""

from tools.bindings.generator import name_style
from tools.bindings.generator import types


def view(c):
    returns_value = c.return_type.kind != 'undefined'
    return {
        'name': c.name,
        # Invoke() returns std::optional<return_cpp>, empty when the
        # function threw or its result did not convert; or nothing.
        'returns_value': returns_value,
        'return_cpp': types.cpp(c.return_type) if returns_value else None,
        'return_tag': types.tag(c.return_type),
        'arguments': [{'name': name_style.snake_case(a.name),
                       'tag': types.tag(a.idl_type),
                       'argument_type': types.argument(a.idl_type)}
                      for a in c.arguments],
        # [LegacyTreatNonObjectAsNull]: a non-object converts to null.
        'legacy_null': c.ext_attrs.has('LegacyTreatNonObjectAsNull'),
    }

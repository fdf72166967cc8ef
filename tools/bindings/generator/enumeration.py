# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The view of one enum for templates/enum.h.jinja: its values and their
C++ enumerators ("crop-and-scale" → kCropAndScale). (Not enum.py, which
would shadow Python's enum module for scripts run from this directory.)"""

from tools.bindings.generator import name_style


def view(e):
    return {
        'name': e.name,
        'values': [{'idl': v, 'cpp': name_style.enum_value(v)}
                   for v in e.values],
    }

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The parser's output: a tree of Node objects.

A Node has a class (what kind of thing: 'Interface', 'Attribute', 'Type'...),
an optional name, a dict of properties (scalars only) and ordered children.
dump() prints it in the form parser tests expect:

  Interface(Foo) inherits=Bar
    Attribute(size) readonly=True
      Type(unsigned long)
"""


class Node(object):
    def __init__(self, cls, name=None, children=None, filename=None,
                 lineno=None, **props):
        self.cls = cls
        self.name = name
        self.props = {k: v for k, v in props.items() if v is not None}
        self.children = [c for c in (children or []) if c is not None]
        self.filename = filename
        self.lineno = lineno

    def get(self, key, default=None):
        return self.props.get(key, default)

    def child(self, cls):
        """The first child of class |cls|, or None."""
        for c in self.children:
            if c.cls == cls:
                return c
        return None

    def children_of(self, cls):
        return [c for c in self.children if c.cls == cls]

    def location(self):
        return '%s:%s' % (self.filename or '<string>', self.lineno or '?')

    def header(self):
        text = self.cls
        if self.name is not None:
            text += '(%s)' % self.name
        for key in sorted(self.props):
            text += ' %s=%s' % (key, self.props[key])
        return text

    def dump(self, indent=0):
        lines = ['  ' * indent + self.header()]
        for c in self.children:
            lines.extend(c.dump(indent + 1))
        return lines

    def __repr__(self):
        return '\n'.join(self.dump())

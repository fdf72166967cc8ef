# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The compiler's output: an immutable model of every IDL definition.

Everything here is a frozen dataclass whose collections are tuples, so the
generator cannot change what it is given. Typedefs are resolved (an IdlType
never names a typedef); partial interfaces and dictionaries are merged into
their definition; mixins are copied into every interface that includes them.
"""

import dataclasses
from dataclasses import dataclass, field
from typing import Optional, Tuple

INTEGER_TYPES = ('byte', 'octet', 'short', 'unsigned short', 'long',
                 'unsigned long', 'long long', 'unsigned long long')
FLOAT_TYPES = ('float', 'unrestricted float', 'double', 'unrestricted double')
STRING_TYPES = ('DOMString', 'USVString', 'ByteString')


@dataclass(frozen=True)
class ExtAttr:
    name: str
    value: Optional[str] = None
    arguments: Optional[Tuple['Argument', ...]] = None


@dataclass(frozen=True)
class ExtAttrs:
    items: Tuple[ExtAttr, ...] = ()

    def has(self, name):
        return any(a.name == name for a in self.items)

    def value(self, name, default=None):
        for a in self.items:
            if a.name == name:
                return a.value
        return default

    def values(self, name):
        """[Exposed=(A,B)] -> ('A', 'B')."""
        value = self.value(name)
        return tuple(value.split(',')) if value else ()

    def merged(self, other):
        names = {a.name for a in self.items}
        return ExtAttrs(self.items +
                        tuple(a for a in other.items if a.name not in names))


@dataclass(frozen=True)
class IdlType:
    """A resolved type. kind is one of: boolean, integer, float, string,
    bigint, any, object, undefined, symbol, buffer, interface,
    callback_interface, dictionary, enum, callback, sequence, frozen_array,
    record, union, promise."""
    name: str
    kind: str
    nullable: bool = False
    inner: Tuple['IdlType', ...] = ()
    ext_attrs: ExtAttrs = ExtAttrs()

    @property
    def is_numeric(self):
        return self.kind in ('integer', 'float')

    @property
    def element(self):
        return self.inner[0]

    def flattened_members(self):
        """https://webidl.spec.whatwg.org/#dfn-flattened-union-member-types"""
        result = []
        for t in self.inner:
            t = dataclasses.replace(t, nullable=False)
            if t.kind == 'union':
                result.extend(t.flattened_members())
            else:
                result.append(t)
        return tuple(result)

    def includes_nullable(self):
        """https://webidl.spec.whatwg.org/#dfn-includes-a-nullable-type"""
        return self.nullable or any(
            t.nullable or (t.kind == 'union' and t.includes_nullable())
            for t in self.inner)

    def __str__(self):
        text = self.name
        if self.kind in ('sequence', 'frozen_array', 'promise'):
            text = '%s<%s>' % (self.name, self.inner[0])
        elif self.kind == 'record':
            text = 'record<%s, %s>' % (self.inner[0], self.inner[1])
        elif self.kind == 'union':
            text = '(%s)' % ' or '.join(str(t) for t in self.inner)
        return text + ('?' if self.nullable else '')


@dataclass(frozen=True)
class Value:
    """A constant or default value as written: kind is integer, float,
    boolean, string, null, undefined, sequence ([]) or dictionary ({})."""
    kind: str
    text: str


@dataclass(frozen=True)
class Argument:
    name: str
    idl_type: IdlType
    optional: bool = False
    variadic: bool = False
    default: Optional[Value] = None
    ext_attrs: ExtAttrs = ExtAttrs()


@dataclass(frozen=True)
class Attribute:
    name: str
    idl_type: IdlType
    readonly: bool = False
    static: bool = False
    stringifier: bool = False
    ext_attrs: ExtAttrs = ExtAttrs()


@dataclass(frozen=True)
class Operation:
    name: str
    return_type: IdlType
    arguments: Tuple[Argument, ...] = ()
    static: bool = False
    special: Optional[str] = None
    ext_attrs: ExtAttrs = ExtAttrs()

    @property
    def required_count(self):
        """The function's length: its number of required arguments."""
        return sum(1 for a in self.arguments
                   if not a.optional and not a.variadic)


@dataclass(frozen=True)
class OverloadGroup:
    """Operations (or constructors) sharing one name."""
    name: str
    overloads: Tuple[Operation, ...]
    static: bool = False

    @property
    def length(self):
        """https://webidl.spec.whatwg.org/#dfn-create-operation-function
        (the shortest overload's required argument count)."""
        return min(o.required_count for o in self.overloads)


@dataclass(frozen=True)
class Constant:
    name: str
    idl_type: IdlType
    value: Value
    ext_attrs: ExtAttrs = ExtAttrs()


@dataclass(frozen=True)
class Interface:
    name: str
    parent: Optional[str]
    attributes: Tuple[Attribute, ...]
    operations: Tuple[OverloadGroup, ...]
    constants: Tuple[Constant, ...]
    constructors: Optional[OverloadGroup]
    ext_attrs: ExtAttrs
    filename: str
    callback: bool = False
    stringifier: bool = False
    # Names of all interfaces from this one up to the root, this one first.
    chain: Tuple[str, ...] = ()


@dataclass(frozen=True)
class DictionaryMember:
    name: str
    idl_type: IdlType
    required: bool = False
    default: Optional[Value] = None
    ext_attrs: ExtAttrs = ExtAttrs()


@dataclass(frozen=True)
class Dictionary:
    name: str
    parent: Optional[str]
    # Own members, in lexicographic order of name (the order WebIDL reads
    # and writes them: https://webidl.spec.whatwg.org/#dfn-dictionary-member).
    members: Tuple[DictionaryMember, ...]
    ext_attrs: ExtAttrs
    filename: str


@dataclass(frozen=True)
class Enum:
    name: str
    values: Tuple[str, ...]
    ext_attrs: ExtAttrs
    filename: str


@dataclass(frozen=True)
class Callback:
    name: str
    return_type: IdlType
    arguments: Tuple[Argument, ...]
    ext_attrs: ExtAttrs
    filename: str


@dataclass(frozen=True)
class Database:
    interfaces: Tuple[Interface, ...] = ()
    dictionaries: Tuple[Dictionary, ...] = ()
    enums: Tuple[Enum, ...] = ()
    callbacks: Tuple[Callback, ...] = ()
    typedefs: Tuple[Tuple[str, IdlType], ...] = ()

    def find(self, name):
        for group in (self.interfaces, self.dictionaries, self.enums,
                      self.callbacks):
            for d in group:
                if d.name == name:
                    return d
        return None

    def interface(self, name):
        return next(i for i in self.interfaces if i.name == name)

    def dictionary(self, name):
        return next(d for d in self.dictionaries if d.name == name)

    def dictionary_chain(self, name):
        """The dictionary and its ancestors, base first."""
        chain = []
        while name:
            d = self.dictionary(name)
            chain.insert(0, d)
            name = d.parent
        return tuple(chain)

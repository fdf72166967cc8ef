# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Compiles parser ASTs into the immutable model of compiler/model.py.

  database = Compiler().compile([ast_file, ...])

Resolves typedefs and identifiers to their kind, merges partial definitions
and mixins, groups overloads and sorts dictionary members. Errors (an
unknown type, a duplicate definition, a partial without its definition)
raise CompileError naming the file and line.
"""

import collections

from tools.bindings.compiler import model

# Extended attributes of a partial interface or a mixin that apply to each
# member it brings (https://webidl.spec.whatwg.org/#SecureContext,
# https://webidl.spec.whatwg.org/#Exposed).
_INHERITED_BY_MEMBERS = ('SecureContext', 'Exposed')

_BUFFER_TYPES = ('ArrayBuffer', 'SharedArrayBuffer', 'DataView', 'Int8Array',
                 'Int16Array', 'Int32Array', 'Uint8Array', 'Uint16Array',
                 'Uint32Array', 'Uint8ClampedArray', 'BigInt64Array',
                 'BigUint64Array', 'Float16Array', 'Float32Array',
                 'Float64Array')


# Extended attributes written on an argument or dictionary member that
# apply to its type (https://webidl.spec.whatwg.org/#idl-annotated-types).
_TYPE_EXT_ATTRS = ('Clamp', 'EnforceRange', 'LegacyNullToEmptyString',
                   'AllowShared', 'AllowResizable')


def _annotate(idl_type, ext):
    moved = tuple(a for a in ext.items if a.name in _TYPE_EXT_ATTRS)
    if not moved:
        return idl_type
    import dataclasses
    return dataclasses.replace(
        idl_type, ext_attrs=idl_type.ext_attrs.merged(model.ExtAttrs(moved)))


class CompileError(Exception):
    pass


def _ext_attrs(node):
    ext = node.child('ExtAttributes')
    if not ext:
        return model.ExtAttrs()
    items = []
    for a in ext.children:
        args = a.child('Arguments')
        items.append(model.ExtAttr(a.name, a.get('value'),
                                   None if args is None else ()))
    return model.ExtAttrs(tuple(items))


def _value(node):
    if node is None:
        return None
    if node.cls == 'Default':
        node = node.children[0]
    return model.Value(node.get('type'), node.name)


class Compiler(object):
    def compile(self, files):
        self._collect(files)
        self._resolving = set()
        db = model.Database(
            interfaces=tuple(self._interface(n) for n in sorted(self.interfaces)),
            dictionaries=tuple(
                self._dictionary(n) for n in sorted(self.dictionaries)),
            enums=tuple(self._enum(n) for n in sorted(self.enums)),
            callbacks=tuple(self._callback(n) for n in sorted(self.callbacks)),
            typedefs=tuple((n, self._type(self.typedefs[n].children[0]))
                           for n in sorted(self.typedefs)))
        return db

    # Step 1: index every definition by name.
    def _collect(self, files):
        self.interfaces = {}
        self.callback_interfaces = {}
        self.mixins = {}
        self.dictionaries = {}
        self.enums = {}
        self.typedefs = {}
        self.callbacks = {}
        self.partials = collections.defaultdict(list)
        self.includes = collections.defaultdict(list)
        for f in files:
            for d in f.children:
                if d.cls == 'Includes':
                    self.includes[d.name].append(d.get('mixin'))
                    continue
                if d.cls == 'Namespace':
                    continue
                if d.get('partial'):
                    key = ('mixin' if d.get('mixin') else d.cls, d.name)
                    self.partials[key].append(d)
                    continue
                table = {
                    'Dictionary': self.dictionaries,
                    'Enum': self.enums,
                    'Typedef': self.typedefs,
                    'Callback': self.callbacks,
                }.get(d.cls)
                if d.cls == 'Interface':
                    table = (self.mixins if d.get('mixin') else
                             self.callback_interfaces
                             if d.get('callback') else self.interfaces)
                if d.name in table:
                    raise CompileError('%s: %s is defined twice' %
                                       (d.location(), d.name))
                table[d.name] = d
        for (kind, name), nodes in self.partials.items():
            table = {'Interface': self.interfaces, 'mixin': self.mixins,
                     'Dictionary': self.dictionaries}[kind]
            if name not in table:
                raise CompileError('%s: partial %s without its definition' %
                                   (nodes[0].location(), name))
        # Callback interfaces are compiled as interfaces with callback=True.
        self.interfaces.update(self.callback_interfaces)

    # Types.
    def _kind_of(self, name, node):
        if name in model.INTEGER_TYPES:
            return 'integer'
        if name in model.FLOAT_TYPES:
            return 'float'
        if name in model.STRING_TYPES:
            return 'string'
        if name in ('boolean', 'bigint', 'any', 'object', 'undefined',
                    'symbol'):
            return name
        if name in _BUFFER_TYPES:
            return 'buffer'
        if name in ('sequence', 'async_sequence'):
            return 'sequence'
        if name in ('FrozenArray', 'ObservableArray'):
            return 'frozen_array'
        if name == 'record':
            return 'record'
        if name == 'union':
            return 'union'
        if name == 'Promise':
            return 'promise'
        if name in self.callback_interfaces:
            return 'callback_interface'
        if name in self.interfaces:
            return 'interface'
        if name in self.dictionaries:
            return 'dictionary'
        if name in self.enums:
            return 'enum'
        if name in self.callbacks:
            return 'callback'
        raise CompileError('%s: unknown type %s' % (node.location(), name))

    def _type(self, node):
        ext = _ext_attrs(node)
        nullable = bool(node.get('nullable'))
        if node.name in self.typedefs:
            if node.name in self._resolving:
                raise CompileError('%s: typedef %s refers to itself' %
                                   (node.location(), node.name))
            self._resolving.add(node.name)
            target = self._type(self.typedefs[node.name].children[-1])
            self._resolving.discard(node.name)
            return model.IdlType(target.name, target.kind,
                                 target.nullable or nullable, target.inner,
                                 target.ext_attrs.merged(ext))
        inner = tuple(self._type(c) for c in node.children
                      if c.cls == 'Type')
        return model.IdlType(node.name, self._kind_of(node.name, node),
                             nullable, inner, ext)

    def _argument(self, node):
        types = node.children_of('Type')
        return model.Argument(node.name,
                              _annotate(self._type(types[0]), _ext_attrs(node)),
                              bool(node.get('optional')),
                              bool(node.get('variadic')),
                              _value(node.child('Default')), _ext_attrs(node))

    def _arguments(self, node):
        args = node.child('Arguments')
        return tuple(self._argument(a) for a in args.children) if args else ()

    # Interfaces.
    def _members_of(self, node, inherited):
        """(member node, ext attrs) for each member of |node|, with the
        extended attributes |inherited| from a partial or mixin merged in."""
        for m in node.children:
            if m.cls == 'ExtAttributes':
                continue
            yield m, _ext_attrs(m).merged(inherited)

    def _interface(self, name):
        node = self.interfaces[name]
        sources = [(node, model.ExtAttrs())]
        for partial in self.partials.get(('Interface', name), []):
            sources.append((partial, self._inheritable(partial)))
        for mixin_name in self.includes.get(name, []):
            if mixin_name not in self.mixins:
                raise CompileError('%s includes unknown mixin %s' %
                                   (name, mixin_name))
            mixin = self.mixins[mixin_name]
            sources.append((mixin, self._inheritable(mixin)))
            for partial in self.partials.get(('mixin', mixin_name), []):
                sources.append(
                    (partial,
                     self._inheritable(partial).merged(
                         self._inheritable(mixin))))

        attributes, constants, operations, constructors = [], [], [], []
        stringifier = False
        for source, inherited in sources:
            for m, ext in self._members_of(source, inherited):
                if m.cls == 'Attribute':
                    attributes.append(model.Attribute(
                        m.name, self._type(m.child('Type')),
                        bool(m.get('readonly')), bool(m.get('static')),
                        bool(m.get('stringifier')), ext))
                    stringifier = stringifier or bool(m.get('stringifier'))
                elif m.cls == 'Const':
                    constants.append(model.Constant(
                        m.name, self._type(m.children_of('Type')[0]),
                        _value(m.child('Value')), ext))
                elif m.cls == 'Operation':
                    operations.append(model.Operation(
                        m.name, self._type(m.child('Type')),
                        self._arguments(m), bool(m.get('static')),
                        m.get('special'), ext))
                    stringifier = stringifier or bool(m.get('stringifier'))
                elif m.cls == 'Constructor':
                    constructors.append(model.Operation(
                        'constructor', model.IdlType(name, 'interface'),
                        self._arguments(m), ext_attrs=ext))
                elif m.cls == 'Stringifier':
                    stringifier = True
                # Iterable, maplike, setlike and async iterables are parsed
                # but not bound: no interface of this project declares one.
        groups = collections.OrderedDict()
        for op in operations:
            if not op.name:
                continue  # A special operation without a name is not bound.
            groups.setdefault((op.name, op.static), []).append(op)
        chain = [name]
        parent = node.get('inherits')
        while parent:
            if parent not in self.interfaces:
                raise CompileError('%s: %s inherits unknown %s' %
                                   (node.location(), name, parent))
            if parent in chain:
                raise CompileError('%s: inheritance cycle' % node.location())
            chain.append(parent)
            parent = self.interfaces[parent].get('inherits')
        return model.Interface(
            name=name,
            parent=node.get('inherits'),
            attributes=tuple(attributes),
            operations=tuple(
                model.OverloadGroup(n, tuple(ops), static)
                for (n, static), ops in groups.items()),
            constants=tuple(constants),
            constructors=model.OverloadGroup('constructor',
                                             tuple(constructors))
            if constructors else None,
            ext_attrs=_ext_attrs(node),
            filename=node.filename,
            callback=bool(node.get('callback')),
            stringifier=stringifier,
            chain=tuple(chain))

    @staticmethod
    def _inheritable(node):
        ext = _ext_attrs(node)
        return model.ExtAttrs(tuple(a for a in ext.items
                                    if a.name in _INHERITED_BY_MEMBERS))

    # Dictionaries, enums, callbacks.
    def _dictionary(self, name):
        node = self.dictionaries[name]
        members = []
        for source in [node] + self.partials.get(('Dictionary', name), []):
            for m, ext in self._members_of(source, model.ExtAttrs()):
                members.append(model.DictionaryMember(
                    m.name, _annotate(self._type(m.child('Type')), ext),
                    bool(m.get('required')), _value(m.child('Default')),
                    ext))
        parent = node.get('inherits')
        if parent and parent not in self.dictionaries:
            raise CompileError('%s: %s inherits unknown %s' %
                               (node.location(), name, parent))
        members.sort(key=lambda m: m.name)
        return model.Dictionary(name, parent, tuple(members), _ext_attrs(node),
                                node.filename)

    def _enum(self, name):
        node = self.enums[name]
        values = tuple(v.name[1:-1] for v in node.children_of('EnumValue'))
        if len(set(values)) != len(values):
            raise CompileError('%s: enum %s repeats a value' %
                               (node.location(), name))
        return model.Enum(name, values, _ext_attrs(node), node.filename)

    def _callback(self, name):
        node = self.callbacks[name]
        return model.Callback(name, self._type(node.child('Type')),
                              self._arguments(node), _ext_attrs(node),
                              node.filename)

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Builds the view of one interface for templates/interface.{h,cc}.jinja:
data only — the constructor, attributes, operation groups and constants,
each in the shape its macro in templates/macros/ reads (constructor.jinja,
attribute.jinja, operation.jinja, constant.jinja), plus the types they use
(from which the driver computes includes). The C++ they become is spelled
by the templates."""

from tools.bindings.generator import name_style
from tools.bindings.generator import operation
from tools.bindings.generator import types


def _exposed(ext):
    exposed = ext.values('Exposed')
    return not exposed or '*' in exposed or 'Window' in exposed


def _target(static, ext):
    """The template a member is installed on."""
    if static:
        return 'tmpl'
    return 'instance' if ext.has('LegacyUnforgeable') else 'prototype'


def _signature(target, promise):
    """Whether V8 checks the receiver (a v8::Signature of the interface's
    template): for the prototype's members, so that the brand check left to
    the callback is one pointer (bindings::ReceiverImpl). Not for a Promise
    (a wrong receiver rejects; https://webidl.spec.whatwg.org/#es-operations),
    nor for [LegacyUnforgeable] members, which the instance templates of
    inheriting interfaces also carry."""
    return target == 'prototype' and not promise


class InterfaceView(object):
    def __init__(self, interface, db):
        self.i = interface
        self.db = db
        self.used_types = []
        self.secure_members = []
        self.secure_static_members = []

    # Helpers.
    def _use_type(self, t):
        self.used_types.append(t)

    def _use_operation(self, op):
        for a in op.arguments:
            self._use_type(a.idl_type)
        self._use_type(op.return_type)

    def _secure(self, static, ext, name):
        if ext.has('SecureContext'):
            (self.secure_static_members if static else
             self.secure_members).append(name)

    # Attributes (macros/attribute.jinja).
    def attribute(self, a):
        t = a.idl_type
        self._use_type(t)
        base = name_style.upper_camel(a.name)
        raises = a.ext_attrs.has('RaisesException')
        same_object = a.ext_attrs.has('SameObject')
        if types.is_event_handler(t):
            form = 'event_handler'
        elif types.return_cast(t) and not raises and not same_object:
            form = 'primitive'
        else:
            form = 'value'
        self._secure(a.static, a.ext_attrs, a.name)
        return {
            'interface': self.i.name,
            'name': a.name,
            'static': a.static,
            'getter': '%sAttributeGetter' % base,
            'setter': None if a.readonly else '%sAttributeSetter' % base,
            # event_handler: EventTarget keeps it (on<type>); primitive: a
            # number or boolean set directly; value: a converted value.
            'form': form,
            'event_type': a.name[2:],
            'core_getter': name_style.getter(a.name),
            'core_setter': name_style.setter(a.name),
            'raises': raises,
            'same_object': same_object,
            'return_cast': types.return_cast(t),
            'tag': types.tag(t),
            'cpp': types.cpp(t),
            'argument_type': types.argument(t),
            'pass_raw_pointer': t.kind == 'interface' and t.nullable,
            'target': _target(a.static, a.ext_attrs),
            'signature': _signature(_target(a.static, a.ext_attrs),
                                    t.kind == 'promise'),
            'unforgeable': a.ext_attrs.has('LegacyUnforgeable'),
        }

    # Operations (macros/operation.jinja).
    def operation_group(self, group):
        ops = [o for o in group.overloads if _exposed(o.ext_attrs)]
        if not ops:
            return None
        base = name_style.upper_camel(group.name)
        function = '%s%sOperation' % ('Static' if group.static else '', base)
        view = {
            'name': group.name,
            'function': function,
            'overloads': [],
            'dispatch': None,
            'default_to_json': None,
            'length': min(o.required_count for o in ops),
            'target': _target(group.static, ops[0].ext_attrs),
            'unforgeable': ops[0].ext_attrs.has('LegacyUnforgeable'),
        }
        if group.name == 'toJSON' and ops[0].ext_attrs.has('Default'):
            view['default_to_json'] = self._default_to_json()
        elif len(ops) == 1:
            self._use_operation(ops[0])
            view['overloads'].append(operation.operation_view(
                self.i, ops[0], group.name, function,
                'operation %s' % group.name))
        else:
            for n, op in enumerate(ops):
                self._use_operation(op)
                view['overloads'].append(operation.operation_view(
                    self.i, op, group.name, '%s%d' % (function, n + 1),
                    'overload %d of %s' % (n + 1, group.name)))
            view['dispatch'] = operation.overload_dispatch(
                type(group)(group.name, tuple(ops), group.static), function)
        view['signature'] = _signature(
            view['target'], any(o['promise'] for o in view['overloads']))
        for o in view['overloads']:
            o['signature'] = view['signature']
        self._secure(group.static, ops[0].ext_attrs, group.name)
        return view

    def _default_to_json(self):
        """https://webidl.spec.whatwg.org/#default-tojson-steps: the JSON
        type attributes of each interface in the chain that has a [Default]
        toJSON, root first."""
        attributes = []
        for name in reversed(self.i.chain):
            iface = self.db.interface(name)
            has_default = any(g.name == 'toJSON' and
                              g.overloads[0].ext_attrs.has('Default')
                              for g in iface.operations)
            if not has_default:
                continue
            for a in iface.attributes:
                if a.static or not types.is_json(a.idl_type, self.db):
                    continue
                self._use_type(a.idl_type)
                attributes.append({'name': a.name,
                                   'tag': types.tag(a.idl_type),
                                   'core_getter': name_style.getter(a.name)})
        return {'interface': self.i.name, 'attributes': attributes}

    # The constructor (macros/constructor.jinja).
    def constructor(self):
        group = self.i.constructors
        if not group:
            return None
        function = 'ConstructorCallback'
        view = {'function': function, 'length': group.length,
                'overloads': [], 'dispatch': None}
        ops = group.overloads
        for n, op in enumerate(ops):
            self._use_operation(op)
            if len(ops) == 1:
                name, comment = function, 'constructor'
            else:
                name = '%s%d' % (function, n + 1)
                comment = 'constructor overload %d' % (n + 1)
            view['overloads'].append(operation.operation_view(
                self.i, op, 'constructor', name, comment))
        if len(ops) > 1:
            view['dispatch'] = operation.overload_dispatch(group, function)
        return view

    # Constants (macros/constant.jinja).
    @staticmethod
    def constant(c):
        if c.value.kind == 'boolean':
            value = '1' if c.value.text == 'true' else '0'
        else:
            value = c.value.text
        return {'name': c.name, 'value': value}

    def build(self):
        i = self.i
        constructor = self.constructor()
        attributes = [self.attribute(a) for a in i.attributes
                      if _exposed(a.ext_attrs)]
        operations = [g for g in (self.operation_group(g)
                                  for g in i.operations) if g]
        constants = [self.constant(c) for c in i.constants]
        return {
            'name': i.name,
            'parent': i.parent,
            'constructor': constructor,
            'attributes': attributes,
            'operations': operations,
            'constants': constants,
            # [LegacyUnforgeable] members of this interface (its instances'
            # own properties; an inherited interface's are added by it).
            'unforgeable': any(m['target'] == 'instance'
                               for m in attributes + operations),
            # The IDL types the members convert (the driver includes their
            # headers).
            'used_types': self.used_types,
            # An interface with event handler attributes fires events at
            # script, so its objects may have pending activity (core decides
            # when).
            'active': i.ext_attrs.has('ActiveScriptWrappable') or any(
                types.is_event_handler(a.idl_type) for a in i.attributes),
            'secure': i.ext_attrs.has('SecureContext'),
            'exposed_on_window': _exposed(i.ext_attrs),
            'no_interface_object': bool(
                i.callback or i.ext_attrs.has('LegacyNoInterfaceObject')),
            'secure_members': self.secure_members,
            'secure_static_members': self.secure_static_members,
        }

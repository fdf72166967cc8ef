# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""How IDL types appear in generated C++: the IDL tag a conversion is
instantiated with (platform/bindings/idl_types.h), the C++ type a value is stored
as, and the type a core method takes it as."""

from tools.bindings.generator import name_style
from tools.bindings.generator import union

_INTEGERS = {
    'byte': 'int8_t',
    'octet': 'uint8_t',
    'short': 'int16_t',
    'unsigned short': 'uint16_t',
    'long': 'int32_t',
    'unsigned long': 'uint32_t',
    'long long': 'int64_t',
    'unsigned long long': 'uint64_t',
}
_FLOATS = {
    'float': ('float', 'IDLFloat'),
    'unrestricted float': ('float', 'IDLUnrestrictedFloat'),
    'double': ('double', 'IDLDouble'),
    'unrestricted double': ('double', 'IDLUnrestrictedDouble'),
}
_STRINGS = {
    'DOMString': 'IDLDOMString',
    'USVString': 'IDLUSVString',
    'ByteString': 'IDLByteString',
}

# Types bound by hand rather than generated: their C++ class and header.
CUSTOM_TYPES = {
    # https://dom.spec.whatwg.org/#callbackdef-eventlistener
    'EventListener': 'core/dom/event_listener.h',
    # https://html.spec.whatwg.org/#eventhandler (an attribute type only)
    'EventHandlerNonNull': None,
}


class UnsupportedType(Exception):
    pass


def is_event_handler(t):
    return t.kind == 'callback' and t.name == 'EventHandlerNonNull'


def tag(t):
    """The IDL tag of |t|: IDLLong, IDLNullable<IDLDOMString>, EventInit..."""
    if t.nullable:
        import dataclasses
        return 'IDLNullable<%s>' % tag(dataclasses.replace(t, nullable=False))
    k = t.kind
    if k == 'boolean':
        return 'IDLBoolean'
    if k == 'integer':
        mode = 'kDefault'
        if t.ext_attrs.has('EnforceRange'):
            mode = 'kEnforceRange'
        elif t.ext_attrs.has('Clamp'):
            mode = 'kClamp'
        if mode == 'kDefault':
            return 'IDLInteger<%s>' % _INTEGERS[t.name]
        return 'IDLInteger<%s, IntegerConversion::%s>' % (_INTEGERS[t.name],
                                                           mode)
    if k == 'float':
        return _FLOATS[t.name][1]
    if k == 'string':
        return _STRINGS[t.name]
    if k == 'undefined':
        return 'IDLUndefined'
    if k == 'any':
        return 'IDLAny'
    if k == 'object':
        return 'IDLObject'
    if k in ('interface', 'dictionary', 'enum', 'callback',
             'callback_interface'):
        return t.name
    if k == 'sequence':
        return 'IDLSequence<%s>' % tag(t.element)
    if k == 'frozen_array':
        # https://webidl.spec.whatwg.org/#idl-frozen-array
        return 'IDLFrozenArray<%s>' % tag(t.element)
    if k == 'record':
        return 'IDLRecord<%s, %s>' % (tag(t.inner[0]), tag(t.inner[1]))
    if k == 'union':
        return union.tag(t)
    if k == 'promise':
        return 'IDLPromise<%s>' % tag(t.element)
    raise UnsupportedType('type %s is not supported by the generator' % t)


def cpp(t):
    """The C++ type a value of |t| is stored as (platform/bindings/idl_types.h)."""
    if t.nullable:
        import dataclasses
        inner = dataclasses.replace(t, nullable=False)
        if inner.kind in ('interface', 'callback', 'callback_interface'):
            return cpp(inner)
        return 'std::optional<%s>' % cpp(inner)
    k = t.kind
    if k == 'boolean':
        return 'bool'
    if k == 'integer':
        return _INTEGERS[t.name]
    if k == 'float':
        return _FLOATS[t.name][0]
    if k == 'string':
        return 'std::string'
    if k == 'any':
        return 'ScriptValue'
    if k == 'object':
        return 'ScriptValue'
    if k in ('interface', 'callback', 'callback_interface'):
        return 'scoped_refptr<%s>' % t.name
    if k in ('dictionary', 'enum'):
        return t.name
    if k in ('sequence', 'frozen_array'):
        return 'std::vector<%s>' % cpp(t.element)
    if k == 'record':
        return 'std::vector<std::pair<std::string, %s>>' % cpp(t.inner[1])
    if k == 'union':
        return union.cpp(t)
    if k == 'undefined':
        return 'IDLUndefined::ImplType'
    raise UnsupportedType('type %s has no C++ storage type' % t)


def argument(t):
    """The type a core method takes an argument of |t| as."""
    if t.kind in ('interface', 'callback_interface', 'callback') and True:
        return '%s*' % t.name
    c = cpp(t)
    if c in ('bool', 'float', 'double') or c in _INTEGERS.values() or \
            t.kind == 'enum':
        return c
    return 'const %s&' % c


def variadic_argument(t):
    """The type a core method takes the values of a variadic argument of
    |t| as."""
    return 'const std::vector<%s>&' % cpp(t)


def optional_argument(t):
    """An optional argument without a default: absent is std::nullopt
    (interfaces: nullptr)."""
    if t.kind in ('interface', 'callback_interface', 'callback'):
        return '%s*' % t.name
    return 'const std::optional<%s>&' % cpp(t)


def return_cast(t):
    """The C++ type a value of |t| is cast to so that ReturnValue::Set takes
    it directly (numbers and booleans: no handle, no context), or None."""
    if t.nullable:
        return None
    if t.kind == 'boolean':
        return 'bool'
    if t.kind == 'float':
        return 'double'
    if t.kind == 'integer':
        return {'byte': 'int32_t',
                'octet': 'uint32_t',
                'short': 'int32_t',
                'unsigned short': 'uint32_t',
                'long': 'int32_t',
                'unsigned long': 'uint32_t'}.get(t.name, 'double')
    return None


def is_json(t, db):
    """https://webidl.spec.whatwg.org/#dfn-json-types"""
    if t.kind in ('integer', 'float', 'boolean', 'string', 'enum',
                  'object'):
        return True
    if t.kind in ('sequence', 'frozen_array'):
        return is_json(t.element, db)
    if t.kind == 'record':
        return is_json(t.inner[1], db)
    if t.kind == 'union':
        return union.is_json(t, db)
    if t.kind == 'dictionary':
        return all(is_json(m.idl_type, db)
                   for d in db.dictionary_chain(t.name) for m in d.members)
    if t.kind == 'interface':
        return any(g.name == 'toJSON' for i in db.interface(t.name).chain
                   for g in db.interface(i).operations)
    return False


def referenced(t):
    """Every named type |t| mentions (itself, members, elements)."""
    result = []
    if t.kind in ('interface', 'dictionary', 'enum', 'callback',
                  'callback_interface'):
        result.append(t)
    for inner in t.inner:
        result.extend(referenced(inner))
    return result


def cpp_literal(t, value):
    """A C++ expression for a default |value| of |t|, or None when only a
    conversion of the JS value can produce it."""
    if value is None:
        return None
    if value.kind == 'null' and t.nullable:
        return '%s()' % cpp(t) if not cpp(t).startswith('scoped') else \
            'nullptr'
    if t.nullable:
        return None
    if value.kind == 'boolean' and t.kind == 'boolean':
        return value.text
    if value.kind in ('integer', 'float') and t.kind in ('integer', 'float'):
        text = value.text
        if text in ('Infinity', '-Infinity', 'NaN'):
            return {'Infinity': 'std::numeric_limits<double>::infinity()',
                    '-Infinity': '-std::numeric_limits<double>::infinity()',
                    'NaN': 'std::numeric_limits<double>::quiet_NaN()'}[text]
        return text
    if value.kind == 'string' and t.kind == 'string':
        return 'std::string(%s)' % value.text
    if value.kind == 'string' and t.kind == 'enum':
        return '%s::%s' % (t.name, name_style.enum_value(value.text[1:-1]))
    if value.kind in ('sequence', 'dictionary') and t.kind in (
            'sequence', 'dictionary', 'frozen_array', 'record'):
        return '%s()' % cpp(t)
    return None

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The views of operations and constructors for
templates/macros/operation.jinja and constructor.jinja: data only (names,
tags, C++ types, flags); the C++ is spelled by the macros. Every operation
has one shape there — arity check → convert arguments (returning on
exception) → call core → convert the result — and an overloaded one a
dispatcher that picks an overload by argument count, then by the type of
the distinguishing argument."""

from tools.bindings.generator import name_style
from tools.bindings.generator import types


def arg_var(index, argument):
    return 'arg%d_%s' % (index, name_style.snake_case(argument.name).rstrip('_'))


def _form(argument):
    """How the macro convert_argument reads |argument| from info[i]:

      variadic    every info[i..] into a std::vector
      optional    optional without a default: std::optional, or a null
                  pointer for interfaces and callbacks, set when present
      default     a default with a C++ literal: the literal, overwritten
                  when present
      js_default  a default without one: the JS default value is converted
                  in place of an absent argument
      required    info[i] as it is (also optional ones defaulting to {} or
                  undefined, which convert like an absent value)
    """
    a = argument
    t = a.idl_type
    if a.variadic:
        return 'variadic'
    if a.optional and a.default is None:
        return 'optional'
    if a.optional:
        literal = types.cpp_literal(t, a.default)
        if literal is not None and t.kind not in ('dictionary', 'union',
                                                  'sequence'):
            return 'default'
        if a.default.kind not in ('dictionary', 'undefined'):
            return 'js_default'
    return 'required'


def _passes_raw_pointer(t):
    """Whether the converted scoped_refptr goes to core as a raw pointer."""
    if t.kind == 'callback' or (t.kind == 'callback_interface' and
                                t.name not in types.CUSTOM_TYPES):
        return True
    return t.kind in ('interface', 'callback_interface') and t.nullable


def _parameter_type(a):
    """The type the core method takes argument |a| as."""
    if a.variadic:
        return types.variadic_argument(a.idl_type)
    if a.optional and a.default is None:
        return types.optional_argument(a.idl_type)
    return types.argument(a.idl_type)


def argument_view(index, a):
    t = a.idl_type
    form = _form(a)
    return {
        'index': index,
        'name': name_style.snake_case(a.name),
        'var': arg_var(index, a),
        'form': form,
        'tag': types.tag(t),
        'cpp': types.cpp(t),
        'parameter_type': _parameter_type(a),
        # form 'optional': an absent interface or callback is a null pointer
        # of the argument type rather than std::nullopt.
        'null_pointer': t.kind in ('interface', 'callback_interface',
                                   'callback'),
        'argument_type': types.argument(t),
        'literal': types.cpp_literal(t, a.default) if form == 'default'
        else None,
        # form 'js_default': the default value (kind and IDL text) that the
        # macro js_value makes a JS value of.
        'js_default': {'kind': a.default.kind, 'text': a.default.text}
        if form == 'js_default' else None,
        'pass_raw_pointer': _passes_raw_pointer(t),
        # A dictionary is moved into the call: a core method that keeps it
        # (takes it by value) needs no copy of a large one (a long
        # `advanced` list); a const& parameter binds to it all the same.
        'move': t.kind == 'dictionary' and not t.nullable and
        not a.variadic,
        # Core holds listeners weakly; the wrapper keeps them alive.
        'retain_listener': form == 'required' and t.name == 'EventListener',
    }


def operation_view(interface, op, name, function, comment):
    """One overload |op| of operation |name| (or of the constructor),
    bound as C++ function |function|."""
    rtype = op.return_type
    promise = rtype.kind == 'promise'
    if promise or rtype.kind == 'undefined':
        result = 'none'
    elif types.return_cast(rtype):
        result = 'primitive'
    else:
        result = 'value'
    return {
        'interface': interface.name,
        'name': name,
        'function': function,
        'comment': comment,
        'static': op.static,
        'method': name_style.method(op.name),
        'arguments': [argument_view(n, a) for n, a in
                      enumerate(op.arguments)],
        'required': op.required_count,
        'raises': op.ext_attrs.has('RaisesException'),
        'promise': promise,
        'promise_tag': types.tag(rtype.element) if promise else None,
        # What becomes of the core method's result: nothing, a number or
        # boolean set directly (return_cast), or a converted value.
        'result': result,
        'return_cast': types.return_cast(rtype),
        'return_tag': types.tag(rtype) if result == 'value' else None,
        # The core method's return type, for the header's list.
        'return_type': 'void' if result == 'none' else types.cpp(rtype),
    }


def overload_test(t):
    """What a distinguishing argument of type |t| is tested for in overload
    resolution (https://webidl.spec.whatwg.org/#dfn-overload-resolution-algorithm,
    step 12; the macro overload_test spells it), or None when |t| is a
    fallback (string, numeric, boolean)."""
    if t.kind == 'interface':
        return 'interface'
    if t.kind in ('sequence', 'frozen_array'):
        return 'iterable'
    if t.kind == 'callback':
        return 'function'
    if t.kind == 'dictionary':
        return 'dictionary'
    if t.kind in ('record', 'callback_interface', 'object'):
        return 'object'
    if t.kind == 'boolean':
        return 'boolean'
    if t.kind in ('integer', 'float'):
        return 'number'
    return None


def overload_dispatch(group, function):
    """How a dispatcher picks one overload of |group| (bound as
    |function|1, |function|2, ...): a case per argument count, each with
    the tests of the distinguishing argument and the overload that is left
    (fallback, or None: no overload matches)."""
    entries = {}  # argument count -> overload indices
    max_args = 0
    for i, op in enumerate(group.overloads):
        fixed = [a for a in op.arguments if not a.variadic]
        max_args = max(max_args, len(fixed))
        for n in range(op.required_count, len(fixed) + 1):
            entries.setdefault(n, []).append(i)
    cases = []
    for n in sorted(entries):
        candidates = entries[n]
        if len(candidates) == 1:
            cases.append({'count': n, 'tests': [],
                          'fallback': '%s%d' % (function, candidates[0] + 1)})
            continue
        # The distinguishing index: the first where the types differ.
        d = 0
        while d < n and len({str(group.overloads[c].arguments[d].idl_type)
                             for c in candidates}) == 1:
            d += 1
        tests = []
        fallback = None
        for c in candidates:
            t = group.overloads[c].arguments[d].idl_type
            test = overload_test(t)
            if test is None:
                if fallback is None:
                    fallback = '%s%d' % (function, c + 1)
                continue
            tests.append({'test': test, 'index': d, 'type': t.name,
                          'function': '%s%d' % (function, c + 1)})
        cases.append({'count': n, 'tests': tests, 'fallback': fallback})
    return {'max_args': max_args, 'cases': cases}

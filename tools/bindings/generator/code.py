# Copyright 2026 The mediacapture authors. All rights reserved.
"""Code snippets shared by the interface and callback templates: every
generated operation has one shape — arity check → convert arguments
(returning on exception) → call core → convert the result."""

from tools.bindings.generator import name_style
from tools.bindings.generator import types


def arg_var(index, argument):
    return 'arg%d_%s' % (index, name_style.snake_case(argument.name).rstrip('_'))


def _return_on_exception():
    return 'if (exception_state.HadException())\n  return;'


def convert_arguments(arguments):
    """Lines converting info[i] for each argument into local variables."""
    lines = []
    for i, a in enumerate(arguments):
        var = arg_var(i, a)
        t = a.idl_type
        tag = types.tag(t)
        convert = 'NativeValueTraits<%s>::NativeValue(isolate, %%s, exception_state)' % tag
        if a.variadic:
            lines.append('std::vector<%s> %s;' % (types.cpp(t), var))
            lines.append('for (int i = %d; i < info.Length(); ++i) {' % i)
            lines.append('  %s.push_back(%s);' % (var, convert % 'info[i]'))
            lines.append('  ' + _return_on_exception())
            lines.append('}')
            continue
        present = 'info.Length() > %d && !info[%d]->IsUndefined()' % (i, i)
        if a.optional and a.default is None:
            if t.kind in ('interface', 'callback_interface', 'callback'):
                storage = types.argument(t)
                lines.append('%s %s = nullptr;' % (storage, var))
            else:
                lines.append('std::optional<%s> %s;' % (types.cpp(t), var))
            lines.append('if (%s) {' % present)
            lines.append('  %s = %s;' % (var, convert % ('info[%d]' % i)))
            lines.append('  ' + _return_on_exception())
            lines.append('}')
            continue
        if a.optional:
            literal = types.cpp_literal(t, a.default)
            if literal is not None and t.kind not in (
                    'dictionary', 'union', 'sequence'):
                lines.append('%s %s = %s;' % (types.cpp(t), var, literal))
                lines.append('if (%s) {' % present)
                lines.append('  %s = %s;' % (var, convert % ('info[%d]' % i)))
                lines.append('  ' + _return_on_exception())
                lines.append('}')
                continue
            if a.default.kind not in ('dictionary', 'undefined'):
                lines.append(
                    'auto %s = %s;' %
                    (var, convert % ('(%s ? info[%d] : %s)' %
                                     (present, i, types.js_literal(a.default)))))
                lines.append(_return_on_exception())
                continue
        lines.append('auto %s = %s;' % (var, convert % ('info[%d]' % i)))
        lines.append(_return_on_exception())
        if t.name == 'EventListener':
            # Core holds listeners weakly; the wrapper keeps them alive.
            lines.append('bindings::RetainOnWrapper(info.This(), info[%d]);' % i)
    return lines


def pass_expression(index, argument):
    var = arg_var(index, argument)
    t = argument.idl_type
    if t.kind == 'callback' or (t.kind == 'callback_interface' and
                                t.name not in types.CUSTOM_TYPES):
        return '%s.get()' % var
    if t.kind in ('interface', 'callback_interface') and t.nullable:
        return '%s.get()' % var
    return var


def call_arguments(op, raises, resolver=False):
    args = [pass_expression(i, a) for i, a in enumerate(op.arguments)]
    if resolver:
        args.append('resolver')
    if raises:
        args.append('exception_state')
    return ', '.join(args)


def not_enough_arguments(required):
    return ('if (info.Length() < %d) {\n'
            '  exception_state.ThrowTypeError('
            'bindings::NotEnoughArguments(%d, info.Length()));\n'
            '  return;\n}' % (required, required))


def overload_condition(t, index):
    """A C++ test that info[index] suits type |t| in overload resolution
    (https://webidl.spec.whatwg.org/#dfn-overload-resolution-algorithm,
    step 12), or None when |t| is a fallback (string, numeric, boolean)."""
    v = 'info[%d]' % index
    if t.kind == 'interface':
        return 'V8%s::HasInstance(%s)' % (t.name, v)
    if t.kind in ('sequence', 'frozen_array'):
        return 'bindings::IsIterable(isolate, %s)' % v
    if t.kind == 'callback':
        return '%s->IsFunction()' % v
    if t.kind in ('dictionary', 'record', 'callback_interface', 'object'):
        null = ' || %s->IsNullOrUndefined()' % v if t.kind == 'dictionary' else ''
        return '%s->IsObject()%s' % (v, null)
    if t.kind == 'boolean':
        return '%s->IsBoolean()' % v
    if t.kind in ('integer', 'float'):
        return '%s->IsNumber()' % v
    return None


def overload_dispatch(group, function_name):
    """The body of a callback that picks one overload of |group| by argument
    count, then by the type at the distinguishing index."""
    entries = {}  # argument count -> overload indices
    max_args = 0
    for i, op in enumerate(group.overloads):
        fixed = [a for a in op.arguments if not a.variadic]
        max_args = max(max_args, len(fixed))
        for n in range(op.required_count, len(fixed) + 1):
            entries.setdefault(n, []).append(i)
    lines = ['switch (std::min(info.Length(), %d)) {' % max_args]
    for n in sorted(entries):
        candidates = entries[n]
        lines.append('  case %d:' % n)
        if len(candidates) == 1:
            lines.append('    %s%d(info);' % (function_name, candidates[0] + 1))
            lines.append('    return;')
            continue
        # The distinguishing index: the first where the types differ.
        d = 0
        while d < n and len({str(group.overloads[c].arguments[d].idl_type)
                             for c in candidates}) == 1:
            d += 1
        fallback = None
        for c in candidates:
            t = group.overloads[c].arguments[d].idl_type
            cond = overload_condition(t, d)
            if cond is None:
                fallback = fallback if fallback is not None else c
                continue
            lines.append('    if (%s) {' % cond)
            lines.append('      %s%d(info);' % (function_name, c + 1))
            lines.append('      return;')
            lines.append('    }')
        if fallback is not None:
            lines.append('    %s%d(info);' % (function_name, fallback + 1))
            lines.append('    return;')
        else:
            lines.append('    break;')
    lines.append('  default:')
    lines.append('    break;')
    lines.append('}')
    return lines

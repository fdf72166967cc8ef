# Copyright 2026 The mediacapture authors. All rights reserved.
"""Builds the view of one interface for templates/interface.{h,cc}.jinja:
one callback function per attribute getter/setter, operation (one per
overload plus a dispatcher) and constructor, and the install calls that put
them on the template."""

from tools.bindings.generator import code
from tools.bindings.generator import name_style
from tools.bindings.generator import types


def _brand_check(name, what):
    return ('%s* impl = V8%s::ToImpl(info.This());\n'
            'if (!impl) {\n'
            '  bindings::ThrowIllegalInvocation(isolate, %s);\n'
            '  return;\n'
            '}' % (name, name, what))


def _indent(lines, n=2):
    text = '\n'.join(lines) if isinstance(lines, list) else lines
    return '\n'.join((' ' * n + l) if l else l for l in text.split('\n'))


def _function(fname, body_lines, comment=None):
    head = '// %s\n' % comment if comment else ''
    return ('%svoid %s(const v8::FunctionCallbackInfo<v8::Value>& info) {\n'
            '%s\n}' % (head, fname, _indent(body_lines)))


class InterfaceView(object):
    def __init__(self, interface, db, impl_header_of, types_header_of):
        self.i = interface
        self.db = db
        self.impl_header_of = impl_header_of
        self.types_header_of = types_header_of
        self.functions = []
        self.installs = []
        self.expectations = []
        self.includes = set()
        self.secure_members = []
        self.secure_static_members = []

    # Helpers.
    def _use_type(self, t):
        for r in types.referenced(t):
            if r.name in types.CUSTOM_TYPES:
                if types.CUSTOM_TYPES[r.name]:
                    self.includes.add(types.CUSTOM_TYPES[r.name])
                    self.includes.add('bindings/js_event_listener.h')
                continue
            if r.kind == 'interface':
                self.includes.add('bindings/%s.h' % name_style.file_base(r.name))
            elif r.kind in ('dictionary', 'callback'):
                self.includes.add('bindings/%s.h' % name_style.file_base(r.name))
            elif r.kind == 'enum':
                self.includes.add(self.types_header_of(r.name))

    def _exposed(self, ext):
        exposed = ext.values('Exposed')
        return not exposed or '*' in exposed or 'Window' in exposed

    # Attributes.
    def attribute(self, a):
        if not self._exposed(a.ext_attrs):
            return
        i = self.i
        base = name_style.upper_camel(a.name)
        getter = '%sAttributeGetter' % base
        setter = None
        t = a.idl_type
        self._use_type(t)
        what = '"%s"' % a.name
        static = a.static
        prefix = '' if static else 'impl->'
        call_owner = '%s::' % i.name if static else prefix
        body = ['v8::Isolate* isolate = info.GetIsolate();']
        if not static:
            body.append(_brand_check(i.name, what))
        raises = a.ext_attrs.has('RaisesException')
        getter_call = '%s%s(%s)' % (call_owner, name_style.getter(a.name),
                                    'exception_state' if raises else '')
        if types.is_event_handler(t):
            body.append('bindings::GetEventHandler(info, impl, "%s");' %
                        a.name[2:])
            self.expectations.append(
                '(on%s: an event handler attribute, kept by EventTarget)' %
                a.name[2:])
        elif self._primitive_return(t) and not raises and \
                not a.ext_attrs.has('SameObject'):
            # Numbers and booleans go straight into the return value (no
            # handle, no context).
            body.append('info.GetReturnValue().Set(%s(%s));' %
                        (self._primitive_return(t), getter_call))
            self.expectations.append(
                '%s%s %s() const;' % ('static ' if static else '',
                                      types.cpp(t), name_style.getter(a.name)))
        else:
            body.append('v8::Local<v8::Context> context = isolate->GetCurrentContext();')
            if raises:
                body.append('V8ExceptionState exception_state(isolate, '
                            'V8ExceptionState::kGetter, kInterfaceName, "%s");' %
                            a.name)
            same_object = a.ext_attrs.has('SameObject')
            if same_object:
                body.append('if (bindings::GetCachedAttribute(info, "%s.%s"))' %
                            (i.name, a.name))
                body.append('  return;')
            body.append('auto result = %s;' % getter_call)
            if raises:
                body.append('if (exception_state.HadException())\n  return;')
            body.append('v8::Local<v8::Value> value;')
            body.append('if (!ToV8Traits<%s>::ToV8(context, result).ToLocal(&value))'
                        % types.tag(t))
            body.append('  return;')
            if same_object:
                body.append('bindings::SetCachedAttribute(info, "%s.%s", value);' %
                            (i.name, a.name))
            body.append('info.GetReturnValue().Set(value);')
            self.expectations.append(
                '%s%s %s() const;' % ('static ' if static else '',
                                      types.cpp(t), name_style.getter(a.name)))
        self.functions.append(_function(getter, body, 'attribute %s' % a.name))
        if not a.readonly:
            setter = '%sAttributeSetter' % base
            body = ['v8::Isolate* isolate = info.GetIsolate();']
            if not static:
                body.append(_brand_check(i.name, what))
            if types.is_event_handler(t):
                body.append('bindings::SetEventHandler(info, impl, "%s");' %
                            a.name[2:])
            else:
                body.append('V8ExceptionState exception_state(isolate, '
                            'V8ExceptionState::kSetter, kInterfaceName, "%s");' %
                            a.name)
                body.append('auto value = NativeValueTraits<%s>::NativeValue('
                            'isolate, info[0], exception_state);' % types.tag(t))
                body.append('if (exception_state.HadException())\n  return;')
                arg = 'value'
                if t.kind in ('interface',) and t.nullable:
                    arg = 'value.get()'
                body.append('%s%s(%s%s);' % (call_owner, name_style.setter(a.name), arg,
                                             ', exception_state' if raises else ''))
                self.expectations.append('%svoid %s(%s value);' % (
                    'static ' if static else '', name_style.setter(a.name),
                    types.argument(t)))
            self.functions.append(_function(setter, body,
                                            'attribute %s (setter)' % a.name))
        target = 'tmpl' if static else (
            'instance' if a.ext_attrs.has('LegacyUnforgeable') else 'prototype')
        self.installs.append(
            'bindings::InstallAttribute(isolate, %s, "%s", &%s, %s, %s);' %
            (target, a.name, getter, '&' + setter if setter else 'nullptr',
             'v8::DontDelete' if a.ext_attrs.has('LegacyUnforgeable') else
             'v8::None'))
        if a.ext_attrs.has('SecureContext'):
            (self.secure_static_members if static else
             self.secure_members).append(a.name)

    # Operations.
    def _operation_body(self, op, fname_for_messages, is_constructor=False):
        i = self.i
        for a in op.arguments:
            self._use_type(a.idl_type)
        self._use_type(op.return_type)
        raises = op.ext_attrs.has('RaisesException')
        promise = op.return_type.kind == 'promise'
        body = ['v8::Isolate* isolate = info.GetIsolate();']
        if is_constructor:
            body.append('V8ExceptionState exception_state(isolate, '
                        'V8ExceptionState::kConstruction, kInterfaceName, nullptr);')
        else:
            body.append('V8ExceptionState exception_state(isolate, '
                        'V8ExceptionState::kExecution, kInterfaceName, "%s");' %
                        fname_for_messages)
            if not op.static:
                body.append('%s* impl = V8%s::ToImpl(info.This());' % (i.name, i.name))
                body.append('if (!impl) {\n'
                            '  bindings::ThrowIllegalInvocation(isolate, "%s");\n'
                            '  return;\n}' % fname_for_messages)
        body.append('v8::Local<v8::Context> context = isolate->GetCurrentContext();')
        body.append('static_cast<void>(context);')
        if op.required_count:
            body.append(code.not_enough_arguments(op.required_count))
        body.extend(code.convert_arguments(op.arguments))
        if promise:
            body.append('auto resolver = bindings::CreatePromiseResolver<%s>('
                        'context, promise_resolver);' %
                        types.tag(op.return_type.element))
        args = code.call_arguments(op, raises, promise)
        method = name_style.method(op.name)
        if is_constructor:
            body.append('scoped_refptr<%s> result = %s::Create(%s);' %
                        (i.name, i.name, args))
            if raises:
                body.append('if (exception_state.HadException())\n  return;')
            body.append('bindings::AssociateConstructedWrapper(info, result.get());')
            sig = 'static scoped_refptr<%s> Create(%s);' % (
                i.name, self._signature(op, raises, False))
        else:
            owner = ('%s::' % i.name) if op.static else 'impl->'
            call = '%s%s(%s)' % (owner, method, args)
            rtype = op.return_type
            if promise or rtype.kind == 'undefined':
                body.append('%s;' % call)
                if raises:
                    body.append('if (exception_state.HadException())\n  return;')
                ret = 'void'
            else:
                body.append('auto result = %s;' % call)
                if raises:
                    body.append('if (exception_state.HadException())\n  return;')
                if self._primitive_return(rtype):
                    body.append('info.GetReturnValue().Set(%s(result));' %
                                self._primitive_return(rtype))
                else:
                    body.append('bindings::SetReturnValue(info, ToV8Traits<%s>::ToV8('
                                'context, result));' % types.tag(rtype))
                ret = types.cpp(rtype)
            sig = '%s%s %s(%s);' % ('static ' if op.static else '', ret, method,
                                    self._signature(op, raises, promise))
        self.expectations.append(sig)
        return body

    def _signature(self, op, raises, promise):
        parts = []
        for a in op.arguments:
            if a.variadic:
                t = 'const std::vector<%s>&' % types.cpp(a.idl_type)
            elif a.optional and a.default is None:
                t = types.optional_argument(a.idl_type)
            elif a.idl_type.kind in ('interface', 'callback') and \
                    a.idl_type.nullable:
                t = '%s*' % a.idl_type.name
            else:
                t = types.argument(a.idl_type)
            parts.append('%s %s' % (t, name_style.snake_case(a.name)))
        if promise:
            parts.append('scoped_refptr<PromiseResolver<%s>> resolver' %
                         types.tag(op.return_type.element))
        if raises:
            parts.append('ExceptionState& exception_state')
        return ', '.join(parts)

    def _wrap_promise(self, fname, body, comment):
        # Promise-returning operations reject instead of throwing
        # (https://webidl.spec.whatwg.org/#es-operations, step 4 note).
        self.functions.append(
            'void %sBody(const v8::FunctionCallbackInfo<v8::Value>& info,\n'
            '    v8::Local<v8::Promise::Resolver> promise_resolver) {\n%s\n}' %
            (fname, _indent(body)))
        self.functions.append(_function(
            fname, ['bindings::RunPromiseOperation(info, &%sBody);' % fname],
            comment))

    def operation_group(self, group):
        ops = [o for o in group.overloads if self._exposed(o.ext_attrs)]
        if not ops:
            return
        base = name_style.upper_camel(group.name)
        fname = '%s%sOperation' % ('Static' if group.static else '', base)
        promise = ops[0].return_type.kind == 'promise'
        default_to_json = group.name == 'toJSON' and \
            ops[0].ext_attrs.has('Default')
        if default_to_json:
            self.functions.append(self._default_to_json(fname))
        elif len(ops) == 1:
            body = self._operation_body(ops[0], group.name)
            if promise:
                self._wrap_promise(fname, body, 'operation %s' % group.name)
            else:
                self.functions.append(_function(fname, body,
                                                'operation %s' % group.name))
        else:
            for n, op in enumerate(ops):
                body = self._operation_body(op, group.name)
                if promise:
                    self._wrap_promise('%s%d' % (fname, n + 1), body,
                                       'overload %d of %s' % (n + 1, group.name))
                else:
                    self.functions.append(_function(
                        '%s%d' % (fname, n + 1), body,
                        'overload %d of %s' % (n + 1, group.name)))
            grp = type(group)(group.name, tuple(ops), group.static)
            body = ['v8::Isolate* isolate = info.GetIsolate();']
            body.extend(code.overload_dispatch(grp, fname))
            body.append('bindings::ThrowNoMatchingOverload(info, %d, kInterfaceName, "%s");'
                        % (grp.length, group.name))
            self.functions.append(_function(fname, body,
                                            'overloads of %s' % group.name))
        target = 'tmpl' if group.static else (
            'instance' if ops[0].ext_attrs.has('LegacyUnforgeable') else
            'prototype')
        length = min(o.required_count for o in ops)
        self.installs.append(
            'bindings::InstallOperation(isolate, %s, "%s", &%s, %d, %s);' %
            (target, group.name, fname, length,
             'v8::DontDelete' if ops[0].ext_attrs.has('LegacyUnforgeable')
             else 'v8::None'))
        if ops[0].ext_attrs.has('SecureContext'):
            (self.secure_static_members if group.static else
             self.secure_members).append(group.name)

    def _default_to_json(self, fname):
        """https://webidl.spec.whatwg.org/#default-tojson-steps: the JSON
        type attributes of each interface in the chain that has a [Default]
        toJSON, root first."""
        body = ['v8::Isolate* isolate = info.GetIsolate();',
                _brand_check(self.i.name, '"toJSON"'),
                'v8::Local<v8::Context> context = isolate->GetCurrentContext();',
                'v8::Local<v8::Object> result = v8::Object::New(isolate);',
                'v8::Local<v8::Value> value;']
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
                body.append(
                    'if (!ToV8Traits<%s>::ToV8(context, impl->%s()).ToLocal(&value) ||\n'
                    '    result->CreateDataProperty(context, bindings::ToV8String(isolate, "%s"), value).IsNothing())\n'
                    '  return;' % (types.tag(a.idl_type),
                                   name_style.getter(a.name), a.name))
        body.append('info.GetReturnValue().Set(result);')
        return _function(fname, body, 'operation toJSON ([Default])')

    def constructor(self):
        group = self.i.constructors
        if not group:
            return 'nullptr', 0
        fname = 'ConstructorCallback'
        ops = group.overloads
        check = ['bindings::ThrowIfNotConstructCall(info, kInterfaceName)']
        if len(ops) == 1:
            body = self._operation_body(ops[0], 'constructor', True)
            body.insert(0, 'if (!%s)\n  return;' % check[0])
            self.functions.append(_function(fname, body, 'constructor'))
        else:
            for n, op in enumerate(ops):
                body = self._operation_body(op, 'constructor', True)
                self.functions.append(_function('%s%d' % (fname, n + 1), body,
                                                'constructor overload %d' % (n + 1)))
            body = ['v8::Isolate* isolate = info.GetIsolate();',
                    'if (!%s)\n  return;' % check[0]]
            body.extend(code.overload_dispatch(group, fname))
            body.append('bindings::ThrowNoMatchingOverload(info, %d, kInterfaceName, nullptr);'
                        % group.length)
            self.functions.append(_function(fname, body, 'constructor overloads'))
        return '&' + fname, group.length

    def constant(self, c):
        self.installs.append(
            'bindings::InstallConstant(isolate, tmpl, "%s", %s);' %
            (c.name, c.value.text if c.value.kind != 'boolean' else
             ('1' if c.value.text == 'true' else '0')))

    def build(self):
        i = self.i
        ctor, length = self.constructor()
        for a in i.attributes:
            self.attribute(a)
        for g in i.operations:
            self.operation_group(g)
        for c in i.constants:
            self.constant(c)
        exposed = i.ext_attrs.values('Exposed')
        parent = i.parent
        if parent:
            self.includes.add('bindings/%s.h' % name_style.file_base(parent))
        # The functions use each other's V8 classes only through includes.
        self.includes.discard('bindings/%s.h' % name_style.file_base(i.name))
        return {
            'name': i.name,
            'impl_header': self.impl_header_of(i),
            'parent_info': '&%s::wrapper_type_info_' % parent if parent else 'nullptr',
            'parent_template': 'V8%s::DomTemplate(isolate)' % parent if parent
            else 'v8::Local<v8::FunctionTemplate>()',
            'constructor_callback': ctor,
            'constructor_length': length,
            'functions': self.functions,
            'installs': self.installs,
            'expectations': self.expectations,
            'includes': sorted(self.includes),
            'active': 'true' if i.ext_attrs.has('ActiveScriptWrappable') or
            self._has_event_handlers() else 'false',
            'secure': 'true' if i.ext_attrs.has('SecureContext') else 'false',
            'exposed_on_window': 'true' if (not exposed or '*' in exposed or
                                            'Window' in exposed) else 'false',
            'no_interface_object': 'true' if (
                i.callback or i.ext_attrs.has('LegacyNoInterfaceObject'))
            else 'false',
            'secure_members': self.secure_members,
            'secure_static_members': self.secure_static_members,
        }

    @staticmethod
    def _primitive_return(t):
        """The cast that lets ReturnValue::Set take a value of |t| directly,
        or None."""
        if t.nullable:
            return None
        if t.kind == 'boolean':
            return 'static_cast<bool>'
        if t.kind == 'float':
            return 'static_cast<double>'
        if t.kind == 'integer':
            return {'byte': 'static_cast<int32_t>',
                    'octet': 'static_cast<uint32_t>',
                    'short': 'static_cast<int32_t>',
                    'unsigned short': 'static_cast<uint32_t>',
                    'long': 'static_cast<int32_t>',
                    'unsigned long': 'static_cast<uint32_t>'}.get(
                        t.name, 'static_cast<double>')
        return None

    def _has_event_handlers(self):
        # An interface with event handler attributes fires events at script,
        # so its objects may have pending activity (core decides when).
        return any(types.is_event_handler(a.idl_type)
                   for a in self.i.attributes)

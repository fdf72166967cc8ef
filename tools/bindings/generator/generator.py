# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The generator's driver: writes the generated bindings of a compiled
model (compiler/model.py). It decides which files each definition gets and
where, which headers they include, and formats and writes them; the view
each template reads comes from the module of the definition's kind
(interface.py, dictionary.py, enumeration.py, callback.py), and the C++
from templates/ and templates/macros/. For each definition of the files to
generate, one .h/.cc pair named by name_style.file_base():

  interface I   v8_i.h, v8_i.cc           (V8I: template, brand check)
  dictionary D  d.h                       (plain struct, no V8)
                v8_d.h, v8_d.cc           (To/From V8)
  enum E        e.h                       (enum class + strings, no V8)
  callback C    c.h                       (abstract class, no V8)
                v8_c.h, v8_c.cc           (the V8 implementation)

Output is clang-formatted (Chromium style) when clang-format exists.
"""

import os
import shutil
import subprocess

import jinja2

from tools.bindings.generator import callback
from tools.bindings.generator import dictionary
from tools.bindings.generator import enumeration
from tools.bindings.generator import name_style
from tools.bindings.generator import types
from tools.bindings.generator.interface import InterfaceView

# What a run writes: the V8-free structs, enums and callback classes that
# core may use ('types'), and the V8 glue ('v8').
PARTS = ('types', 'v8')

TEMPLATES = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                         'templates')


class Generator(object):
    def __init__(self, db, root, impl_dirs):
        """|root| is the source root; |impl_dirs| maps an IDL directory
        (relative to root) to the core directory of its classes."""
        self.db = db
        self.root = root
        self.impl_dirs = sorted(impl_dirs.items(), key=lambda kv: -len(kv[0]))
        self.env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES),
                                      trim_blocks=True,
                                      lstrip_blocks=True,
                                      keep_trailing_newline=True,
                                      undefined=jinja2.StrictUndefined)
        self.clang_format = shutil.which('clang-format')
        self.parts = PARTS

    # Which files a definition produces, relative to the output directory
    # ($root_gen_dir): the V8-free part (PART_TYPES) beside its IDL file's
    # directory, the V8 part (PART_V8) in bindings/.
    def outputs_of(self, definition_kind, d, parts=PARTS):
        outputs = []
        if 'types' in parts and definition_kind in ('dictionary', 'enum',
                                                    'callback'):
            outputs.append(self.types_header_of(d.name))
        if 'v8' in parts and definition_kind in ('interface', 'dictionary',
                                                 'callback'):
            base = 'bindings/' + name_style.file_base(d.name)
            outputs += [base + '.h', base + '.cc']
        return outputs

    def types_header_of(self, name):
        """The V8-free header of dictionary, enum or callback |name|:
        idl/dom/event_init.h for EventInit of idl/dom/Event.idl."""
        d = self.db.find(name)
        return '%s/%s.h' % (os.path.dirname(self._idl_path(d)),
                            name_style.snake_case(name))

    @staticmethod
    def v8_header_of(name):
        return 'bindings/%s.h' % name_style.file_base(name)

    def definitions_in(self, paths):
        """(kind, definition) for each definition from one of |paths|."""
        paths = {os.path.abspath(p) for p in paths}
        result = []
        for kind, group in (('interface', self.db.interfaces),
                            ('dictionary', self.db.dictionaries),
                            ('enum', self.db.enums),
                            ('callback', self.db.callbacks)):
            for d in group:
                if os.path.abspath(d.filename) not in paths:
                    continue
                if d.name in types.CUSTOM_TYPES:
                    continue
                if kind == 'interface' and d.callback:
                    continue  # Callback interfaces are bound by hand.
                result.append((kind, d))
        return result

    def impl_header_of(self, interface):
        rel = os.path.relpath(os.path.abspath(interface.filename), self.root)
        for prefix, core_dir in self.impl_dirs:
            if rel.startswith(prefix.rstrip('/') + '/'):
                return '%s/%s.h' % (core_dir,
                                    name_style.snake_case(interface.name))
        raise ValueError('no --impl-dir covers %s' % rel)

    def _idl_path(self, d):
        return os.path.relpath(os.path.abspath(d.filename), self.root)

    # Rendering.
    def _render(self, template, **context):
        return self.env.get_template(template).render(**context)

    def _format(self, text):
        if not self.clang_format:
            return text
        proc = subprocess.run([self.clang_format, '--style=Chromium'],
                              input=text, capture_output=True, text=True)
        return proc.stdout if proc.returncode == 0 else text

    def _write(self, out_dir, name, text):
        if name.startswith('bindings/'):
            if 'v8' not in self.parts:
                return
        elif 'types' not in self.parts:
            return
        path = os.path.join(out_dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        text = self._format(text)
        # Keep the timestamp when nothing changed: fewer rebuilds.
        if os.path.exists(path):
            with open(path) as f:
                if f.read() == text:
                    return
        with open(path, 'w') as f:
            f.write(text)

    def generate(self, paths, out_dir, parts=PARTS):
        self.parts = parts
        os.makedirs(out_dir, exist_ok=True)
        for kind, d in self.definitions_in(paths):
            getattr(self, '_generate_' + kind)(d, out_dir)

    def generate_registry(self, paths, out_dir, registry):
        """<registry>_registry.cc: registers the generated interfaces with
        bindings/interface_registry.h, for InstallInterfaces()."""
        definitions = self.definitions_in(paths)
        interfaces = [d for kind, d in definitions if kind == 'interface']
        dictionaries = sorted(d.name for kind, d in definitions
                              if kind == 'dictionary')
        headers = {self.impl_header_of(i) for i in interfaces}
        headers |= {self.v8_header_of(name) for name in dictionaries}
        self._write(out_dir, 'bindings/' + registry + '_registry.cc',
                    self._render('registry.cc.jinja', name=registry,
                                 interfaces=interfaces,
                                 dictionaries=dictionaries,
                                 headers=sorted(headers)))

    @staticmethod
    def _guard(path):
        return name_style.include_guard(path)

    def _generate_interface(self, i, out_dir):
        view = InterfaceView(i, self.db).build()
        base = 'bindings/' + name_style.file_base(i.name)
        common = dict(view, idl_path=self._idl_path(i), file_base=base,
                      impl_header=self.impl_header_of(i),
                      includes=self._interface_includes(i, view['used_types']))
        self._write(out_dir, base + '.h',
                    self._render('interface.h.jinja',
                                 guard=self._guard(base + '.h'), **common))
        self._write(out_dir, base + '.cc',
                    self._render('interface.cc.jinja', **common))

    def _interface_includes(self, i, idl_types):
        """What the bindings of interface |i| include for |idl_types|: the
        V8 classes of interfaces, dictionaries and callbacks, the headers
        of enums and of custom types, and the parent's V8 class."""
        includes = set()
        for t in idl_types:
            for r in types.referenced(t):
                if r.name in types.CUSTOM_TYPES:
                    if types.CUSTOM_TYPES[r.name]:
                        includes.add(types.CUSTOM_TYPES[r.name])
                        includes.add('bindings/js_event_listener.h')
                elif r.kind in ('interface', 'dictionary', 'callback'):
                    includes.add(self.v8_header_of(r.name))
                elif r.kind == 'enum':
                    includes.add(self.types_header_of(r.name))
        if i.parent:
            includes.add(self.v8_header_of(i.parent))
        # The functions use each other's V8 classes only through includes.
        includes.discard(self.v8_header_of(i.name))
        return sorted(includes)

    def _type_includes(self, idl_types, exclude=()):
        """The V8-free headers that declare the named types of |idl_types|,
        and the interfaces among them, which a V8-free header only
        forward-declares: their classes live in core, above the types."""
        includes = set()
        interfaces = set()
        for t in idl_types:
            for r in types.referenced(t):
                if r.name in exclude:
                    continue
                if r.name in types.CUSTOM_TYPES:
                    if types.CUSTOM_TYPES[r.name]:
                        includes.add(types.CUSTOM_TYPES[r.name])
                elif r.kind == 'interface':
                    interfaces.add(r.name)
                else:
                    includes.add(self.types_header_of(r.name))
        return includes, interfaces

    def _impl_headers(self, interfaces):
        """The core headers of |interfaces|: the V8 side, which converts
        their references, needs the complete classes."""
        return sorted(self.impl_header_of(self.db.interface(name))
                      for name in interfaces)

    def _v8_includes(self, idl_types, exclude=()):
        """The conversion headers of the named types of |idl_types|."""
        includes = set()
        for t in idl_types:
            for r in types.referenced(t):
                if r.name in exclude or r.name in types.CUSTOM_TYPES:
                    continue
                if r.kind == 'enum':
                    includes.add(self.types_header_of(r.name))
                else:
                    includes.add(self.v8_header_of(r.name))
        return includes

    def _generate_dictionary(self, d, out_dir):
        view = dictionary.view(d)
        plain = self.types_header_of(d.name)[:-2]
        base = 'bindings/' + name_style.file_base(d.name)
        member_types = [m.idl_type for m in d.members]
        struct_includes, interfaces = self._type_includes(member_types,
                                                          exclude=(d.name,))
        if d.parent:
            struct_includes.add(self.types_header_of(d.parent))
        v8_includes = self._v8_includes(member_types, exclude=(d.name,))
        if d.parent:
            v8_includes.add(self.v8_header_of(d.parent))
        common = dict(view, idl_path=self._idl_path(d), file_base=base,
                      struct_base=plain)
        self._write(out_dir, plain + '.h',
                    self._render('dictionary_struct.h.jinja',
                                 guard=self._guard(plain + '.h'),
                                 includes=sorted(struct_includes),
                                 interfaces=sorted(interfaces), **common))
        self._write(out_dir, base + '.h',
                    self._render('dictionary.h.jinja',
                                 guard=self._guard(base + '.h'),
                                 interface_headers=self._impl_headers(interfaces),
                                 **common))
        self._write(out_dir, base + '.cc',
                    self._render('dictionary.cc.jinja',
                                 includes=sorted(v8_includes), **common))

    def _generate_enum(self, e, out_dir):
        plain = self.types_header_of(e.name)[:-2]
        self._write(out_dir, plain + '.h',
                    self._render('enum.h.jinja', idl_path=self._idl_path(e),
                                 guard=self._guard(plain + '.h'),
                                 **enumeration.view(e)))

    def _generate_callback(self, c, out_dir):
        view = callback.view(c)
        plain = self.types_header_of(c.name)[:-2]
        base = 'bindings/' + name_style.file_base(c.name)
        arg_types = [a.idl_type for a in c.arguments] + [c.return_type]
        includes, interfaces = self._type_includes(arg_types)
        common = dict(view, callback=view, idl_path=self._idl_path(c),
                      file_base=base, struct_base=plain)
        self._write(out_dir, plain + '.h',
                    self._render('callback_class.h.jinja',
                                 guard=self._guard(plain + '.h'),
                                 includes=sorted(includes),
                                 interfaces=sorted(interfaces), **common))
        self._write(out_dir, base + '.h',
                    self._render('callback.h.jinja',
                                 guard=self._guard(base + '.h'),
                                 interface_headers=self._impl_headers(interfaces),
                                 **common))
        self._write(out_dir, base + '.cc',
                    self._render('callback.cc.jinja',
                                 includes=sorted(self._v8_includes(arg_types)),
                                 **common))

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The generator's file set and naming. What the generated code does is
tested by compiling and running it (//bindings:unittests)."""

import glob
import os
import re
import tempfile
import unittest

from tools.bindings.compiler.compiler import Compiler
from tools.bindings.generator import callback
from tools.bindings.generator import dictionary
from tools.bindings.generator import enumeration
from tools.bindings.generator import name_style
from tools.bindings.generator import operation
from tools.bindings.generator.generator import Generator
from tools.bindings.generator.interface import InterfaceView
from tools.bindings.idl_parser.parser import Parser

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))


class NameStyleTest(unittest.TestCase):
    def test_one_rule_for_every_name(self):
        self.assertEqual(name_style.method('getSettings'), 'GetSettings')
        self.assertEqual(name_style.member('frameRate'), 'frame_rate')
        self.assertEqual(name_style.getter('readyState'), 'ready_state')
        self.assertEqual(name_style.setter('readyState'), 'set_ready_state')
        self.assertEqual(name_style.file_base('DOMException'),
                         'v8_dom_exception')
        self.assertEqual(name_style.enum_value('crop-and-scale'),
                         'kCropAndScale')
        self.assertEqual(name_style.enum_value(''), 'kEmpty')
        self.assertEqual(name_style.constant('NOT_FOUND_ERR'), 'kNotFoundErr')
        self.assertEqual(name_style.snake_case('default'), 'default_')


class GeneratorTest(unittest.TestCase):
    def _generator(self, paths):
        parser = Parser()
        files = []
        for path in paths:
            with open(path) as f:
                files.append(parser.parse(f.read(), path))
        generator = Generator(Compiler().compile(files), ROOT, {
            'idl/dom': 'core/dom',
            'idl/permissions': 'core/permissions',
            'idl': 'core/mediastream',
        })
        # Formatting is slow and changes no file name.
        generator.clang_format = None
        return generator

    @staticmethod
    def _written(out):
        return sorted(os.path.relpath(os.path.join(d, f), out)
                      for d, _, files in os.walk(out) for f in files)

    def _dom(self):
        dom = [os.path.join(ROOT, 'idl', 'dom', n) for n in
               ('AbortSignal.idl', 'Event.idl', 'EventTarget.idl',
                'DOMException.idl')]
        generator = self._generator(
            dom + [os.path.join(ROOT, 'idl', 'dom', 'EventHandler.idl')])
        return dom, generator

    def test_dom_idl_generates_one_pair_per_definition(self):
        dom, generator = self._dom()
        with tempfile.TemporaryDirectory() as out:
            generator.generate(dom, out)
            generator.generate_registry(dom, out, 'dom')
            written = self._written(out)
        self.assertEqual(written, sorted([
            'idl/dom/add_event_listener_options.h',
            'bindings/v8_add_event_listener_options.h',
            'bindings/v8_add_event_listener_options.cc',
            'bindings/dom_registry.cc',
            'idl/dom/event_init.h', 'bindings/v8_event_init.h',
            'bindings/v8_event_init.cc',
            'idl/dom/event_listener_options.h',
            'bindings/v8_event_listener_options.h',
            'bindings/v8_event_listener_options.cc',
            'bindings/v8_dom_exception.h', 'bindings/v8_dom_exception.cc',
            'bindings/v8_event.h', 'bindings/v8_event.cc',
            'bindings/v8_event_target.h', 'bindings/v8_event_target.cc',
            'bindings/v8_abort_signal.h', 'bindings/v8_abort_signal.cc',
            'bindings/v8_abort_controller.h', 'bindings/v8_abort_controller.cc'
        ]))

    def test_types_part_is_v8_free_and_beside_its_idl_directory(self):
        dom, generator = self._dom()
        with tempfile.TemporaryDirectory() as out:
            generator.generate(dom, out, parts=('types',))
            written = self._written(out)
            texts = []
            for w in written:
                with open(os.path.join(out, w)) as f:
                    texts.append(f.read())
        self.assertEqual(written, [
            'idl/dom/add_event_listener_options.h', 'idl/dom/event_init.h',
            'idl/dom/event_listener_options.h'
        ])
        for text in texts:
            self.assertNotIn('#include <v8', text)
            self.assertNotIn('v8::', text)
            self.assertNotIn('#include "bindings/', text)
        # An interface member is only forward-declared: its class is core's.
        self.assertIn('class AbortSignal;', texts[0])

    def test_list_outputs_matches_what_each_part_writes(self):
        dom, generator = self._dom()
        for parts in (('types',), ('v8',)):
            listed = sorted(name for kind, d in generator.definitions_in(dom)
                            for name in generator.outputs_of(kind, d, parts))
            with tempfile.TemporaryDirectory() as out:
                generator.generate(dom, out, parts)
                self.assertEqual(listed, self._written(out), parts)

    def test_every_project_idl_file_generates(self):
        paths = sorted(glob.glob(os.path.join(ROOT, 'idl', '**', '*.idl'),
                                 recursive=True))
        self.assertTrue(paths)
        generator = self._generator(paths)
        with tempfile.TemporaryDirectory() as out:
            generator.generate(paths, out)
            self.assertTrue(os.listdir(out))

    def test_custom_types_are_not_generated(self):
        paths = [os.path.join(ROOT, 'idl', 'dom', n) for n in
                 ('AbortSignal.idl', 'Event.idl', 'EventTarget.idl',
                  'EventHandler.idl')]
        names = [d.name for _, d in self._generator(paths).definitions_in(paths)]
        self.assertNotIn('EventListener', names)
        self.assertNotIn('EventHandlerNonNull', names)
        self.assertIn('EventTarget', names)


def _compile(idl):
    return Compiler().compile([Parser().parse(idl, 'test.idl')])


class ViewTest(unittest.TestCase):
    """The views are data for the templates: names, tags, types, flags."""

    def test_operation_view_has_the_shape_of_the_call(self):
        db = _compile("""
            [Exposed=Window] interface T {
              [RaisesException] long? find(DOMString id, optional long n = 3,
                                           optional T other);
              Promise<undefined> later(long... values);
            };""")
        i = db.interface('T')
        find = operation.operation_view(i, i.operations[0].overloads[0],
                                        'find', 'FindOperation', 'c')
        self.assertEqual(find['required'], 1)
        self.assertTrue(find['raises'])
        self.assertEqual(find['result'], 'value')
        self.assertEqual(find['return_tag'], 'IDLNullable<IDLInteger<int32_t>>')
        self.assertEqual([a['form'] for a in find['arguments']],
                         ['required', 'default', 'optional'])
        self.assertEqual(find['arguments'][1]['literal'], '3')
        self.assertTrue(find['arguments'][2]['null_pointer'])
        later = operation.operation_view(i, i.operations[1].overloads[0],
                                         'later', 'LaterOperation', 'c')
        self.assertTrue(later['promise'])
        self.assertEqual(later['promise_tag'], 'IDLUndefined')
        self.assertEqual(later['result'], 'none')
        self.assertEqual(later['arguments'][0]['form'], 'variadic')
        self.assertEqual(later['arguments'][0]['parameter_type'],
                         'const std::vector<int32_t>&')

    def test_dictionary_arguments_are_moved_into_the_call(self):
        # Issue 18: getUserMedia() copied a converted MediaStreamConstraints
        # (1e5 advanced sets: 100 MB) into core instead of moving it.
        db = _compile("""
            dictionary D { long x; };
            [Exposed=Window] interface T {
              undefined take(D d, long n, optional D? maybe);
            };""")
        i = db.interface('T')
        take = operation.operation_view(i, i.operations[0].overloads[0],
                                        'take', 'TakeOperation', 'c')
        self.assertEqual([a['move'] for a in take['arguments']],
                         [True, False, False])

    def test_overload_dispatch_tests_the_distinguishing_argument(self):
        db = _compile("""
            [Exposed=Window] interface T {
              undefined f(long a);
              undefined f(T a);
              undefined f(sequence<long> a);
              undefined f();
            };""")
        dispatch = operation.overload_dispatch(db.interface('T').operations[0],
                                               'FOperation')
        self.assertEqual(dispatch['max_args'], 1)
        self.assertEqual(dispatch['cases'][0],
                         {'count': 0, 'tests': [], 'fallback': 'FOperation4'})
        one = dispatch['cases'][1]
        self.assertEqual([(t['test'], t['function']) for t in one['tests']],
                         [('number', 'FOperation1'),
                          ('interface', 'FOperation2'),
                          ('iterable', 'FOperation3')])
        self.assertIsNone(one['fallback'])

    def test_interface_view_lists_members_in_order(self):
        db = _compile("""
            [Exposed=Window] interface T {
              constructor(DOMString label);
              readonly attribute boolean on;
              attribute DOMString label;
              static long twice(long x);
              const unsigned short SEVEN = 7;
            };""")
        view = InterfaceView(db.interface('T'), db).build()
        self.assertEqual(view['constructor']['function'], 'ConstructorCallback')
        self.assertEqual([(a['name'], a['form'], a['setter'])
                          for a in view['attributes']],
                         [('on', 'primitive', None),
                          ('label', 'value', 'LabelAttributeSetter')])
        self.assertEqual(view['operations'][0]['function'],
                         'StaticTwiceOperation')
        self.assertEqual(view['operations'][0]['target'], 'tmpl')
        self.assertEqual(view['constants'], [{'name': 'SEVEN', 'value': '7'}])

    def test_unforgeable_members_are_instance_members(self):
        """https://webidl.spec.whatwg.org/#LegacyUnforgeable: on every
        instance; an inheriting interface's template gets them from its
        parent's InstallUnforgeableMembers()."""
        db = _compile("""
            [Exposed=Window] interface B {
              [LegacyUnforgeable] readonly attribute boolean trusted;
              readonly attribute long plain;
              [LegacyUnforgeable] DOMString describe();
            };
            [Exposed=Window] interface D : B {
              readonly attribute long more;
            };""")
        base = InterfaceView(db.interface('B'), db).build()
        self.assertEqual([(a['name'], a['target'], a['unforgeable'])
                          for a in base['attributes']],
                         [('trusted', 'instance', True),
                          ('plain', 'prototype', False)])
        self.assertEqual(base['operations'][0]['target'], 'instance')
        self.assertTrue(base['unforgeable'])
        derived = InterfaceView(db.interface('D'), db).build()
        self.assertEqual(derived['parent'], 'B')
        self.assertFalse(derived['unforgeable'])

    def test_dictionary_enum_and_callback_views(self):
        db = _compile("""
            dictionary D { required long a; double b = 0.5; DOMString c; };
            enum E { "", "crop-and-scale" };
            callback C = boolean (DOMString s);""")
        members = dictionary.view(db.find('D'))['members']
        self.assertEqual([(m['field'], m['optional'], m['initializer'])
                          for m in members],
                         [('a', False, None), ('b', False, '0.5'),
                          ('c', True, None)])
        self.assertEqual(enumeration.view(db.find('E'))['values'],
                         [{'idl': '', 'cpp': 'kEmpty'},
                          {'idl': 'crop-and-scale', 'cpp': 'kCropAndScale'}])
        c = callback.view(db.find('C'))
        self.assertTrue(c['returns_value'])
        self.assertEqual(c['return_cpp'], 'bool')
        self.assertEqual(c['arguments'], [{'name': 's', 'tag': 'IDLDOMString',
                                           'argument_type': 'const std::string&'}])


class GnWiringTest(unittest.TestCase):
    def test_bindings_gni_lists_every_generator_file(self):
        """bindings.gni's _generator_files are the action's inputs: a file
        missing there would not rerun the generator when it changes."""
        with open(os.path.join(ROOT, 'tools', 'bindings', 'bindings.gni')) as f:
            listed = re.search(r'_generator_files = \[(.*?)\]', f.read(),
                               re.S).group(1)
        listed = sorted(re.findall(r'"//([^"]+)"', listed))
        bindings = os.path.join(ROOT, 'tools', 'bindings')
        files = ['tools/bindings/generate.py']
        for stage in ('compiler', 'generator', 'idl_parser'):
            for path in glob.glob(os.path.join(bindings, stage, '**', '*'),
                                  recursive=True):
                name = os.path.basename(path)
                if (name.endswith('.py') and name != '__init__.py') or \
                        name.endswith('.jinja'):
                    files.append(os.path.relpath(path, ROOT))
        self.assertEqual(listed, sorted(files))


if __name__ == '__main__':
    unittest.main()

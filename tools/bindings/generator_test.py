# Copyright 2026 The mediacapture authors. All rights reserved.
"""The generator's file set and naming. What the generated code does is
tested by compiling and running it (//bindings:unittests)."""

import glob
import os
import tempfile
import unittest

from tools.bindings.compiler.compiler import Compiler
from tools.bindings.generator import name_style
from tools.bindings.generator.generator import Generator
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


if __name__ == '__main__':
    unittest.main()

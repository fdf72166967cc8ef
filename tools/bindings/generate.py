#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The bindings generator's command line, run by the GN template in
tools/bindings/bindings.gni:

  generate.py --root SRC --output-dir OUT --impl-dir idl/dom=core/dom \\
      --idl a.idl --idl b.idl ... --generate a.idl ...
  generate.py ... --list-outputs      (the files it would write, one a line)
  generate.py ... --part types        (only the V8-free structs, enums and
                                       callback classes: idl/.../x.h)
  generate.py ... --part v8           (only the V8 glue: bindings/v8_x.*)

Paths are relative to --output-dir ($root_gen_dir in the build).

Every --idl file is parsed and compiled (so that types resolve); bindings
are written for the definitions of the --generate files only.
"""

import argparse
import os
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
sys.path.insert(0, ROOT)

from tools.bindings.compiler.compiler import Compiler, CompileError  # noqa: E402
from tools.bindings.generator.generator import Generator, PARTS  # noqa: E402
from tools.bindings.idl_parser.parser import Parser  # noqa: E402


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument('--root', default=ROOT)
    parser.add_argument('--output-dir')
    parser.add_argument('--impl-dir', action='append', default=[])
    parser.add_argument('--idl', action='append', default=[])
    parser.add_argument('--generate', action='append', default=[])
    parser.add_argument('--list-outputs', action='store_true')
    parser.add_argument('--part', action='append', choices=PARTS,
                        help='what to write: the V8-free types, the V8 '
                        'glue (default both)')
    parser.add_argument('--registry',
                        help='also write <REGISTRY>_registry.cc')
    args = parser.parse_args(argv)

    root = os.path.abspath(args.root)
    idl_parser = Parser()
    files = []
    try:
        for path in sorted(set(args.idl) | set(args.generate)):
            path = os.path.join(root, path) if not os.path.isabs(path) else path
            with open(path, encoding='utf-8') as f:
                files.append(idl_parser.parse(f.read(), path))
        db = Compiler().compile(files)
    except (SyntaxError, CompileError) as e:
        print('tools/bindings: %s' % e, file=sys.stderr)
        return 1
    impl_dirs = dict(spec.split('=', 1) for spec in args.impl_dir)
    generator = Generator(db, root, impl_dirs)
    generate = [os.path.join(root, p) if not os.path.isabs(p) else p
                for p in args.generate]
    parts = tuple(args.part or PARTS)
    if args.list_outputs:
        for kind, d in generator.definitions_in(generate):
            for name in generator.outputs_of(kind, d, parts):
                print(name)
        if args.registry and 'v8' in parts:
            print('bindings/' + args.registry + '_registry.cc')
        return 0
    try:
        generator.generate(generate, args.output_dir, parts)
        if args.registry and 'v8' in parts:
            generator.generate_registry(generate, args.output_dir,
                                        args.registry)
    except Exception as e:  # A generator bug or an unsupported construct.
        print('tools/bindings: %s' % e, file=sys.stderr)
        raise
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

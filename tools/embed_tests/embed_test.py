#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Embedding tests: examples/embed/embed.cc built by GN and out of tree
(against a tools/install-lib tree staged with DESTDIR and then moved, with
pkg-config alone, shared and static), what that tree holds (SONAME, no
RUNPATH, a relocatable .pc file, headers for C++17/20/2b), export.h's V8
version check, and the rule that shell/ and node/ use nothing but
include/mediacapture/ (docs/embedding.md)."""

import glob
import json
import os
import re
import shutil
import subprocess
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
OUT = os.path.join(ROOT, os.environ.get('MEDIACAPTURE_OUT', 'out/Release'))
EXAMPLE = os.path.join(ROOT, 'examples', 'embed', 'embed.cc')
HOST_EXAMPLE = os.path.join(ROOT, 'examples', 'host', 'host.cc')
DOC = os.path.join(ROOT, 'docs', 'embedding.md')


def run_example(binary):
    proc = subprocess.run([binary], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, timeout=60)
    return proc.returncode, proc.stdout, proc.stderr


def check_settings(test, returncode, stdout, stderr):
    """The example printed one line: its video track's settings."""
    test.assertEqual(returncode, 0, stderr)
    lines = stdout.strip().splitlines()
    test.assertEqual(len(lines), 1, stdout)
    settings = json.loads(lines[0])
    for key in ('width', 'height'):
        test.assertIsInstance(settings.get(key), (int, float), settings)
        test.assertGreater(settings[key], 0)
    test.assertRegex(settings.get('deviceId', ''), r'^[0-9a-f]{64}$')


class EmbedExampleTest(unittest.TestCase):

    def test_gn_built_example_prints_the_camera_settings(self):
        binary = os.path.join(OUT, 'embed_example')
        self.assertTrue(os.path.exists(binary),
                        binary + ' is missing: build embed_example')
        check_settings(self, *run_example(binary))

    def test_gn_built_host_example_runs_on_its_own_v8_and_loop(self):
        binary = os.path.join(OUT, 'host_example')
        self.assertTrue(os.path.exists(binary),
                        binary + ' is missing: build host_example')
        check_host_output(self, *run_example(binary))


def check_host_output(test, returncode, stdout, stderr):
    """examples/host/host.cc printed the camera's size and the labels, and
    its loop ended by itself."""
    test.assertEqual(returncode, 0, stderr)
    lines = stdout.strip().splitlines()
    test.assertEqual(lines[0], 'camera 1280x720', stdout)
    kinds = [line.split(':')[0] for line in lines[1:]]
    test.assertIn('videoinput', kinds, stdout)
    test.assertIn('audioinput', kinds, stdout)
    for line in lines[1:]:
        test.assertRegex(line, r'^\w+: \S', stdout)


class DocumentedProgramsTest(unittest.TestCase):
    """docs/embedding.md shows the two example programs whole: each of its
    C++ blocks that starts at the #include lines is one example file from
    its first #include to its end."""

    def test_the_doc_shows_both_examples_whole(self):
        with open(DOC, encoding='utf-8') as f:
            doc = f.read()
        blocks = re.findall(r'```cpp\n(#include.*?)```', doc, re.S)
        for path in (EXAMPLE, HOST_EXAMPLE):
            with open(path, encoding='utf-8') as f:
                text = f.read()
            program = text[text.index('#include'):]
            with self.subTest(example=os.path.relpath(path, ROOT)):
                self.assertIn(program, blocks)


def v8_root():
    """Where V8 is, as tools/build decides: Debian's libnode-dev in /usr, or
    the copy tools/install-deps unpacked into .deps/."""
    if (os.path.isfile('/usr/include/node/v8.h') and
            os.path.exists('/usr/lib/x86_64-linux-gnu/libnode.so')):
        return '/usr'
    return os.path.join(ROOT, '.deps', 'libnode', 'usr')


def write_libnode_pc(directory):
    """A libnode.pc for V8 (Debian ships none), so that install-lib writes
    `Requires: libnode` and pkg-config finds V8 at build time."""
    os.makedirs(directory)
    with open(os.path.join(directory, 'libnode.pc'), 'w') as f:
        f.write('prefix=%s\n'
                'Name: libnode\n'
                'Description: V8 of Debian\'s libnode108 (test-made)\n'
                'Version: 18\n'
                'Cflags: -isystem ${prefix}/include/node\n'
                'Libs: -L${prefix}/lib/x86_64-linux-gnu -lnode\n' %
                v8_root())


def version_macro(name):
    with open(os.path.join(ROOT, 'include', 'mediacapture',
                           'version.h')) as f:
        match = re.search(r'^#define %s (\S+)$' % name, f.read(), re.M)
    return match.group(1).strip('"')


def install(prefix, env, destdir=None):
    if destdir:
        env = dict(env, DESTDIR=destdir)
    return subprocess.run([os.path.join(ROOT, 'tools', 'install-lib'),
                           '--prefix', prefix, '--out', OUT],
                          env=env, check=True, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)


class MovedInstallTest(unittest.TestCase):
    """tools/install-lib staged with DESTDIR, the tree then moved elsewhere:
    embedders build with pkg-config alone and run with LD_LIBRARY_PATH."""

    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix='mediacapture-install-')
        cls.v8_pc = os.path.join(cls.tmp, 'v8-pkgconfig')
        write_libnode_pc(cls.v8_pc)
        stage = os.path.join(cls.tmp, 'stage')
        env = dict(os.environ, PKG_CONFIG_PATH=cls.v8_pc)
        install('/opt/mediacapture', env, destdir=stage)
        cls.prefix = os.path.join(cls.tmp, 'moved', 'mediacapture')
        os.makedirs(os.path.dirname(cls.prefix))
        shutil.move(os.path.join(stage, 'opt', 'mediacapture'), cls.prefix)
        shutil.rmtree(stage)
        cls.lib = os.path.join(cls.prefix, 'lib')
        cls.env = dict(os.environ)
        cls.env['PKG_CONFIG_PATH'] = os.pathsep.join(
            [os.path.join(cls.lib, 'pkgconfig'), cls.v8_pc])
        cls.env['LD_LIBRARY_PATH'] = os.pathsep.join(
            [cls.lib, os.path.join(v8_root(), 'lib', 'x86_64-linux-gnu')])

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def pkg_config(self, *args):
        return subprocess.run(['pkg-config'] + list(args) + ['mediacapture'],
                              env=self.env, check=True,
                              stdout=subprocess.PIPE, text=True).stdout

    def test_tree_has_the_versioned_library_its_symlinks_and_the_license(self):
        version = version_macro('MEDIACAPTURE_VERSION_STRING')
        major = version_macro('MEDIACAPTURE_VERSION_MAJOR')
        real = 'libmediacapture.so.' + version
        self.assertTrue(os.path.isfile(os.path.join(self.lib, real)))
        self.assertFalse(os.path.islink(os.path.join(self.lib, real)))
        self.assertEqual(os.readlink(os.path.join(
            self.lib, 'libmediacapture.so.' + major)), real)
        self.assertEqual(os.readlink(os.path.join(
            self.lib, 'libmediacapture.so')), 'libmediacapture.so.' + major)
        self.assertTrue(os.path.isfile(os.path.join(self.lib,
                                                    'libmediacapture.a')))
        with open(os.path.join(ROOT, 'LICENSE')) as a, open(os.path.join(
                self.prefix, 'share', 'doc', 'mediacapture', 'LICENSE')) as b:
            self.assertEqual(a.read(), b.read())

    def test_library_has_the_major_soname_and_no_runpath(self):
        dynamic = subprocess.run(
            ['readelf', '-d', os.path.join(self.lib, 'libmediacapture.so')],
            check=True, stdout=subprocess.PIPE, text=True).stdout
        self.assertIn('Library soname: [libmediacapture.so.%s]' %
                      version_macro('MEDIACAPTURE_VERSION_MAJOR'), dynamic)
        self.assertNotIn('(RUNPATH)', dynamic)
        self.assertNotIn('(RPATH)', dynamic)
        self.assertNotIn(ROOT, dynamic)
        self.assertNotIn('.deps', dynamic)

    def test_pc_file_names_no_absolute_path_std_flag_or_rpath(self):
        with open(os.path.join(self.lib, 'pkgconfig', 'mediacapture.pc')) as f:
            pc = f.read()
        self.assertIn('prefix=${pcfiledir}/../..\n', pc)
        self.assertIn('Requires: libnode\n', pc)
        for text in (ROOT, '.deps', '/opt/mediacapture', self.tmp, '-std=',
                     'rpath'):
            self.assertNotIn(text, pc)

    def test_pkg_config_prefix_is_the_moved_tree(self):
        prefix = self.pkg_config('--variable=prefix').strip()
        self.assertEqual(os.path.realpath(prefix),
                         os.path.realpath(self.prefix))

    def test_public_headers_compile_as_cxx17_cxx20_and_cxx2b(self):
        headers = sorted(os.listdir(os.path.join(self.prefix, 'include',
                                                 'mediacapture')))
        self.assertIn('context.h', headers)
        source = os.path.join(self.tmp, 'all_headers.cc')
        with open(source, 'w') as f:
            f.write(''.join('#include <mediacapture/%s>\n' % h
                            for h in headers))
        flags = self.pkg_config('--cflags').split()
        for std in ('c++17', 'c++20', 'c++2b'):
            with self.subTest(std=std):
                proc = subprocess.run(
                    ['g++', '-std=' + std, '-Wall', '-Wextra', '-Werror',
                     '-fsyntax-only', source] + flags,
                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                    text=True)
                self.assertEqual(proc.returncode, 0, proc.stdout)

    def test_example_builds_with_pkg_config_alone_and_runs(self):
        self.build_and_run(static=False)

    def test_example_links_the_static_library(self):
        self.build_and_run(static=True)

    def test_host_example_builds_with_pkg_config_alone_and_runs(self):
        flags = self.pkg_config('--cflags', '--libs').split()
        libuv = subprocess.run(['pkg-config', '--cflags', '--libs', 'libuv'],
                               check=True, stdout=subprocess.PIPE,
                               text=True).stdout.split()
        work = tempfile.mkdtemp(dir=self.tmp)
        source = os.path.join(work, 'host.cc')
        shutil.copy(HOST_EXAMPLE, source)
        binary = os.path.join(work, 'host')
        subprocess.run(['g++', '-Wall', '-Wextra', '-Werror', source, '-o',
                        binary] + flags + libuv, check=True, cwd=work)
        proc = subprocess.run([binary], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, timeout=60,
                              env=self.env)
        check_host_output(self, proc.returncode, proc.stdout, proc.stderr)

    def build_and_run(self, static):
        flags = self.pkg_config('--cflags', '--libs',
                                *(['--static'] if static else [])).split()
        # Nothing of the source tree on the command line but V8 (here in
        # .deps/, through the test's libnode.pc).
        self.assertFalse([f for f in flags if ROOT + '/' in f and
                          '.deps/' not in f], flags)
        # The example is copied out of the tree, so that no relative
        # #include can find the tree's headers.
        work = tempfile.mkdtemp(dir=self.tmp)
        source = os.path.join(work, 'embed.cc')
        shutil.copy(EXAMPLE, source)
        if static:
            # libmediacapture.a in place of -lmediacapture (which would
            # pick the shared library).
            flags = [os.path.join(self.lib, 'libmediacapture.a')
                     if f == '-lmediacapture' else f for f in flags]
        binary = os.path.join(work, 'embed')
        subprocess.run(['g++', '-Wall', '-Wextra', '-Werror', source, '-o',
                        binary] + flags, check=True, cwd=work)
        needed = subprocess.run(['readelf', '-d', binary], check=True,
                                stdout=subprocess.PIPE, text=True).stdout
        if static:
            self.assertNotIn('libmediacapture', needed)
        else:
            self.assertIn('Shared library: [libmediacapture.so.%s]' %
                          version_macro('MEDIACAPTURE_VERSION_MAJOR'), needed)
        proc = subprocess.run([binary], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, timeout=60,
                              env=self.env)
        check_settings(self, proc.returncode, proc.stdout, proc.stderr)


class InstallWithoutAV8PcFileTest(unittest.TestCase):

    def test_pc_file_uses_the_system_libnode(self):
        env = dict(os.environ)
        env.pop('PKG_CONFIG_PATH', None)
        for pc in ('libnode', 'v8'):
            if subprocess.run(['pkg-config', '--exists', pc],
                              env=env).returncode == 0:
                self.skipTest('this machine has a %s.pc' % pc)
        prefix = tempfile.mkdtemp(prefix='mediacapture-prefix-')
        try:
            install(prefix, env)
            with open(os.path.join(prefix, 'lib', 'pkgconfig',
                                   'mediacapture.pc')) as f:
                pc = f.read()
        finally:
            shutil.rmtree(prefix, ignore_errors=True)
        self.assertNotIn('Requires:', pc)
        self.assertIn('Cflags: -I${includedir} -isystem /usr/include/node\n',
                      pc)
        self.assertIn('Libs: -L${libdir} -lmediacapture -lnode -pthread\n',
                      pc)
        self.assertNotIn(ROOT, pc)


class V8VersionCheckTest(unittest.TestCase):
    """include/mediacapture/export.h stops a compile against V8 headers of
    another version than the library's (10.2)."""

    MESSAGE = ('mediacapture supports V8 10.2 (Debian\'s libnode108, '
               'libnode-dev); these V8 headers declare another version')

    def setUp(self):
        self.tmp = tempfile.mkdtemp(prefix='mediacapture-v8-version-')
        self.addCleanup(shutil.rmtree, self.tmp, True)
        self.v8_include = os.path.join(v8_root(), 'include', 'node')

    def fake_v8(self, major, minor):
        """V8's headers with v8-version.h saying |major|.|minor|."""
        # A copy, not symlinks: GCC names a symlinked system header by its
        # target when that is shorter (-fcanonical-system-headers), and then
        # v8.h's #include "v8-version.h" would find the real one beside it.
        fake = os.path.join(self.tmp, 'v8-%d.%d' % (major, minor))
        shutil.copytree(self.v8_include, fake)
        with open(os.path.join(fake, 'v8-version.h'), 'w') as f:
            f.write('#ifndef V8_INCLUDE_VERSION_H_\n'
                    '#define V8_INCLUDE_VERSION_H_\n'
                    '#define V8_MAJOR_VERSION %d\n'
                    '#define V8_MINOR_VERSION %d\n'
                    '#define V8_BUILD_NUMBER 0\n'
                    '#define V8_PATCH_LEVEL 0\n'
                    '#endif\n' % (major, minor))
        return fake

    def compile(self, header, v8_dirs):
        source = os.path.join(self.tmp, 'tu.cc')
        with open(source, 'w') as f:
            f.write('#include "mediacapture/%s"\n' % header)
        command = ['g++', '-std=c++17', '-Wall', '-Wextra', '-Werror',
                   '-fsyntax-only', '-I', os.path.join(ROOT, 'include')]
        for d in v8_dirs:
            command += ['-isystem', d]
        proc = subprocess.run(command + [source], stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
        return proc.returncode, proc.stdout

    def test_the_library_s_v8_headers_compile(self):
        for header in ('export.h', 'context.h'):
            returncode, output = self.compile(header, [self.v8_include])
            self.assertEqual(returncode, 0, output)

    def test_other_v8_headers_stop_with_one_message(self):
        for major, minor in ((11, 3), (10, 1)):
            fake = self.fake_v8(major, minor)
            for header in ('export.h', 'context.h', 'media_context.h'):
                with self.subTest(v8='%d.%d' % (major, minor), header=header):
                    # The fake first, the real headers after it, as when
                    # another V8 comes earlier on the include path.
                    returncode, output = self.compile(
                        header, [fake, self.v8_include])
                    self.assertNotEqual(returncode, 0, output)
                    self.assertIn(self.MESSAGE, output)
                    self.assertEqual(output.count('error:'), 1, output)


class EmbeddersUseOnlyThePublicApiTest(unittest.TestCase):
    """capture_shell (shell/) and the Node.js addon (node/) are embedders:
    they include nothing from core/, bindings/ or platform/."""

    def offenders(self, directory):
        offenders = []
        include = re.compile(r'^\s*#\s*include\s+"((core|bindings|platform)/'
                             r'[^"]*)"')
        files = sorted(glob.glob(os.path.join(ROOT, directory, '*.cc')) +
                       glob.glob(os.path.join(ROOT, directory, '*.h')))
        self.assertTrue(files)
        for path in files:
            with open(path, encoding='utf-8') as f:
                for number, line in enumerate(f, 1):
                    match = include.match(line)
                    if match:
                        offenders.append('%s:%d: %s' % (
                            os.path.relpath(path, ROOT), number,
                            match.group(1)))
        return offenders

    def test_shell_includes_nothing_from_core_bindings_or_platform(self):
        offenders = self.offenders('shell')
        self.assertEqual(offenders, [], '\n'.join(offenders))

    def test_node_addon_includes_nothing_from_core_bindings_or_platform(self):
        offenders = self.offenders('node')
        self.assertEqual(offenders, [], '\n'.join(offenders))

if __name__ == '__main__':
    unittest.main()

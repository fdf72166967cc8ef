#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The project's static checks, each failing the test command when it fails:

  format   clang-format (the repo's .clang-format, C++17) over every C++
           file git tracks: no file may differ from its formatted self;
  layers   no file under core/ or platform/ includes V8, bindings/ or shell/,
           and no BUILD.gn there depends on //bindings or //shell (the
           arrows of docs/ARCHITECTURE.md only point down);
  gn       `gn check` over a build directory: every include is allowed by
           a dependency;
  idl      tools/idl_check: idl/ matches @webref/idl but for the
           allow-listed differences;
  license  LICENSE exists and every source file git tracks (C++, IDL,
           JavaScript, Python, GN, shell, Jinja, HTML) names it in its
           header.

  tools/checks.py [--out out/Release] [CHECK...]   (default: all)

Prints one line per check and, for a failure, what failed.
"""

import argparse
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Includes that core/ and platform/ must not have: V8's headers (any form),
# the V8 glue, the shell.
_UPWARD_INCLUDE = re.compile(
    r'^\s*#\s*include\s*[<"]((v8|v8-[a-z0-9-]+|libplatform/[^>"]+)\.h|'
    r'(bindings|shell)/[^>"]+)[>"]', re.M)
_UPWARD_DEP = re.compile(r'"//(bindings|shell)[/:"]')
_LOWER_LAYERS = ('core', 'platform')


def tracked_files(root, patterns):
    proc = subprocess.run(['git', 'ls-files', '-z', '--'] + patterns,
                          cwd=root, capture_output=True, check=True)
    return [p for p in proc.stdout.decode().split('\0') if p]


def check_layers(root, files=None):
    """Problems ('path:line: text') in core/ and platform/."""
    if files is None:
        files = tracked_files(root, [d + '/' for d in _LOWER_LAYERS])
    problems = []
    for path in files:
        if not path.startswith(tuple(d + '/' for d in _LOWER_LAYERS)):
            continue
        name = os.path.basename(path)
        if name.endswith(('.h', '.cc')):
            pattern, what = _UPWARD_INCLUDE, 'includes'
        elif name in ('BUILD.gn',) or name.endswith('.gni'):
            pattern, what = _UPWARD_DEP, 'depends on'
        else:
            continue
        with open(os.path.join(root, path), encoding='utf-8') as f:
            text = f.read()
        for match in pattern.finditer(text):
            line = text.count('\n', 0, match.start()) + 1
            problems.append('%s:%d: %s %s' % (path, line, what,
                                              match.group(0).strip()))
    return problems


def check_format(root):
    clang_format = shutil.which('clang-format')
    if not clang_format:
        return ['clang-format is not installed']
    files = tracked_files(root, ['*.cc', '*.h'])
    problems = []
    # In batches: one process per file would be slow on 400 files.
    for i in range(0, len(files), 50):
        batch = files[i:i + 50]
        proc = subprocess.run(
            [clang_format, '--style=file', '--dry-run', '--Werror'] + batch,
            cwd=root, capture_output=True, text=True)
        if proc.returncode != 0:
            for line in proc.stderr.splitlines():
                m = re.match(r'^(\S+?):(\d+):\d+: error', line)
                if m:
                    problems.append('%s:%s: not formatted' % m.groups())
            if not problems:
                problems.append(proc.stderr.strip()[:2000])
    # One line per file is enough to act on.
    seen, unique = set(), []
    for p in problems:
        path = p.split(':', 1)[0]
        if path not in seen:
            seen.add(path)
            unique.append(p)
    return unique


def check_gn(root, out):
    gn = shutil.which('gn')
    if not gn:
        return ['gn is not installed']
    if not os.path.exists(os.path.join(root, out, 'build.ninja')):
        return ['%s is not configured (tools/build)' % out]
    proc = subprocess.run([gn, 'check', out], cwd=root, capture_output=True,
                          text=True)
    if proc.returncode == 0:
        return []
    return [l for l in proc.stdout.splitlines() + proc.stderr.splitlines()
            if l.startswith('ERROR')] or [proc.stdout[-2000:]]


def check_idl(root):
    proc = subprocess.run(
        [sys.executable, os.path.join(root, 'tools', 'idl_check',
                                      'idl_check.py')],
        cwd=root, capture_output=True, text=True)
    if proc.returncode == 0:
        return []
    return (proc.stdout + proc.stderr).strip().splitlines()[-40:]


_LICENSE_LINE = 'Use of this source code is governed by a BSD-style license'
_LICENSED_PATTERNS = ['*.cc', '*.h', '*.idl', '*.js', '*.py', '*.gn', '*.gni',
                      '*.jinja', '*.html', 'tools/*', '.ci/run']


def check_license(root, files=None):
    """Tracked source files whose first lines do not name the LICENSE."""
    if not os.path.isfile(os.path.join(root, 'LICENSE')):
        return ['LICENSE is missing']
    if files is None:
        files = tracked_files(root, _LICENSED_PATTERNS)
    problems = []
    for path in files:
        full = os.path.join(root, path)
        if '/corpus/' in path or os.path.islink(full) or not os.path.isfile(
                full) or path.endswith(('.md', '.txt', '.json')):
            continue
        try:
            with open(full, encoding='utf-8') as f:
                head = f.read(2000)
        except UnicodeDecodeError:
            continue
        if '.' not in os.path.basename(path) and not head.startswith('#!'):
            continue
        if head.strip() and _LICENSE_LINE not in head:
            problems.append('%s: no license line in the header' % path)
    return problems


CHECKS = ('format', 'layers', 'gn', 'idl', 'license')


def run(names, out, root=ROOT):
    """{name: [problem, ...]} for each check in |names|."""
    results = {}
    for name in names:
        if name == 'format':
            results[name] = check_format(root)
        elif name == 'layers':
            results[name] = check_layers(root)
        elif name == 'gn':
            results[name] = check_gn(root, out)
        elif name == 'idl':
            results[name] = check_idl(root)
        elif name == 'license':
            results[name] = check_license(root)
    return results


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--out', default='out/Release')
    parser.add_argument('checks', nargs='*', metavar='CHECK',
                        help='one of %s (default: all)' % ', '.join(CHECKS))
    args = parser.parse_args(argv)
    unknown = [c for c in args.checks if c not in CHECKS]
    if unknown:
        parser.error('unknown check %s' % ', '.join(unknown))
    results = run(args.checks or CHECKS, args.out)
    failed = 0
    for name, problems in results.items():
        print('check %-8s %s' % (name, 'ok' if not problems else
                                 'FAILED (%d)' % len(problems)))
        for p in problems[:50]:
            print('  ' + p)
        failed += bool(problems)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Prints pkg-config's flags for the named packages as a GN list of lists:
[cflags, include_dirs, libs, lib_dirs]."""

import shlex
import subprocess
import sys


def query(flag, packages):
    out = subprocess.run(['pkg-config', flag] + packages,
                         check=True,
                         capture_output=True,
                         text=True).stdout
    return shlex.split(out)


def gn_list(items):
    return '[' + ', '.join('"%s"' % i for i in items) + ']'


def main(packages):
    cflags = [f for f in query('--cflags-only-other', packages)]
    include_dirs = [f[2:] for f in query('--cflags-only-I', packages)]
    libs = [f[2:] for f in query('--libs-only-l', packages)]
    lib_dirs = [f[2:] for f in query('--libs-only-L', packages)]
    print('[%s]' % ', '.join(
        gn_list(x) for x in (cflags, include_dirs, libs, lib_dirs)))


if __name__ == '__main__':
    main(sys.argv[1:])

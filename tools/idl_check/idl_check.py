#!/usr/bin/env python3
# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""Compares the project's WebIDL (idl/) with the reference IDL of
@webref/idl, member by member, and prints one line per difference.

Each directory of idl/ is compared with the reference files of the specs it
comes from (SCOPES below):

  - idl/*.idl is Media Capture and Streams. Every definition and member of
    mediacapture-streams.idl must be in ours and the other way round.
  - idl/dom/ (DOM, HTML, Web IDL, High Resolution Time pieces) and idl/permissions/ take only a part
    of their specs: each definition we write is compared in full with the
    reference definition of the same name, and definitions we do not write are
    not reported, nor are members that other features of those specs add
    through partial interfaces (HTML's navigator.userActivation).

A member that ours has and the reference lacks is no difference when a
spec the scope lists as an extension (EXTENSIONS of SCOPES) adds it to that
definition through a partial, and ours matches it there in full: Media
Capture and Streams Extensions' voiceIsolation, which the main spec's
property table has while @webref/idl still takes it from the Extensions.
The extension's other members (those we do not write) are not reported.

Partial interfaces and partial dictionaries are merged into their definition
on both sides before comparing, so splitting a definition across files (or
merging the spec's partials into one) is not a difference. Extended
attributes of a partial definition ([SecureContext], [Exposed]) are moved
onto its members, which is where they take effect.

What is compared: the kind of each definition, inheritance, extended
attributes (all but the generator's own, GENERATOR_EXT_ATTRS, with their
arguments), enum values, typedef types,
callback signatures; for members the kind, types (nullable, unions as sets,
generic element types, extended attributes on types), readonly/static/
required, default values and argument lists (names, types, optional,
variadic, defaults).

Differences listed in allowed_differences.txt, each with a reason, are
accepted; any other difference, or an allow-list entry that no longer
matches a difference, makes the check fail.

Usage: idl_check.py [--idl-dir DIR] [--all]
  --all  also prints the allowed differences.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))))
HERE = os.path.dirname(os.path.abspath(__file__))
PARSER = os.path.join(HERE, 'parse_idl.js')
ALLOW_LIST = os.path.join(HERE, 'allowed_differences.txt')
IDL_DIR = os.path.join(ROOT, 'idl')
WEBREF_DIR = os.path.join(ROOT, 'tools', 'npm', 'node_modules', '@webref',
                          'idl')

# (subdirectory of idl/, reference files, complete?, extension files). A
# complete scope must match its reference in both directions; a partial one
# only for the definitions we write. The members the extension files add
# through partials count as the reference's where ours has them (see
# adopt_extension_members()).
SCOPES = [
    ('', ['mediacapture-streams.idl'], True, ['mediacapture-extensions.idl']),
    ('dom', ['dom.idl', 'html.idl', 'webidl.idl', 'hr-time.idl'], False, []),
    ('permissions', ['permissions.idl'], False, []),
]


# Extended attributes that only tell tools/bindings how to call the C++ side
# (Blink's spelling: the operation can throw, pass the script state, use
# another C++ name). They change nothing a script can see, and no spec or
# @webref/idl has them, so the comparison leaves them out.
GENERATOR_EXT_ATTRS = frozenset(['RaisesException', 'CallWith', 'ImplementedAs'])


class IdlCheckError(Exception):
    """The check could not run (no node, a file that does not parse)."""


def find_node():
    node = shutil.which('node') or shutil.which('nodejs')
    if not node:
        raise IdlCheckError(
            'node is not on PATH; tools/install-deps installs it with npm')
    return node


def _run_parser(args):
    proc = subprocess.run([find_node(), PARSER] + args,
                          capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise IdlCheckError('parse_idl.js failed: ' + proc.stderr.strip())
    return json.loads(proc.stdout)


def parse_files(paths):
    """Returns {path: definitions} for files that parse and
    {path: message} for the others."""
    if not paths:
        return {}, {}
    parsed, errors = {}, {}
    for entry in _run_parser(list(paths))['files']:
        if entry['ok']:
            parsed[entry['path']] = entry['definitions']
        else:
            errors[entry['path']] = entry['error']
    return parsed, errors


def validate_files(paths, ignored_rules=()):
    """Returns webidl2's validation messages for the files taken together
    (parse errors included), leaving out the rules in ignored_rules."""
    output = _run_parser(['--validate'] + list(paths))
    messages = ['%s: %s' % (f['path'], f['error'])
                for f in output['files'] if not f['ok']]
    return messages + [
        v['message'] for v in output['validation']
        if v['rule'] not in ignored_rules
    ]


# What /interfaces/<spec>.idl serves in web tests (idl/README.md): the spec's
# files from idl/ where the project has the whole spec, else @webref/idl.
OWN_SPEC_DIRS = {'mediacapture-streams': '', 'permissions': 'permissions'}


def interface_files(spec, idl_dir=IDL_DIR, webref_dir=WEBREF_DIR):
    """The files whose concatenation /interfaces/<spec>.idl serves."""
    if spec in OWN_SPEC_DIRS:
        return scope_files(idl_dir, OWN_SPEC_DIRS[spec])
    return [os.path.join(webref_dir, spec + '.idl')]


def idl_files(directory, recursive):
    result = []
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames.sort()
        result.extend(
            os.path.join(dirpath, name) for name in sorted(filenames)
            if name.endswith('.idl'))
        if not recursive:
            break
    return result


def all_idl_files(idl_dir=IDL_DIR):
    return idl_files(idl_dir, recursive=True)


# ---------------------------------------------------------------------------
# Canonical text for the pieces of a definition.


def ext_attr_text(attr):
    text = attr['name']
    rhs = attr.get('rhs')
    if rhs:
        value = rhs.get('value')
        if rhs.get('type') == '*':
            text += '=*'
        elif isinstance(value, list):
            items = sorted(item['value'] for item in value)
            # [Exposed=(Window)] and [Exposed=Window] mean the same.
            text += '=' + (items[0] if len(items) == 1 else
                           '(' + ','.join(items) + ')')
        else:
            text += '=' + str(value)
    if attr.get('arguments'):
        text += '(' + ', '.join(argument_text(a)
                                for a in attr['arguments']) + ')'
    return text


def ext_attrs_text(attrs):
    return '[' + ', '.join(
        sorted(ext_attr_text(a)
               for a in attrs
               if a['name'] not in GENERATOR_EXT_ATTRS)) + ']'


def type_text(idl_type):
    """A canonical spelling of an IDL type; union members are sorted since
    their order has no meaning."""
    prefix = ''
    if idl_type.get('extAttrs'):
        prefix = ext_attrs_text(idl_type['extAttrs']) + ' '
    inner = idl_type['idlType']
    if idl_type.get('union'):
        text = '(' + ' or '.join(sorted(type_text(t) for t in inner)) + ')'
    elif idl_type.get('generic'):
        text = '%s<%s>' % (idl_type['generic'], ', '.join(
            type_text(t) for t in inner))
    else:
        text = inner
    if idl_type.get('nullable'):
        text += '?'
    return prefix + text


def default_text(default):
    if default is None:
        return None
    kind = default['type']
    if kind == 'string':
        return '"%s"' % default['value']
    if kind == 'sequence':
        return '[]'
    if kind == 'dictionary':
        return '{}'
    if kind == 'null':
        return 'null'
    if kind == 'boolean':
        return 'true' if default['value'] else 'false'
    if kind == 'number':
        return str(default['value'])
    if kind in ('Infinity', 'NaN'):
        return ('-' if default.get('negative') else '') + kind
    return json.dumps(default, sort_keys=True)


def argument_text(arg):
    parts = []
    if arg.get('extAttrs'):
        parts.append(ext_attrs_text(arg['extAttrs']))
    if arg.get('optional'):
        parts.append('optional')
    parts.append(type_text(arg['idlType']) +
                 ('...' if arg.get('variadic') else ''))
    parts.append(arg['name'])
    text = ' '.join(parts)
    default = default_text(arg.get('default'))
    if default is not None:
        text += ' = ' + default
    return text


def arguments_text(args):
    return '(' + ', '.join(argument_text(a) for a in args) + ')'


# ---------------------------------------------------------------------------
# Normalized model: {definition name: Definition}.


class Definition:

    def __init__(self, name, kind):
        self.name = name
        self.kind = kind  # 'interface', 'dictionary', 'enum', ...
        self.props = {}  # aspect -> canonical text
        self.members = {}  # member key -> {aspect: text}
        self.has_main = False  # a non-partial definition was seen
        self.partial_members = set()  # keys of members from partials
        self.sources = []


def _member_entries(members, inherited_attrs):
    """Yields (key, aspects) for the members of an interface-like or
    dictionary definition, in order."""
    overloads = {}
    for member in members:
        kind = member['type']
        attrs = list(member.get('extAttrs') or []) + inherited_attrs
        aspects = {}
        if kind == 'constructor':
            index = overloads.get('constructor', 0)
            overloads['constructor'] = index + 1
            key = 'constructor#%d' % index
            aspects['arguments'] = arguments_text(member['arguments'])
        elif kind == 'operation':
            name = member.get('name') or ''
            index = overloads.get(('op', name), 0)
            overloads[('op', name)] = index + 1
            key = '%s()' % name if index == 0 else '%s()#%d' % (name, index)
            aspects['return type'] = (type_text(member['idlType'])
                                      if member.get('idlType') else '')
            aspects['arguments'] = arguments_text(member['arguments'])
            aspects['special'] = member.get('special') or ''
        elif kind == 'attribute':
            key = member['name']
            aspects['type'] = type_text(member['idlType'])
            aspects['readonly'] = str(bool(member.get('readonly')))
            aspects['special'] = member.get('special') or ''
        elif kind == 'field':
            key = member['name']
            aspects['type'] = type_text(member['idlType'])
            aspects['required'] = str(bool(member.get('required')))
            default = default_text(member.get('default'))
            aspects['default'] = 'none' if default is None else default
        elif kind == 'const':
            key = member['name']
            aspects['type'] = type_text(member['idlType'])
            aspects['value'] = default_text(member['value'])
        elif kind in ('iterable', 'maplike', 'setlike', 'async_iterable'):
            key = kind
            aspects['types'] = ', '.join(
                type_text(t) for t in member['idlType'])
            aspects['readonly'] = str(bool(member.get('readonly')))
            if member.get('arguments'):
                aspects['arguments'] = arguments_text(member['arguments'])
        else:
            key = kind
            aspects['raw'] = json.dumps(member, sort_keys=True)
        aspects['kind'] = kind
        aspects['extAttrs'] = ext_attrs_text(attrs)
        yield key, aspects


def build_model(definitions_by_file):
    """Merges the definitions of several files (partials included) into
    {name: Definition}."""
    model = {}
    for path, definitions in definitions_by_file.items():
        for d in definitions:
            kind = d['type']
            if kind == 'eof':
                continue
            if kind == 'includes':
                name = '%s includes %s' % (d['target'], d['includes'])
                definition = model.setdefault(name,
                                              Definition(name, 'includes'))
                definition.has_main = True
                definition.sources.append(path)
                continue
            name = d['name']
            definition = model.get(name)
            if definition is None:
                definition = model[name] = Definition(name, kind)
            definition.sources.append(path)
            inherited = []
            if d.get('partial'):
                # Extended attributes of a partial apply to its members.
                inherited = list(d.get('extAttrs') or [])
            else:
                definition.has_main = True
                definition.kind = kind
                definition.props['kind'] = kind
                definition.props['extAttrs'] = ext_attrs_text(
                    d.get('extAttrs') or [])
                if 'inheritance' in d:
                    definition.props['inheritance'] = d['inheritance'] or ''
            if kind == 'enum':
                definition.props['values'] = ', '.join(
                    '"%s"' % v['value'] for v in d['values'])
            elif kind == 'typedef':
                definition.props['type'] = type_text(d['idlType'])
            elif kind == 'callback':
                definition.props['return type'] = type_text(d['idlType'])
                definition.props['arguments'] = arguments_text(d['arguments'])
            if 'members' in d:
                for key, aspects in _member_entries(d['members'], inherited):
                    if key in definition.members:
                        # The same overload name in two partials: number on.
                        base, index = key, 1
                        while '%s#p%d' % (base, index) in definition.members:
                            index += 1
                        key = '%s#p%d' % (base, index)
                    definition.members[key] = aspects
                    if d.get('partial'):
                        definition.partial_members.add(key)
    return model


# ---------------------------------------------------------------------------
# Differences.


class Difference:
    """One difference. `key` names it without the values, so that the
    allow-list stays valid while the text of a type changes."""

    def __init__(self, key, text):
        self.key = key
        self.text = text

    def __repr__(self):
        return self.text


def _describe(aspects):
    return ', '.join('%s: %s' % (k, v) for k, v in sorted(aspects.items())
                     if k != 'kind')


def compare_models(ours, reference, complete, scope_name):
    """Differences between two models of one scope."""
    label = scope_name or 'mediacapture-streams'
    diffs = []
    names = set(ours) | set(reference) if complete else set(ours)
    for name in sorted(names):
        mine, theirs = ours.get(name), reference.get(name)
        if mine is None:
            diffs.append(
                Difference('%s: missing in ours' % name,
                           '[%s] %s: missing in ours (reference: %s %s)' %
                           (label, name, theirs.kind, _describe(theirs.props))))
            continue
        if theirs is None:
            diffs.append(
                Difference('%s: only in ours' % name,
                           '[%s] %s: only in ours (%s in %s)' %
                           (label, name, mine.kind, ', '.join(
                               os.path.relpath(p, ROOT)
                               for p in mine.sources))))
            continue
        if not mine.has_main and theirs.has_main:
            diffs.append(
                Difference('%s: only partial in ours' % name,
                           '[%s] %s: ours has only partial definitions' %
                           (label, name)))
        for aspect in sorted(set(mine.props) | set(theirs.props)):
            a, b = mine.props.get(aspect), theirs.props.get(aspect)
            if a != b and theirs.has_main and mine.has_main:
                diffs.append(
                    Difference('%s: %s' % (name, aspect),
                               '[%s] %s: %s differs: ours=%s reference=%s' %
                               (label, name, aspect, a, b)))
        for key in sorted(set(mine.members) | set(theirs.members)):
            m, t = mine.members.get(key), theirs.members.get(key)
            where = '%s.%s' % (name, key)
            if m is None and not complete and key in theirs.partial_members:
                # Another feature's partial (e.g. HTML's
                # navigator.userActivation) in a spec we take a part of.
                continue
            if m is None:
                diffs.append(
                    Difference('%s: missing in ours' % where,
                               '[%s] %s: missing in ours (reference: %s)' %
                               (label, where, _describe(t))))
            elif t is None:
                diffs.append(
                    Difference('%s: only in ours' % where,
                               '[%s] %s: only in ours (%s)' %
                               (label, where, _describe(m))))
            else:
                for aspect in sorted(set(m) | set(t)):
                    if m.get(aspect) != t.get(aspect):
                        diffs.append(
                            Difference(
                                '%s: %s' % (where, aspect),
                                '[%s] %s: %s differs: ours=%s reference=%s' %
                                (label, where, aspect, m.get(aspect),
                                 t.get(aspect))))
    for d in diffs:
        d.key = '[%s] %s' % (label, d.key)
    return diffs


def adopt_extension_members(ours, reference, extension):
    """Adds to |reference| each member that a partial of |extension| gives
    one of its definitions, where |ours| has that member and |reference|
    does not; the comparison then checks it in full."""
    for name, extra in extension.items():
        mine, theirs = ours.get(name), reference.get(name)
        if mine is None or theirs is None:
            continue
        for key in sorted(extra.partial_members):
            if key in mine.members and key not in theirs.members:
                theirs.members[key] = extra.members[key]
                theirs.partial_members.add(key)


def scope_files(idl_dir, subdir):
    directory = os.path.join(idl_dir, subdir) if subdir else idl_dir
    if not os.path.isdir(directory):
        return []
    return idl_files(directory, recursive=bool(subdir))


def compute_differences(idl_dir=IDL_DIR, webref_dir=WEBREF_DIR):
    """Returns the list of Differences between idl_dir and the reference.
    Raises IdlCheckError if a file does not parse."""
    ours_files = {subdir: scope_files(idl_dir, subdir)
                  for subdir, _, _, _ in SCOPES}
    ref_files = {
        subdir: [os.path.join(webref_dir, f) for f in files]
        for subdir, files, _, _ in SCOPES
    }
    ext_files = {
        subdir: [os.path.join(webref_dir, f) for f in files]
        for subdir, _, _, files in SCOPES
    }
    every = sorted({p for files in ours_files.values() for p in files} |
                   {p for files in ref_files.values() for p in files} |
                   {p for files in ext_files.values() for p in files})
    parsed, errors = parse_files(every)
    if errors:
        raise IdlCheckError('\n'.join('%s: %s' % (p, e)
                                      for p, e in sorted(errors.items())))
    diffs = []
    for subdir, _, complete, _ in SCOPES:
        ours = build_model({p: parsed[p] for p in ours_files[subdir]})
        reference = build_model({p: parsed[p] for p in ref_files[subdir]})
        adopt_extension_members(
            ours, reference,
            build_model({p: parsed[p] for p in ext_files[subdir]}))
        diffs.extend(compare_models(ours, reference, complete, subdir))
    return diffs


def load_allow_list(path=ALLOW_LIST):
    """Returns {key: reason}. Lines are `key | reason`; # starts a comment
    line. Raises IdlCheckError on an entry without a reason."""
    allowed = {}
    if not os.path.exists(path):
        return allowed
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            key, sep, reason = line.partition(' | ')
            if not sep or not reason.strip():
                raise IdlCheckError('%s:%d: entry without a reason: %s' %
                                    (path, number, line))
            allowed[key.strip()] = reason.strip()
    return allowed


def split_allowed(diffs, allowed):
    """Returns (unexpected differences, allowed differences, stale
    allow-list keys)."""
    unexpected = [d for d in diffs if d.key not in allowed]
    accepted = [d for d in diffs if d.key in allowed]
    seen = {d.key for d in diffs}
    stale = sorted(k for k in allowed if k not in seen)
    return unexpected, accepted, stale


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--idl-dir', default=IDL_DIR)
    parser.add_argument('--all',
                        action='store_true',
                        help='also print the allowed differences')
    args = parser.parse_args()
    try:
        diffs = compute_differences(args.idl_dir)
        allowed = load_allow_list()
    except IdlCheckError as e:
        print(e, file=sys.stderr)
        return 2
    unexpected, accepted, stale = split_allowed(diffs, allowed)
    for d in unexpected:
        print(d.text)
    if args.all:
        for d in accepted:
            print('allowed: %s  (%s)' % (d.text, allowed[d.key]))
    for key in stale:
        print('stale allow-list entry: %s' % key)
    print('%d differences, %d allowed, %d stale allow-list entries' %
          (len(unexpected), len(accepted), len(stale)))
    return 1 if unexpected or stale else 0


if __name__ == '__main__':
    sys.exit(main())

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The one place where IDL names become C++ names (Blink:
bindings/scripts/bind_gen/name_style.py).

  IDL                          C++
  interface MediaStreamTrack   class MediaStreamTrack, v8_media_stream_track.h
  operation getSettings        GetSettings()
  attribute readyState         ready_state() / set_ready_state(value)
  dictionary member frameRate  frame_rate
  enum value "crop-and-scale"  kCropAndScale ("" is kEmpty)
  constant NOT_FOUND_ERR       kNotFoundErr
"""

import re

_CPP_KEYWORDS = {
    'auto', 'bool', 'break', 'case', 'catch', 'char', 'class', 'const',
    'continue', 'default', 'delete', 'do', 'double', 'else', 'enum',
    'explicit', 'export', 'extern', 'false', 'float', 'for', 'friend',
    'goto', 'if', 'inline', 'int', 'long', 'mutable', 'namespace', 'new',
    'operator', 'private', 'protected', 'public', 'register', 'return',
    'short', 'signed', 'sizeof', 'static', 'struct', 'switch', 'template',
    'this', 'throw', 'true', 'try', 'typedef', 'typeid', 'typename',
    'union', 'unsigned', 'using', 'virtual', 'void', 'volatile', 'while'
}


def _words(name):
    """Splits camelCase, PascalCase, snake_case, kebab-case and acronyms:
    'getUserMedia' -> get user media, 'DOMException' -> dom exception,
    'HTMLElement2D' -> html element2 d is avoided: digits stay with the
    preceding word."""
    name = re.sub(r'[^A-Za-z0-9]+', ' ', name)
    parts = re.findall(r'[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+',
                       name)
    return [p.lower() for p in parts]


def snake_case(name):
    """'frameRate' -> 'frame_rate', 'DOMException' -> 'dom_exception'."""
    result = '_'.join(_words(name))
    return result + '_' if result in _CPP_KEYWORDS else result


def upper_camel(name):
    """'getSettings' -> 'GetSettings'."""
    return ''.join(w[:1].upper() + w[1:] for w in _words(name))


def file_base(name):
    """The generated file name of a definition: v8_<snake>."""
    return 'v8_' + snake_case(name)


def v8_class(name):
    return 'V8' + name


def method(name):
    """A core method for an IDL operation: getSettings -> GetSettings."""
    return upper_camel(name)


def getter(name):
    """A core getter for an IDL attribute: readyState -> ready_state."""
    return snake_case(name)


def setter(name):
    return 'set_' + snake_case(name).rstrip('_')


def member(name):
    """A dictionary member field: frameRate -> frame_rate."""
    return snake_case(name)


def enum_value(value):
    """An enum value: 'crop-and-scale' -> kCropAndScale, '' -> kEmpty."""
    if not value:
        return 'kEmpty'
    return 'k' + upper_camel(value)


def constant(name):
    """NOT_FOUND_ERR -> kNotFoundErr."""
    return 'k' + upper_camel(name.lower())


def include_guard(path):
    return re.sub(r'[^A-Za-z0-9]', '_', path).upper() + '_'

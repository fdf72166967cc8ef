# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""The WebIDL lexer: the terminal symbols of
https://webidl.spec.whatwg.org/#idl-grammar (integer, decimal, identifier,
string, whitespace, comment, other) as PLY tokens.

Keywords are identifiers whose text is one of KEYWORDS; they become tokens of
their own so that the grammar can name them. Punctuation comes through PLY's
literals, except "..." (ELLIPSIS).
"""

import ply.lex

# Every keyword of the grammar, as written in IDL.
KEYWORDS = [
    'any', 'async', 'async_iterable', 'async_sequence', 'attribute', 'bigint', 'boolean', 'byte', 'callback',
    'const', 'constructor', 'deleter', 'dictionary', 'double', 'enum',
    'false', 'float', 'getter', 'includes', 'inherit', 'interface',
    'iterable', 'long', 'maplike', 'mixin', 'namespace', 'null', 'object',
    'octet', 'optional', 'or', 'partial', 'readonly', 'record', 'required',
    'sequence', 'setlike', 'setter', 'short', 'static', 'stringifier',
    'symbol', 'true', 'typedef', 'undefined', 'unrestricted', 'unsigned',
    'ByteString', 'DOMString', 'USVString', 'FrozenArray', 'ObservableArray',
    'Promise', 'Infinity', 'NaN', 'ArrayBuffer', 'SharedArrayBuffer',
    'DataView', 'Int8Array', 'Int16Array', 'Int32Array', 'Uint8Array',
    'Uint16Array', 'Uint32Array', 'Uint8ClampedArray', 'BigInt64Array',
    'BigUint64Array', 'Float16Array', 'Float32Array', 'Float64Array'
]


def keyword_token(keyword):
    """The PLY token name of a keyword: 'DOMString' -> 'DOMSTRING'."""
    return keyword.upper()


class Lexer(object):
    keywords = {k: keyword_token(k) for k in KEYWORDS}
    tokens = [
        'INTEGER', 'DECIMAL', 'IDENTIFIER', 'STRING', 'ELLIPSIS',
        'NEG_INFINITY'
    ] + sorted(set(keywords.values()))
    literals = '(){}[]<>,;:=?*'

    t_ignore = ' \t\r'

    def t_newline(self, t):
        r'\n+'
        t.lexer.lineno += len(t.value)

    def t_COMMENT(self, t):
        r'//[^\n]*|/\*(.|\n)*?\*/'
        t.lexer.lineno += t.value.count('\n')
        # Comments are kept aside: parser tests read expectations from them.
        self.comments.append((t.lineno, t.value))

    def t_ELLIPSIS(self, t):
        r'\.\.\.'
        return t

    # decimal before integer: "1.5" must not lex as 1 and .5.
    def t_DECIMAL(self, t):
        r'-?(([0-9]+\.[0-9]*|[0-9]*\.[0-9]+)([Ee][+-]?[0-9]+)?|[0-9]+[Ee][+-]?[0-9]+)'
        return t

    def t_INTEGER(self, t):
        r'-?([1-9][0-9]*|0[Xx][0-9A-Fa-f]+|0[0-7]*)'
        return t

    def t_STRING(self, t):
        r'"[^"]*"'
        t.lexer.lineno += t.value.count('\n')
        t.value = t.value[1:-1]
        return t

    def t_IDENTIFIER(self, t):
        r'[_-]?[A-Za-z][0-9A-Z_a-z-]*'
        t.type = self.keywords.get(t.value, 'IDENTIFIER')
        if t.value == '-Infinity':
            # The grammar's "-Infinity" would otherwise lex as an identifier.
            t.type = 'NEG_INFINITY'
        if t.type == 'IDENTIFIER' and t.value.startswith('_'):
            # An escaped identifier: "_interface" names "interface".
            t.value = t.value[1:]
        return t

    def t_error(self, t):
        raise SyntaxError('%s:%d: unexpected character %r' %
                          (self.filename, t.lexer.lineno, t.value[0]))

    def __init__(self):
        self.lexer = ply.lex.lex(object=self, optimize=False)
        self.filename = '<string>'
        self.comments = []

    def input(self, text, filename='<string>'):
        self.filename = filename
        self.comments = []
        self.lexer.lineno = 1
        self.lexer.input(text)

    # PLY's parser reads these from whatever lexer it is given. (PLY also
    # inspects every attribute while building, before self.lexer exists.)
    @property
    def lineno(self):
        return self.lexer.lineno if 'lexer' in self.__dict__ else 0

    @property
    def lexpos(self):
        return self.lexer.lexpos if 'lexer' in self.__dict__ else 0

    def token(self):
        return self.lexer.token()

    def tokens_of(self, text):
        self.input(text)
        result = []
        while True:
            tok = self.token()
            if not tok:
                return result
            result.append(tok)

# Copyright 2026 The mediacapture authors. All rights reserved.
# Use of this source code is governed by a BSD-style license that can be
# found in the LICENSE file.
"""A WebIDL parser built with PLY (LALR), following the grammar of
https://webidl.spec.whatwg.org/#idl-grammar production by production.

Each p_* function below carries one grammar rule in its docstring (PLY reads
them). Rules keep the spec's names so they can be checked side by side.
Semantic actions build ast.Node trees; helper rules that only pass values up
return plain Python values (lists, strings, dicts).

  parser = Parser()
  tree = parser.parse(text, filename)   # Node('File') or raises SyntaxError
"""

import ply.yacc

from tools.bindings.idl_parser.ast import Node
from tools.bindings.idl_parser.lexer import Lexer


class Parser(object):
    tokens = Lexer.tokens

    def __init__(self):
        self.lexer = Lexer()
        self.filename = '<string>'
        self.yacc = ply.yacc.yacc(module=self,
                                  start='Definitions',
                                  debug=False,
                                  write_tables=False,
                                  errorlog=ply.yacc.NullLogger())

    def parse(self, text, filename='<string>'):
        self.filename = filename
        self.lexer.input(text, filename)
        definitions = self.yacc.parse(lexer=self.lexer, tracking=True)
        return Node('File', filename, definitions or [], filename=filename)

    def comments(self):
        """(line, text) of each comment of the last parsed file."""
        return self.lexer.comments

    def _node(self, p, cls, name=None, children=None, **props):
        return Node(cls, name, children, filename=self.filename,
                    lineno=p.lineno(1), **props)

    def p_error(self, t):
        if t is None:
            raise SyntaxError('%s: unexpected end of file' % self.filename)
        raise SyntaxError('%s:%d: unexpected %r' %
                          (self.filename, t.lineno, t.value))

    # Definitions ::= ExtendedAttributeList Definition Definitions | ε
    def p_Definitions(self, p):
        """Definitions : ExtendedAttributeList Definition Definitions
                       | """
        if len(p) == 1:
            p[0] = []
            return
        definition = p[2]
        if p[1]:
            definition.children.insert(0, p[1])
        p[0] = [definition] + p[3]

    def p_Definition(self, p):
        """Definition : CallbackOrInterfaceOrMixin
                      | Namespace
                      | Partial
                      | Dictionary
                      | Enum
                      | Typedef
                      | IncludesStatement"""
        p[0] = p[1]

    def p_ArgumentNameKeyword(self, p):
        """ArgumentNameKeyword : ASYNC
                               | ATTRIBUTE
                               | CALLBACK
                               | CONST
                               | CONSTRUCTOR
                               | DELETER
                               | DICTIONARY
                               | ENUM
                               | GETTER
                               | INCLUDES
                               | INHERIT
                               | INTERFACE
                               | ITERABLE
                               | MAPLIKE
                               | MIXIN
                               | NAMESPACE
                               | PARTIAL
                               | READONLY
                               | REQUIRED
                               | SETLIKE
                               | SETTER
                               | STATIC
                               | STRINGIFIER
                               | TYPEDEF
                               | UNRESTRICTED"""
        p[0] = p[1]

    def p_CallbackOrInterfaceOrMixin(self, p):
        """CallbackOrInterfaceOrMixin : CALLBACK CallbackRestOrInterface
                                      | INTERFACE InterfaceOrMixin"""
        p[0] = p[2]

    def p_InterfaceOrMixin(self, p):
        """InterfaceOrMixin : InterfaceRest
                            | MixinRest"""
        p[0] = p[1]

    def p_InterfaceRest(self, p):
        """InterfaceRest : IDENTIFIER Inheritance '{' InterfaceMembers '}' ';'"""
        p[0] = self._node(p, 'Interface', p[1], p[4], inherits=p[2])

    def p_Partial(self, p):
        """Partial : PARTIAL PartialDefinition"""
        p[2].props['partial'] = True
        p[0] = p[2]

    def p_PartialDefinition(self, p):
        """PartialDefinition : INTERFACE PartialInterfaceOrPartialMixin
                             | PartialDictionary
                             | Namespace"""
        p[0] = p[len(p) - 1]

    def p_PartialInterfaceOrPartialMixin(self, p):
        """PartialInterfaceOrPartialMixin : PartialInterfaceRest
                                          | MixinRest"""
        p[0] = p[1]

    def p_PartialInterfaceRest(self, p):
        """PartialInterfaceRest : IDENTIFIER '{' PartialInterfaceMembers '}' ';'"""
        p[0] = self._node(p, 'Interface', p[1], p[3])

    def p_InterfaceMembers(self, p):
        """InterfaceMembers : ExtendedAttributeList InterfaceMember InterfaceMembers
                            | """
        p[0] = self._members(p)

    def _members(self, p):
        if len(p) == 1:
            return []
        member = p[2]
        if p[1]:
            member.children.insert(0, p[1])
        return [member] + p[3]

    def p_InterfaceMember(self, p):
        """InterfaceMember : PartialInterfaceMember"""
        p[0] = p[1]

    def p_PartialInterfaceMembers(self, p):
        """PartialInterfaceMembers : ExtendedAttributeList PartialInterfaceMember PartialInterfaceMembers
                                   | """
        p[0] = self._members(p)

    def p_PartialInterfaceMember(self, p):
        """PartialInterfaceMember : Constructor
                                  | Const
                                  | Operation
                                  | Stringifier
                                  | StaticMember
                                  | Iterable
                                  | AsyncIterable
                                  | ReadOnlyMember
                                  | ReadWriteAttribute
                                  | ReadWriteMaplike
                                  | ReadWriteSetlike
                                  | InheritAttribute"""
        p[0] = p[1]

    def p_Inheritance(self, p):
        """Inheritance : ':' IDENTIFIER
                       | """
        p[0] = p[2] if len(p) > 1 else None

    def p_MixinRest(self, p):
        """MixinRest : MIXIN IDENTIFIER '{' MixinMembers '}' ';'"""
        p[0] = self._node(p, 'Interface', p[2], p[4], mixin=True)

    def p_MixinMembers(self, p):
        """MixinMembers : ExtendedAttributeList MixinMember MixinMembers
                        | """
        p[0] = self._members(p)

    def p_MixinMember(self, p):
        """MixinMember : Const
                       | RegularOperation
                       | Stringifier
                       | OptionalReadOnly AttributeRest"""
        if len(p) == 3:
            if p[1]:
                p[2].props['readonly'] = True
            p[0] = p[2]
        else:
            p[0] = p[1]

    def p_IncludesStatement(self, p):
        """IncludesStatement : IDENTIFIER INCLUDES IDENTIFIER ';'"""
        p[0] = self._node(p, 'Includes', p[1], mixin=p[3])

    def p_CallbackRestOrInterface(self, p):
        """CallbackRestOrInterface : CallbackRest
                                   | INTERFACE IDENTIFIER '{' CallbackInterfaceMembers '}' ';'"""
        if len(p) == 2:
            p[0] = p[1]
        else:
            p[0] = self._node(p, 'Interface', p[2], p[4], callback=True)

    def p_CallbackInterfaceMembers(self, p):
        """CallbackInterfaceMembers : ExtendedAttributeList CallbackInterfaceMember CallbackInterfaceMembers
                                    | """
        p[0] = self._members(p)

    def p_CallbackInterfaceMember(self, p):
        """CallbackInterfaceMember : Const
                                   | RegularOperation"""
        p[0] = p[1]

    def p_Const(self, p):
        """Const : CONST ConstType IDENTIFIER '=' ConstValue ';'"""
        p[0] = self._node(p, 'Const', p[3], [p[2], p[5]])

    def p_ConstValue(self, p):
        """ConstValue : BooleanLiteral
                      | FloatLiteral
                      | INTEGER"""
        if isinstance(p[1], Node):
            p[0] = p[1]
        else:
            p[0] = self._node(p, 'Value', p[1], type='integer')

    def p_BooleanLiteral(self, p):
        """BooleanLiteral : TRUE
                          | FALSE"""
        p[0] = self._node(p, 'Value', p[1], type='boolean')

    def p_FloatLiteral(self, p):
        """FloatLiteral : DECIMAL
                        | NEG_INFINITY
                        | INFINITY
                        | NAN"""
        p[0] = self._node(p, 'Value', p[1], type='float')

    def p_ConstType(self, p):
        """ConstType : PrimitiveType
                     | IDENTIFIER"""
        p[0] = self._node(p, 'Type', p[1])

    def p_ReadOnlyMember(self, p):
        """ReadOnlyMember : READONLY ReadOnlyMemberRest"""
        p[2].props['readonly'] = True
        p[0] = p[2]

    def p_ReadOnlyMemberRest(self, p):
        """ReadOnlyMemberRest : AttributeRest
                              | MaplikeRest
                              | SetlikeRest"""
        p[0] = p[1]

    def p_ReadWriteAttribute(self, p):
        """ReadWriteAttribute : AttributeRest"""
        p[0] = p[1]

    def p_InheritAttribute(self, p):
        """InheritAttribute : INHERIT AttributeRest"""
        p[2].props['inherit'] = True
        p[0] = p[2]

    def p_AttributeRest(self, p):
        """AttributeRest : ATTRIBUTE TypeWithExtendedAttributes AttributeName ';'"""
        p[0] = self._node(p, 'Attribute', p[3], [p[2]])

    def p_AttributeName(self, p):
        """AttributeName : AttributeNameKeyword
                         | IDENTIFIER"""
        p[0] = p[1]

    def p_AttributeNameKeyword(self, p):
        """AttributeNameKeyword : ASYNC
                                | REQUIRED"""
        p[0] = p[1]

    def p_OptionalReadOnly(self, p):
        """OptionalReadOnly : READONLY
                            | """
        p[0] = len(p) > 1

    def p_DefaultValue(self, p):
        """DefaultValue : ConstValue
                        | STRING
                        | '[' ']'
                        | '{' '}'
                        | NULL
                        | UNDEFINED"""
        if isinstance(p[1], Node):
            p[0] = p[1]
        elif len(p) == 3:
            p[0] = self._node(p, 'Value', p[1] + p[2], type='sequence'
                              if p[1] == '[' else 'dictionary')
        elif p.slice[1].type == 'STRING':
            p[0] = self._node(p, 'Value', '"%s"' % p[1], type='string')
        else:
            p[0] = self._node(p, 'Value', p[1], type=p[1])

    def p_Operation(self, p):
        """Operation : RegularOperation
                     | SpecialOperation"""
        p[0] = p[1]

    def p_RegularOperation(self, p):
        """RegularOperation : Type OperationRest"""
        p[2].children.insert(0, p[1])
        p[0] = p[2]

    def p_SpecialOperation(self, p):
        """SpecialOperation : Special RegularOperation"""
        p[2].props['special'] = p[1]
        p[0] = p[2]

    def p_Special(self, p):
        """Special : GETTER
                   | SETTER
                   | DELETER"""
        p[0] = p[1]

    def p_OperationRest(self, p):
        """OperationRest : OptionalOperationName '(' ArgumentList ')' ';'"""
        p[0] = Node('Operation', p[1] or '', [p[3]], filename=self.filename,
                    lineno=p.lineno(2))

    def p_OptionalOperationName(self, p):
        """OptionalOperationName : OperationName
                                 | """
        p[0] = p[1] if len(p) > 1 else None

    def p_OperationName(self, p):
        """OperationName : OperationNameKeyword
                         | IDENTIFIER"""
        p[0] = p[1]

    def p_OperationNameKeyword(self, p):
        """OperationNameKeyword : INCLUDES"""
        p[0] = p[1]

    def p_ArgumentList(self, p):
        """ArgumentList : Argument Arguments
                        | """
        args = [p[1]] + p[2] if len(p) > 1 else []
        p[0] = Node('Arguments', None, args, filename=self.filename)

    def p_Arguments(self, p):
        """Arguments : ',' Argument Arguments
                     | """
        p[0] = [p[2]] + p[3] if len(p) > 1 else []

    def p_Argument(self, p):
        """Argument : ExtendedAttributeList ArgumentRest"""
        if p[1]:
            p[2].children.insert(0, p[1])
        p[0] = p[2]

    def p_ArgumentRest(self, p):
        """ArgumentRest : OPTIONAL TypeWithExtendedAttributes ArgumentName Default
                        | Type Ellipsis ArgumentName"""
        if len(p) == 5:
            p[0] = self._node(p, 'Argument', p[3], [p[2], p[4]], optional=True)
        else:
            p[0] = Node('Argument', p[3], [p[1]], filename=self.filename,
                        lineno=p.lineno(3), variadic=p[2] or None)

    def p_ArgumentName(self, p):
        """ArgumentName : ArgumentNameKeyword
                        | IDENTIFIER"""
        p[0] = p[1]

    def p_Ellipsis(self, p):
        """Ellipsis : ELLIPSIS
                    | """
        p[0] = len(p) > 1

    def p_Constructor(self, p):
        """Constructor : CONSTRUCTOR '(' ArgumentList ')' ';'"""
        p[0] = self._node(p, 'Constructor', None, [p[3]])

    def p_Stringifier(self, p):
        """Stringifier : STRINGIFIER StringifierRest"""
        p[2].props['stringifier'] = True
        p[0] = p[2]

    def p_StringifierRest(self, p):
        """StringifierRest : OptionalReadOnly AttributeRest
                           | ';'"""
        if len(p) == 3:
            if p[1]:
                p[2].props['readonly'] = True
            p[0] = p[2]
        else:
            p[0] = self._node(p, 'Stringifier')

    def p_StaticMember(self, p):
        """StaticMember : STATIC StaticMemberRest"""
        p[2].props['static'] = True
        p[0] = p[2]

    def p_StaticMemberRest(self, p):
        """StaticMemberRest : OptionalReadOnly AttributeRest
                            | RegularOperation"""
        if len(p) == 3:
            if p[1]:
                p[2].props['readonly'] = True
            p[0] = p[2]
        else:
            p[0] = p[1]

    def p_Iterable(self, p):
        """Iterable : ITERABLE '<' TypeWithExtendedAttributes OptionalType '>' ';'"""
        p[0] = self._node(p, 'Iterable', None, [p[3], p[4]])

    def p_OptionalType(self, p):
        """OptionalType : ',' TypeWithExtendedAttributes
                        | """
        p[0] = p[2] if len(p) > 1 else None

    def p_AsyncIterable(self, p):
        """AsyncIterable : ASYNC ITERABLE '<' TypeWithExtendedAttributes OptionalType '>' OptionalArgumentList ';'
                         | ASYNC_ITERABLE '<' TypeWithExtendedAttributes OptionalType '>' OptionalArgumentList ';'"""
        # "async_iterable" is the current spelling of "async iterable".
        i = 3 if len(p) == 9 else 2
        p[0] = self._node(p, 'AsyncIterable', None, [p[i + 1], p[i + 2], p[i + 4]])

    def p_OptionalArgumentList(self, p):
        """OptionalArgumentList : '(' ArgumentList ')'
                                | """
        p[0] = p[2] if len(p) > 1 else None

    def p_ReadWriteMaplike(self, p):
        """ReadWriteMaplike : MaplikeRest"""
        p[0] = p[1]

    def p_MaplikeRest(self, p):
        """MaplikeRest : MAPLIKE '<' TypeWithExtendedAttributes ',' TypeWithExtendedAttributes '>' ';'"""
        p[0] = self._node(p, 'Maplike', None, [p[3], p[5]])

    def p_ReadWriteSetlike(self, p):
        """ReadWriteSetlike : SetlikeRest"""
        p[0] = p[1]

    def p_SetlikeRest(self, p):
        """SetlikeRest : SETLIKE '<' TypeWithExtendedAttributes '>' ';'"""
        p[0] = self._node(p, 'Setlike', None, [p[3]])

    def p_Namespace(self, p):
        """Namespace : NAMESPACE IDENTIFIER '{' NamespaceMembers '}' ';'"""
        p[0] = self._node(p, 'Namespace', p[2], p[4])

    def p_NamespaceMembers(self, p):
        """NamespaceMembers : ExtendedAttributeList NamespaceMember NamespaceMembers
                            | """
        p[0] = self._members(p)

    def p_NamespaceMember(self, p):
        """NamespaceMember : RegularOperation
                           | READONLY AttributeRest
                           | Const"""
        if len(p) == 3:
            p[2].props['readonly'] = True
            p[0] = p[2]
        else:
            p[0] = p[1]

    def p_Dictionary(self, p):
        """Dictionary : DICTIONARY IDENTIFIER Inheritance '{' DictionaryMembers '}' ';'"""
        p[0] = self._node(p, 'Dictionary', p[2], p[5], inherits=p[3])

    def p_DictionaryMembers(self, p):
        """DictionaryMembers : DictionaryMember DictionaryMembers
                             | """
        p[0] = [p[1]] + p[2] if len(p) > 1 else []

    def p_DictionaryMember(self, p):
        """DictionaryMember : ExtendedAttributeList DictionaryMemberRest"""
        if p[1]:
            p[2].children.insert(0, p[1])
        p[0] = p[2]

    def p_DictionaryMemberRest(self, p):
        """DictionaryMemberRest : REQUIRED TypeWithExtendedAttributes IDENTIFIER ';'
                                | Type IDENTIFIER Default ';'"""
        if p[1] == 'required':
            p[0] = Node('Member', p[3], [p[2]], filename=self.filename,
                        lineno=p.lineno(3), required=True)
        else:
            p[0] = Node('Member', p[2], [p[1], p[3]], filename=self.filename,
                        lineno=p.lineno(2))

    def p_PartialDictionary(self, p):
        """PartialDictionary : DICTIONARY IDENTIFIER '{' DictionaryMembers '}' ';'"""
        p[0] = self._node(p, 'Dictionary', p[2], p[4])

    def p_Default(self, p):
        """Default : '=' DefaultValue
                   | """
        p[0] = Node('Default', None, [p[2]]) if len(p) > 1 else None

    def p_Enum(self, p):
        """Enum : ENUM IDENTIFIER '{' EnumValueList '}' ';'"""
        values = [Node('EnumValue', '"%s"' % v) for v in p[4]]
        p[0] = self._node(p, 'Enum', p[2], values)

    def p_EnumValueList(self, p):
        """EnumValueList : STRING EnumValueListComma"""
        p[0] = [p[1]] + p[2]

    def p_EnumValueListComma(self, p):
        """EnumValueListComma : ',' EnumValueListString
                              | """
        p[0] = p[2] if len(p) > 1 else []

    def p_EnumValueListString(self, p):
        """EnumValueListString : STRING EnumValueListComma
                               | """
        p[0] = [p[1]] + p[2] if len(p) > 1 else []

    def p_CallbackRest(self, p):
        """CallbackRest : IDENTIFIER '=' Type '(' ArgumentList ')' ';'"""
        p[0] = self._node(p, 'Callback', p[1], [p[3], p[5]])

    def p_Typedef(self, p):
        """Typedef : TYPEDEF TypeWithExtendedAttributes IDENTIFIER ';'"""
        p[0] = self._node(p, 'Typedef', p[3], [p[2]])

    # Types. A Type node is named after the type as written, without '?';
    # nullable=True marks T?. Union, sequence<T>, FrozenArray<T>,
    # ObservableArray<T>, record<K, V> and Promise<T> carry their inner types
    # as children.
    def p_Type(self, p):
        """Type : SingleType
                | UnionType Null"""
        if len(p) == 3 and p[2]:
            p[1].props['nullable'] = True
        p[0] = p[1]

    def p_TypeWithExtendedAttributes(self, p):
        """TypeWithExtendedAttributes : ExtendedAttributeList Type"""
        if p[1]:
            p[2].children.insert(0, p[1])
        p[0] = p[2]

    def p_SingleType(self, p):
        """SingleType : DistinguishableType
                      | ANY
                      | PromiseType"""
        p[0] = p[1] if isinstance(p[1], Node) else self._node(p, 'Type', p[1])

    def p_UnionType(self, p):
        """UnionType : '(' UnionMemberType OR UnionMemberType UnionMemberTypes ')'"""
        p[0] = self._node(p, 'Type', 'union', [p[2], p[4]] + p[5])

    def p_UnionMemberType(self, p):
        """UnionMemberType : ExtendedAttributeList DistinguishableType
                           | UnionType Null"""
        if isinstance(p[1], Node) and p[1].cls == 'Type':
            if p[2]:
                p[1].props['nullable'] = True
            p[0] = p[1]
        else:
            if p[1]:
                p[2].children.insert(0, p[1])
            p[0] = p[2]

    def p_UnionMemberTypes(self, p):
        """UnionMemberTypes : OR UnionMemberType UnionMemberTypes
                            | """
        p[0] = [p[2]] + p[3] if len(p) > 1 else []

    def p_DistinguishableType(self, p):
        """DistinguishableType : PrimitiveType Null
                               | StringType Null
                               | IDENTIFIER Null
                               | SEQUENCE '<' TypeWithExtendedAttributes '>' Null
                               | ASYNC_SEQUENCE '<' TypeWithExtendedAttributes '>' Null
                               | OBJECT Null
                               | SYMBOL Null
                               | BufferRelatedType Null
                               | FROZENARRAY '<' TypeWithExtendedAttributes '>' Null
                               | OBSERVABLEARRAY '<' TypeWithExtendedAttributes '>' Null
                               | RecordType Null
                               | UNDEFINED Null"""
        if isinstance(p[1], Node):
            node = p[1]
        elif len(p) == 6:
            node = self._node(p, 'Type', p[1], [p[3]])
        else:
            node = self._node(p, 'Type', p[1])
        if p[len(p) - 1]:
            node.props['nullable'] = True
        p[0] = node

    def p_PrimitiveType(self, p):
        """PrimitiveType : UnsignedIntegerType
                         | UnrestrictedFloatType
                         | BOOLEAN
                         | BYTE
                         | OCTET
                         | BIGINT"""
        p[0] = p[1]

    def p_UnrestrictedFloatType(self, p):
        """UnrestrictedFloatType : UNRESTRICTED FloatType
                                 | FloatType"""
        p[0] = ' '.join(p[1:])

    def p_FloatType(self, p):
        """FloatType : FLOAT
                     | DOUBLE"""
        p[0] = p[1]

    def p_UnsignedIntegerType(self, p):
        """UnsignedIntegerType : UNSIGNED IntegerType
                               | IntegerType"""
        p[0] = ' '.join(p[1:])

    def p_IntegerType(self, p):
        """IntegerType : SHORT
                       | LONG OptionalLong"""
        p[0] = ' '.join(x for x in p[1:] if x)

    def p_OptionalLong(self, p):
        """OptionalLong : LONG
                        | """
        p[0] = p[1] if len(p) > 1 else None

    def p_StringType(self, p):
        """StringType : BYTESTRING
                      | DOMSTRING
                      | USVSTRING"""
        p[0] = p[1]

    def p_PromiseType(self, p):
        """PromiseType : PROMISE '<' Type '>'"""
        p[0] = self._node(p, 'Type', 'Promise', [p[3]])

    def p_RecordType(self, p):
        """RecordType : RECORD '<' StringType ',' TypeWithExtendedAttributes '>'"""
        key = self._node(p, 'Type', p[3])
        p[0] = self._node(p, 'Type', 'record', [key, p[5]])

    def p_Null(self, p):
        """Null : '?'
                | """
        p[0] = len(p) > 1

    def p_BufferRelatedType(self, p):
        """BufferRelatedType : ARRAYBUFFER
                             | SHAREDARRAYBUFFER
                             | DATAVIEW
                             | INT8ARRAY
                             | INT16ARRAY
                             | INT32ARRAY
                             | UINT8ARRAY
                             | UINT16ARRAY
                             | UINT32ARRAY
                             | UINT8CLAMPEDARRAY
                             | BIGINT64ARRAY
                             | BIGUINT64ARRAY
                             | FLOAT16ARRAY
                             | FLOAT32ARRAY
                             | FLOAT64ARRAY"""
        p[0] = self._node(p, 'Type', p[1])

    # Extended attributes. The spec's grammar accepts any balanced token
    # soup; like every implementation we accept the six forms it defines in
    # https://webidl.spec.whatwg.org/#idl-extended-attributes, plus a string
    # or number value, which other specs' IDL uses.
    def p_ExtendedAttributeList(self, p):
        """ExtendedAttributeList : '[' ExtendedAttribute ExtendedAttributes ']'
                                 | """
        if len(p) == 1:
            p[0] = None
            return
        p[0] = Node('ExtAttributes', None, [p[2]] + p[3],
                    filename=self.filename, lineno=p.lineno(1))

    def p_ExtendedAttributes(self, p):
        """ExtendedAttributes : ',' ExtendedAttribute ExtendedAttributes
                              | """
        p[0] = [p[2]] + p[3] if len(p) > 1 else []

    def p_ExtendedAttribute(self, p):
        """ExtendedAttribute : ExtendedAttributeNoArgs
                             | ExtendedAttributeArgList
                             | ExtendedAttributeIdent
                             | ExtendedAttributeWildcard
                             | ExtendedAttributeIdentList
                             | ExtendedAttributeNamedArgList
                             | ExtendedAttributeValue"""
        p[0] = p[1]

    def p_ExtendedAttributeNoArgs(self, p):
        """ExtendedAttributeNoArgs : IDENTIFIER"""
        p[0] = self._node(p, 'ExtAttribute', p[1])

    def p_ExtendedAttributeArgList(self, p):
        """ExtendedAttributeArgList : IDENTIFIER '(' ArgumentList ')'"""
        p[0] = self._node(p, 'ExtAttribute', p[1], [p[3]])

    def p_ExtendedAttributeIdent(self, p):
        """ExtendedAttributeIdent : IDENTIFIER '=' IDENTIFIER"""
        p[0] = self._node(p, 'ExtAttribute', p[1], value=p[3])

    def p_ExtendedAttributeWildcard(self, p):
        """ExtendedAttributeWildcard : IDENTIFIER '=' '*'"""
        p[0] = self._node(p, 'ExtAttribute', p[1], value='*')

    def p_ExtendedAttributeIdentList(self, p):
        """ExtendedAttributeIdentList : IDENTIFIER '=' '(' IdentifierList ')'"""
        p[0] = self._node(p, 'ExtAttribute', p[1], value=','.join(p[4]))

    def p_IdentifierList(self, p):
        """IdentifierList : IdentifierOrValue Identifiers"""
        p[0] = [p[1]] + p[2]

    def p_Identifiers(self, p):
        """Identifiers : ',' IdentifierOrValue Identifiers
                       | """
        p[0] = [p[2]] + p[3] if len(p) > 1 else []

    def p_IdentifierOrValue(self, p):
        """IdentifierOrValue : IDENTIFIER
                             | INTEGER"""
        # ReflectRange=(0, 8) lists integers.
        p[0] = p[1]

    def p_ExtendedAttributeNamedArgList(self, p):
        """ExtendedAttributeNamedArgList : IDENTIFIER '=' IDENTIFIER '(' ArgumentList ')'"""
        p[0] = self._node(p, 'ExtAttribute', p[1], [p[5]], value=p[3])

    def p_ExtendedAttributeValue(self, p):
        """ExtendedAttributeValue : IDENTIFIER '=' STRING
                                  | IDENTIFIER '=' INTEGER
                                  | IDENTIFIER '=' DECIMAL"""
        value = p[3]
        if p.slice[3].type == 'STRING':
            value = '"%s"' % value
        p[0] = self._node(p, 'ExtAttribute', p[1], value=value)

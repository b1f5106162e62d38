using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Functions, arrows, parameters and object literals.</summary>
internal sealed partial class Parser
{
    private FunctionDeclaration? ParseFunctionDeclaration(int start)
    {
        var function = ParseFunction(start, isDeclaration: true);
        return function is null ? null : new FunctionDeclaration(function.Span, function);
    }

    private FunctionNode ParseFunctionExpression() => ParseFunction(Start, isDeclaration: false)!;

    /// <summary>Parses <c>function name&lt;T&gt;(params): R { body }</c>; a declaration without a body (an overload signature) is dropped.</summary>
    private FunctionNode? ParseFunction(int start, bool isDeclaration)
    {
        Next();
        if (At(TokenKind.Asterisk))
        {
            Report(DiagnosticCatalogue.GeneratorsNotSupported, Current.Span);
            _pendingGenerator = true;
            Next();
        }

        BindingIdentifier? name = null;
        if (IsIdentifierToken(Kind))
        {
            name = new BindingIdentifier(Current.Span, Current.Value);
            Next();
        }
        else if (isDeclaration)
        {
            ReportUnexpected("a function name");
        }

        if (At(TokenKind.Less))
        {
            SkipTypeParameters();
        }

        var parameters = ParseParameterList();
        if (Eat(TokenKind.Colon))
        {
            ParseReturnType();
        }

        if (!At(TokenKind.OpenBrace) && (isDeclaration || _ambient))
        {
            ConsumeSemicolon();
            return null;
        }

        var body = ParseFunctionBody();
        return new FunctionNode(SpanFrom(start), FunctionKind.Normal, name, parameters, body, null);
    }

    private BlockStatement ParseFunctionBody()
    {
        var savedNoIn = _noIn;
        _noIn = false;
        var generator = _pendingGenerator;
        _pendingGenerator = false;
        _generatorBodies += generator ? 1 : 0;
        var body = ParseBlock();
        _generatorBodies -= generator ? 1 : 0;
        _noIn = savedNoIn;
        return body;
    }

    private Parameter[] ParseParameterList()
    {
        if (!Expect(TokenKind.OpenParen))
        {
            return [];
        }

        var parameters = BeginList();
        while (!At(TokenKind.CloseParen) && !At(TokenKind.EndOfFile))
        {
            var start = Start;
            var before = _pos;
            if (At(TokenKind.At))
            {
                Report(DiagnosticCatalogue.DecoratorsNotSupported, Current.Span);
                SkipDecorators();
            }

            var modifiers = ParseParameterModifiers();
            var isRest = Eat(TokenKind.DotDotDot);
            if (At(TokenKind.This) && !isRest)
            {
                // TypeScript's "this" parameter declares the receiver's type only.
                Next();
                if (Eat(TokenKind.Colon))
                {
                    ParseType();
                }

                if (!Eat(TokenKind.Comma))
                {
                    break;
                }

                continue;
            }

            var target = ParseBindingTarget();
            Eat(TokenKind.Question);
            if (Eat(TokenKind.Colon))
            {
                ParseType();
            }

            Expression? initializer = null;
            if (Eat(TokenKind.Equals))
            {
                initializer = ParseAssignment();
                if (isRest)
                {
                    Report(DiagnosticCatalogue.InvalidRestParameter, initializer.Span);
                }
            }

            Push(new Parameter(SpanFrom(start), target, initializer, isRest, modifiers));
            if (isRest && At(TokenKind.Comma))
            {
                Report(DiagnosticCatalogue.RestMustBeLast, SpanFrom(start));
            }

            if (_pos == before || !Eat(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.CloseParen);
        return EndList<Parameter>(parameters);
    }

    private ParameterModifiers ParseParameterModifiers()
    {
        var modifiers = ParameterModifiers.None;
        while (true)
        {
            var modifier = Kind switch
            {
                TokenKind.Public => ParameterModifiers.Public,
                TokenKind.Private => ParameterModifiers.Private,
                TokenKind.Protected => ParameterModifiers.Protected,
                TokenKind.Readonly => ParameterModifiers.Readonly,
                TokenKind.Override => ParameterModifiers.Override,
                _ => ParameterModifiers.None,
            };
            var next = Peek(1).Kind;
            if (modifier == ParameterModifiers.None || !(IsIdentifierToken(next) || next is TokenKind.OpenBrace or TokenKind.OpenBracket or TokenKind.This))
            {
                return modifiers;
            }

            modifiers |= modifier;
            Next();
        }
    }

    private FunctionNode ParseSimpleArrow()
    {
        var start = Start;
        var parameter = new Parameter(Current.Span, new BindingIdentifier(Current.Span, Current.Value), null, false, ParameterModifiers.None);
        Next();
        return ParseArrowBody(start, [parameter]);
    }

    /// <summary>Index of the <c>)</c> matching the <c>(</c> at <paramref name="open"/>, or -1.</summary>
    private int FindMatchingParen(int open)
    {
        var depth = 0;
        for (var i = open; i < _count; i++)
        {
            var kind = _tokens[i].Kind;
            if (kind == TokenKind.OpenParen)
            {
                depth++;
            }
            else if (kind == TokenKind.CloseParen && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private bool FindArrowAfterParen(int open)
    {
        var close = FindMatchingParen(open);
        return close >= 0 && close + 1 < _count && _tokens[close + 1].Kind is TokenKind.Arrow or TokenKind.Colon;
    }

    /// <summary>An arrow function starting at <c>(</c>: certain when <c>=&gt;</c> follows the matching <c>)</c>, speculative when a return type annotation may.</summary>
    private FunctionNode? TryParseParenthesizedArrow()
    {
        var close = FindMatchingParen(_pos);
        if (close < 0 || close + 1 >= _count)
        {
            return null;
        }

        var after = _tokens[close + 1].Kind;
        if (after == TokenKind.Arrow)
        {
            var start = Start;
            return ParseArrowBody(start, ParseParameterList());
        }

        if (after != TokenKind.Colon)
        {
            return null;
        }

        var arrowStart = Start;
        var state = BeginSpeculation();
        var parameters = ParseParameterList();
        Expect(TokenKind.Colon);
        ParseReturnType();
        return EndSpeculation(state, At(TokenKind.Arrow)) ? ParseArrowBody(arrowStart, parameters) : null;
    }

    /// <summary>A generic arrow <c>&lt;T&gt;(x: T) =&gt; x</c>, tried speculatively.</summary>
    private FunctionNode? TryParseGenericArrow()
    {
        var start = Start;
        var state = BeginSpeculation();
        SkipTypeParameters();
        Parameter[] parameters = [];
        if (At(TokenKind.OpenParen))
        {
            parameters = ParseParameterList();
            if (Eat(TokenKind.Colon))
            {
                ParseReturnType();
            }
        }

        return EndSpeculation(state, At(TokenKind.Arrow)) ? ParseArrowBody(start, parameters) : null;
    }

    private FunctionNode ParseArrowBody(int start, Parameter[] parameters)
    {
        if (At(TokenKind.Arrow) && Current.NewLineBefore)
        {
            Report(DiagnosticCatalogue.LineBreakBeforeArrow, Current.Span);
        }

        Expect(TokenKind.Arrow);
        if (At(TokenKind.OpenBrace))
        {
            var body = ParseFunctionBody();
            return new FunctionNode(SpanFrom(start), FunctionKind.Arrow, null, parameters, body, null);
        }

        var expression = ParseAssignment();
        return new FunctionNode(SpanFrom(start), FunctionKind.Arrow, null, parameters, null, expression);
    }

    /// <summary>The parameters, return type and body of a method, accessor or constructor whose key was just read.</summary>
    private FunctionNode? ParseMethod(int start, FunctionKind kind, bool bodyOptional)
    {
        if (At(TokenKind.Less))
        {
            SkipTypeParameters();
        }

        var parameters = ParseParameterList();
        if (Eat(TokenKind.Colon))
        {
            ParseReturnType();
        }

        if (kind == FunctionKind.Getter && parameters.Length != 0)
        {
            Report(DiagnosticCatalogue.InvalidAccessor, SpanFrom(start), "get", parameters.Length);
        }
        else if (kind == FunctionKind.Setter && parameters.Length != 1)
        {
            Report(DiagnosticCatalogue.InvalidAccessor, SpanFrom(start), "set", parameters.Length);
        }

        if (!At(TokenKind.OpenBrace) && bodyOptional)
        {
            ConsumeSemicolon();
            return null;
        }

        var body = ParseFunctionBody();
        return new FunctionNode(SpanFrom(start), kind, null, parameters, body, null);
    }
}

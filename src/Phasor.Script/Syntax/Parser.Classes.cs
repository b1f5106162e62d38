using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Class declarations and expressions, with TypeScript's member modifiers erased.</summary>
internal sealed partial class Parser
{
    private ClassDeclaration ParseClassDeclaration(int start)
    {
        var node = ParseClass(start, isDeclaration: true);
        return new ClassDeclaration(node.Span, node);
    }

    private ClassNode ParseClass(int start, bool isDeclaration)
    {
        Next();
        BindingIdentifier? name = null;
        if (IsIdentifierToken(Kind) && !At(TokenKind.Implements))
        {
            name = new BindingIdentifier(Current.Span, Current.Value);
            Next();
        }
        else if (isDeclaration)
        {
            ReportUnexpected("a class name");
        }

        if (At(TokenKind.Less))
        {
            SkipTypeParameters();
        }

        Expression? heritage = null;
        if (Eat(TokenKind.Extends))
        {
            heritage = ParseLeftHandSide();
            if (At(TokenKind.Less))
            {
                SkipTypeArguments();
            }
        }

        if (Eat(TokenKind.Implements))
        {
            do
            {
                ParseType();
            }
            while (Eat(TokenKind.Comma));
        }

        Expect(TokenKind.OpenBrace);
        var members = BeginList();
        var hasConstructor = false;
        var savedNoIn = _noIn;
        _noIn = false;
        while (!At(TokenKind.CloseBrace) && !At(TokenKind.EndOfFile))
        {
            var before = _pos;
            var errors = _errorCount;
            if (ParseClassMember() is { } member)
            {
                if (member is ClassMethod { Function.FunctionKind: FunctionKind.Constructor })
                {
                    if (hasConstructor)
                    {
                        Report(DiagnosticCatalogue.DuplicateConstructor, member.Key.Span);
                    }

                    hasConstructor = true;
                }

                Push(member);
            }

            if (_errorCount > errors)
            {
                SynchronizeClassMember();
            }

            if (_pos == before)
            {
                Next();
            }
        }

        _noIn = savedNoIn;
        Expect(TokenKind.CloseBrace);
        return new ClassNode(SpanFrom(start), name, heritage, EndList<ClassMember>(members));
    }

    private void SynchronizeClassMember()
    {
        var braces = 0;
        while (!At(TokenKind.EndOfFile))
        {
            if (At(TokenKind.OpenBrace))
            {
                braces++;
            }
            else if (At(TokenKind.CloseBrace))
            {
                if (braces == 0)
                {
                    return;
                }

                if (--braces == 0)
                {
                    Next();
                    return;
                }
            }
            else if (braces == 0 && (At(TokenKind.Semicolon) || Current.NewLineBefore))
            {
                Eat(TokenKind.Semicolon);
                return;
            }

            Next();
        }
    }

    /// <summary>One class member; null for erased members (index signatures, overloads, abstract and declare members, stray semicolons).</summary>
    private ClassMember? ParseClassMember()
    {
        var start = Start;
        if (Eat(TokenKind.Semicolon))
        {
            return null;
        }

        if (At(TokenKind.At))
        {
            Report(DiagnosticCatalogue.DecoratorsNotSupported, Current.Span);
            SkipDecorators();
        }

        var isStatic = false;
        var erased = false;
        while (IsModifierFollowedByKey() || (At(TokenKind.Static) && Peek(1).Kind == TokenKind.OpenBrace))
        {
            switch (Kind)
            {
                case TokenKind.Static:
                    if (Peek(1).Kind == TokenKind.OpenBrace)
                    {
                        Report(DiagnosticCatalogue.StaticBlocksNotSupported, Current.Span);
                        Next();
                        ParseBlock();
                        return null;
                    }

                    isStatic = true;
                    break;
                case TokenKind.Abstract:
                case TokenKind.Declare:
                    erased = true;
                    break;
                case TokenKind.Async:
                    Report(DiagnosticCatalogue.AsyncNotSupported, Current.Span);
                    break;
                case TokenKind.Public:
                case TokenKind.Private:
                case TokenKind.Protected:
                case TokenKind.Readonly:
                case TokenKind.Override:
                case TokenKind.Accessor:
                    break;
                default:
                    goto DoneModifiers;
            }

            Next();
        }

    DoneModifiers:
        if (At(TokenKind.Asterisk))
        {
            Report(DiagnosticCatalogue.GeneratorsNotSupported, Current.Span);
            _pendingGenerator = true;
            Next();
        }

        if (At(TokenKind.OpenBracket) && IsIndexSignature())
        {
            SkipIndexSignature();
            ConsumeSemicolon();
            return null;
        }

        var kind = FunctionKind.Method;
        if ((At(TokenKind.Get) || At(TokenKind.Set)) && IsModifierFollowedByKey())
        {
            kind = At(TokenKind.Get) ? FunctionKind.Getter : FunctionKind.Setter;
            Next();
        }

        var keyToken = Current;
        var key = ParsePropertyKey();
        var isConstructor = !isStatic && kind == FunctionKind.Method
            && keyToken.Kind is TokenKind.Constructor or TokenKind.String && keyToken.Value == Keywords.NameId(TokenKind.Constructor);
        Eat(TokenKind.Question);
        if (At(TokenKind.OpenParen) || At(TokenKind.Less))
        {
            var function = ParseMethod(start, isConstructor ? FunctionKind.Constructor : kind, bodyOptional: true);
            return function is null || erased ? null : new ClassMethod(SpanFrom(start), isStatic, key, function);
        }

        Eat(TokenKind.Exclamation);
        if (Eat(TokenKind.Colon))
        {
            ParseType();
        }

        var initializer = Eat(TokenKind.Equals) ? ParseAssignment() : null;
        ConsumeSemicolon();
        return erased ? null : new ClassField(SpanFrom(start), isStatic, key, initializer);
    }

    /// <summary>Whether <c>[</c> starts an index signature <c>[key: T]</c> rather than a computed key.</summary>
    private bool IsIndexSignature() => IsIdentifierToken(Peek(1).Kind) && Peek(2).Kind == TokenKind.Colon;

    private void SkipIndexSignature()
    {
        Next();
        Next();
        Next();
        ParseType();
        Expect(TokenKind.CloseBracket);
        Eat(TokenKind.Question);
        if (Eat(TokenKind.Colon))
        {
            ParseType();
        }
    }
}

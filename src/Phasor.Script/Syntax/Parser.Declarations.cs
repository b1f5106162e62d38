using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>TypeScript-only declarations: interfaces, type aliases and declare are erased; enums become nodes; namespaces are rejected.</summary>
internal sealed partial class Parser
{
    /// <summary>Recognizes a TypeScript declaration that starts with a contextual keyword; <paramref name="result"/> is null when it erases to nothing.</summary>
    private bool TryParseTypeScriptDeclaration(int start, out Statement? result)
    {
        result = null;
        var next = Peek(1);
        var sameLine = !next.NewLineBefore;
        switch (Kind)
        {
            case TokenKind.Type when sameLine && IsIdentifierToken(next.Kind):
                Next();
                Next();
                if (At(TokenKind.Less))
                {
                    SkipTypeParameters();
                }

                Expect(TokenKind.Equals);
                ParseType();
                ConsumeSemicolon();
                return true;
            case TokenKind.Interface when sameLine && IsIdentifierToken(next.Kind):
                Next();
                Next();
                if (At(TokenKind.Less))
                {
                    SkipTypeParameters();
                }

                if (Eat(TokenKind.Extends))
                {
                    do
                    {
                        ParseType();
                    }
                    while (Eat(TokenKind.Comma));
                }

                SkipObjectTypeBody();
                return true;
            case TokenKind.Declare when sameLine && (IsIdentifierToken(next.Kind) || Keywords.IsKeyword(next.Kind)):
                Next();
                ParseAmbientDeclaration();
                return true;
            case TokenKind.Abstract when sameLine && next.Kind == TokenKind.Class:
                Next();
                result = ParseClassDeclaration(start);
                return true;
            case TokenKind.Namespace or TokenKind.Module or TokenKind.Global when sameLine && (IsIdentifierToken(next.Kind) || next.Kind is TokenKind.String or TokenKind.OpenBrace):
                Report(DiagnosticCatalogue.NamespacesNotSupported, Current.Span);
                SkipNamespace();
                result = new EmptyStatement(SpanFrom(start));
                return true;
            default:
                return false;
        }
    }

    /// <summary>Everything after <c>declare</c> is type information: parsed in ambient mode (no bodies needed) and dropped.</summary>
    private void ParseAmbientDeclaration()
    {
        if (At(TokenKind.Global) || At(TokenKind.Module) || At(TokenKind.Namespace))
        {
            SkipNamespace();
            return;
        }

        var saved = _ambient;
        _ambient = true;
        ParseStatement();
        _ambient = saved;
    }

    private void SkipNamespace()
    {
        Next();
        while (!At(TokenKind.OpenBrace) && !At(TokenKind.EndOfFile) && !CanInsertSemicolon)
        {
            Next();
        }

        if (!At(TokenKind.OpenBrace))
        {
            ConsumeSemicolon();
            return;
        }

        var depth = 0;
        do
        {
            if (At(TokenKind.OpenBrace))
            {
                depth++;
            }
            else if (At(TokenKind.CloseBrace))
            {
                depth--;
            }

            Next();
        }
        while (depth > 0 && !At(TokenKind.EndOfFile));
    }

    private EnumDeclaration? ParseEnum(int start)
    {
        Next();
        var nameToken = Current;
        BindingIdentifier name;
        if (IsIdentifierToken(Kind))
        {
            name = new BindingIdentifier(nameToken.Span, nameToken.Value);
            Next();
        }
        else
        {
            ReportUnexpected("an enum name");
            name = new BindingIdentifier(new TextSpan(Start, 0), -1);
        }

        Expect(TokenKind.OpenBrace);
        var members = BeginList();
        while (!At(TokenKind.CloseBrace) && !At(TokenKind.EndOfFile))
        {
            var memberStart = Start;
            int nameId;
            if (At(TokenKind.String) || Kind == TokenKind.Identifier || Keywords.IsKeyword(Kind))
            {
                nameId = Current.Value;
                Next();
            }
            else
            {
                ReportUnexpected("an enum member name");
                break;
            }

            var initializer = Eat(TokenKind.Equals) ? ParseAssignment() : null;
            Push(new EnumMember(SpanFrom(memberStart), nameId, initializer));
            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.CloseBrace);
        var memberArray = EndList<EnumMember>(members);
        return _ambient ? null : new EnumDeclaration(SpanFrom(start), name, memberArray);
    }
}

using Phasor.Script.Diagnostics;

namespace Phasor.Script.Syntax;

/// <summary>TypeScript types, parsed only to be skipped: no node is built for them.</summary>
/// <remarks>Follows the grammar of TypeScript's parser closely enough to find where a type ends, which is all erasure needs.</remarks>
internal sealed partial class Parser
{
    private void ParseType()
    {
        if (!Enter())
        {
            Leave();
            return;
        }

        ParseTypeCore();
        Leave();
    }

    private void ParseTypeCore()
    {
        if (At(TokenKind.Less) || At(TokenKind.New) || (At(TokenKind.Abstract) && Peek(1).Kind == TokenKind.New))
        {
            ParseFunctionType();
            return;
        }

        if (At(TokenKind.OpenParen) && TryParseFunctionType())
        {
            return;
        }

        ParseUnionType();
        if (!_noConditionalTypes && At(TokenKind.Extends) && !Current.NewLineBefore)
        {
            Next();
            var saved = _noConditionalTypes;
            _noConditionalTypes = true;
            ParseUnionType();
            _noConditionalTypes = saved;
            Expect(TokenKind.Question);
            ParseTypeAllowingConditional();
            Expect(TokenKind.Colon);
            ParseTypeAllowingConditional();
        }
    }

    private void ParseTypeAllowingConditional()
    {
        var saved = _noConditionalTypes;
        _noConditionalTypes = false;
        ParseType();
        _noConditionalTypes = saved;
    }

    private bool TryParseFunctionType()
    {
        var state = BeginSpeculation();
        ParseParameterList();
        if (!EndSpeculation(state, At(TokenKind.Arrow)))
        {
            return false;
        }

        Next();
        ParseReturnType();
        return true;
    }

    private void ParseFunctionType()
    {
        Eat(TokenKind.Abstract);
        Eat(TokenKind.New);
        if (At(TokenKind.Less))
        {
            SkipTypeParameters();
        }

        ParseParameterList();
        Expect(TokenKind.Arrow);
        ParseReturnType();
    }

    /// <summary>A return type, which may also be a type predicate (<c>x is T</c>, <c>asserts x is T</c>).</summary>
    private void ParseReturnType()
    {
        if (At(TokenKind.Asserts) && (IsIdentifierToken(Peek(1).Kind) || Peek(1).Kind == TokenKind.This) && !Peek(1).NewLineBefore)
        {
            Next();
            Next();
            if (Eat(TokenKind.Is))
            {
                ParseType();
            }

            return;
        }

        if ((IsIdentifierToken(Kind) || At(TokenKind.This)) && Peek(1).Kind == TokenKind.Is && !Peek(1).NewLineBefore)
        {
            Next();
            Next();
        }

        ParseType();
    }

    private void ParseUnionType()
    {
        Eat(TokenKind.Bar);
        ParseIntersectionType();
        while (Eat(TokenKind.Bar))
        {
            ParseIntersectionType();
        }
    }

    private void ParseIntersectionType()
    {
        Eat(TokenKind.Ampersand);
        ParseTypeOperator();
        while (Eat(TokenKind.Ampersand))
        {
            ParseTypeOperator();
        }
    }

    private void ParseTypeOperator()
    {
        if ((At(TokenKind.Keyof) || At(TokenKind.Unique) || At(TokenKind.Readonly)) && IsStartOfType(Peek(1).Kind))
        {
            Next();
            ParseTypeOperator();
            return;
        }

        if (At(TokenKind.Infer) && IsIdentifierToken(Peek(1).Kind))
        {
            Next();
            Next();
            if (At(TokenKind.Extends))
            {
                // "infer U extends C" unless the extends starts a conditional type.
                var state = BeginSpeculation();
                Next();
                var saved = _noConditionalTypes;
                _noConditionalTypes = true;
                ParseType();
                _noConditionalTypes = saved;
                EndSpeculation(state, !At(TokenKind.Question));
            }

            return;
        }

        ParsePostfixType();
    }

    private static bool IsStartOfType(TokenKind kind) => kind is TokenKind.Identifier or TokenKind.OpenParen or TokenKind.OpenBracket
        or TokenKind.OpenBrace or TokenKind.String or TokenKind.Number or TokenKind.Minus or TokenKind.Less or TokenKind.Typeof
        or TokenKind.Void or TokenKind.Null or TokenKind.This or TokenKind.True or TokenKind.False or TokenKind.New
        or TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead || Keywords.IsContextual(kind);

    private void ParsePostfixType()
    {
        ParseNonArrayType();
        while (At(TokenKind.OpenBracket) && !Current.NewLineBefore)
        {
            Next();
            if (Eat(TokenKind.CloseBracket))
            {
                continue;
            }

            ParseType();
            Expect(TokenKind.CloseBracket);
        }
    }

    private void ParseNonArrayType()
    {
        switch (Kind)
        {
            case TokenKind.Void:
            case TokenKind.Null:
            case TokenKind.This:
            case TokenKind.True:
            case TokenKind.False:
            case TokenKind.String:
            case TokenKind.Number:
            case TokenKind.NoSubstitutionTemplate:
            case TokenKind.Asterisk:
            case TokenKind.Question:
                Next();
                return;
            case TokenKind.Minus when Peek(1).Kind == TokenKind.Number:
                Next();
                Next();
                return;
            case TokenKind.TemplateHead:
                SkipTemplateLiteralType();
                return;
            case TokenKind.Typeof:
                Next();
                if (Eat(TokenKind.Import))
                {
                    SkipImportType();
                    return;
                }

                SkipEntityName();
                return;
            case TokenKind.Import:
                Next();
                SkipImportType();
                return;
            case TokenKind.OpenBrace:
                if (IsMappedType())
                {
                    SkipMappedType();
                }
                else
                {
                    SkipObjectTypeBody();
                }

                return;
            case TokenKind.OpenBracket:
                SkipTupleType();
                return;
            case TokenKind.OpenParen:
                Next();
                ParseTypeAllowingConditional();
                Expect(TokenKind.CloseParen);
                return;
            case TokenKind.Function:
                ReportUnexpected("a type");
                Next();
                return;
            default:
                if (IsIdentifierToken(Kind) || Keywords.IsKeyword(Kind))
                {
                    SkipEntityName();
                    return;
                }

                ReportUnexpected("a type");
                return;
        }
    }

    /// <summary>A type reference: <c>A.B.C&lt;T&gt;</c>.</summary>
    private void SkipEntityName()
    {
        Next();
        while (At(TokenKind.Dot))
        {
            Next();
            if (Kind == TokenKind.Identifier || Keywords.IsKeyword(Kind))
            {
                Next();
            }
            else
            {
                ReportUnexpected("an identifier");
                return;
            }
        }

        if (At(TokenKind.Less) && !Current.NewLineBefore)
        {
            SkipTypeArguments();
        }
    }

    private void SkipImportType()
    {
        Expect(TokenKind.OpenParen);
        Expect(TokenKind.String);
        Expect(TokenKind.CloseParen);
        while (Eat(TokenKind.Dot))
        {
            Next();
        }

        if (At(TokenKind.Less))
        {
            SkipTypeArguments();
        }
    }

    private void SkipTemplateLiteralType()
    {
        Next();
        while (true)
        {
            ParseType();
            if (Eat(TokenKind.TemplateMiddle))
            {
                continue;
            }

            Expect(TokenKind.TemplateTail);
            return;
        }
    }
}

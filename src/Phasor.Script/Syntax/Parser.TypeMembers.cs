namespace Phasor.Script.Syntax;

/// <summary>TypeScript type literals (object, mapped, tuple), signatures, and type parameter and argument lists, all skipped.</summary>
internal sealed partial class Parser
{
    private void SkipTupleType()
    {
        Next();
        while (!At(TokenKind.CloseBracket) && !At(TokenKind.EndOfFile))
        {
            var before = _pos;
            Eat(TokenKind.DotDotDot);
            if (IsIdentifierToken(Kind) && (Peek(1).Kind == TokenKind.Colon || (Peek(1).Kind == TokenKind.Question && Peek(2).Kind == TokenKind.Colon)))
            {
                Next();
                Eat(TokenKind.Question);
                Next();
            }

            ParseType();
            Eat(TokenKind.Question);
            if (_pos == before || !Eat(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.CloseBracket);
    }

    private bool IsMappedType()
    {
        var i = 1;
        if (Peek(i).Kind is TokenKind.Plus or TokenKind.Minus)
        {
            i++;
        }

        if (Peek(i).Kind == TokenKind.Readonly)
        {
            i++;
        }

        return Peek(i).Kind == TokenKind.OpenBracket && IsIdentifierToken(Peek(i + 1).Kind) && Peek(i + 2).Kind == TokenKind.In;
    }

    /// <summary><c>{ readonly [K in T as N]?: V }</c> with optional +/- modifiers.</summary>
    private void SkipMappedType()
    {
        Next();
        if (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            Next();
        }

        Eat(TokenKind.Readonly);
        Next();
        Next();
        Next();
        ParseType();
        if (Eat(TokenKind.As))
        {
            ParseType();
        }

        Expect(TokenKind.CloseBracket);
        if (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            Next();
        }

        Eat(TokenKind.Question);
        if (Eat(TokenKind.Colon))
        {
            ParseType();
        }

        Eat(TokenKind.Semicolon);
        Expect(TokenKind.CloseBrace);
    }

    /// <summary>An object type literal or interface body: property, method, call, construct, index and accessor signatures.</summary>
    private void SkipObjectTypeBody()
    {
        Expect(TokenKind.OpenBrace);
        while (!At(TokenKind.CloseBrace) && !At(TokenKind.EndOfFile))
        {
            var before = _pos;
            SkipTypeMember();
            if (!Eat(TokenKind.Semicolon) && !Eat(TokenKind.Comma) && !At(TokenKind.CloseBrace) && !Current.NewLineBefore)
            {
                ReportUnexpected("';'");
                break;
            }

            if (_pos == before)
            {
                break;
            }
        }

        Expect(TokenKind.CloseBrace);
    }

    private void SkipTypeMember()
    {
        if (At(TokenKind.OpenParen) || At(TokenKind.Less))
        {
            SkipSignature();
            return;
        }

        if (At(TokenKind.New) && Peek(1).Kind is TokenKind.OpenParen or TokenKind.Less)
        {
            Next();
            SkipSignature();
            return;
        }

        if (At(TokenKind.Readonly) && IsModifierFollowedByKey())
        {
            Next();
        }

        if (At(TokenKind.OpenBracket) && IsIndexSignature())
        {
            SkipIndexSignature();
            return;
        }

        if ((At(TokenKind.Get) || At(TokenKind.Set)) && IsModifierFollowedByKey())
        {
            Next();
        }

        ParsePropertyKey();
        Eat(TokenKind.Question);
        if (At(TokenKind.OpenParen) || At(TokenKind.Less))
        {
            SkipSignature();
        }
        else if (Eat(TokenKind.Colon))
        {
            ParseType();
        }
    }

    private void SkipSignature()
    {
        if (At(TokenKind.Less))
        {
            SkipTypeParameters();
        }

        ParseParameterList();
        if (Eat(TokenKind.Colon))
        {
            ParseReturnType();
        }
    }

    /// <summary><c>&lt;in out const T extends C = D, ...&gt;</c>.</summary>
    private void SkipTypeParameters()
    {
        Expect(TokenKind.Less);
        while (!At(TokenKind.EndOfFile))
        {
            while ((At(TokenKind.In) || At(TokenKind.Const) || (At(TokenKind.Identifier) && Current.Value == _outNameId)) && IsIdentifierToken(Peek(1).Kind))
            {
                Next();
            }

            if (!IsIdentifierToken(Kind))
            {
                break;
            }

            Next();
            if (Eat(TokenKind.Extends))
            {
                ParseType();
            }

            if (Eat(TokenKind.Equals))
            {
                ParseType();
            }

            if (!Eat(TokenKind.Comma))
            {
                break;
            }
        }

        ExpectGreater();
    }

    /// <summary><c>&lt;T, U&gt;</c>, splitting a closing <c>&gt;&gt;</c> when type argument lists nest.</summary>
    private void SkipTypeArguments()
    {
        Expect(TokenKind.Less);
        while (!At(TokenKind.EndOfFile))
        {
            var before = _pos;
            ParseTypeAllowingConditional();
            if (_pos == before || !Eat(TokenKind.Comma))
            {
                break;
            }
        }

        ExpectGreater();
    }
}

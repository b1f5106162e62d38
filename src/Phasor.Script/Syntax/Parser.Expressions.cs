using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Expressions: assignment, conditional, the binary precedence climb, unary, postfix and primary forms.</summary>
internal sealed partial class Parser
{
    /// <summary>Whether the token can be an identifier reference: a name or a contextual keyword.</summary>
    private static bool IsIdentifierToken(TokenKind kind) => kind == TokenKind.Identifier || Keywords.IsContextual(kind);

    private Expression ParseExpression()
    {
        var start = Start;
        var first = ParseAssignment();
        if (!At(TokenKind.Comma))
        {
            return first;
        }

        var expressions = new List<Expression> { first };
        while (Eat(TokenKind.Comma))
        {
            expressions.Add(ParseAssignment());
        }

        return new SequenceExpression(SpanFrom(start), [.. expressions]);
    }

    private Expression ParseAssignment()
    {
        if (!Enter())
        {
            Leave();
            return new ErrorExpression(Current.Span);
        }

        var expression = ParseAssignmentCore();
        Leave();
        return expression;
    }

    private Expression ParseAssignmentCore()
    {
        var start = Start;
        if (IsIdentifierToken(Kind) && Peek(1).Kind == TokenKind.Arrow)
        {
            if (At(TokenKind.Async))
            {
                Report(DiagnosticCatalogue.AsyncNotSupported, Current.Span);
            }

            return ParseSimpleArrow();
        }

        if (At(TokenKind.Async) && !Peek(1).NewLineBefore && (Peek(1).Kind is TokenKind.OpenParen or TokenKind.Function || IsIdentifierToken(Peek(1).Kind)) && Peek(1).Kind != TokenKind.Arrow)
        {
            if (Peek(1).Kind != TokenKind.OpenParen || FindArrowAfterParen(_pos + 1))
            {
                Report(DiagnosticCatalogue.AsyncNotSupported, Current.Span);
                Next();
                return ParseAssignment();
            }
        }

        if (At(TokenKind.Yield))
        {
            if (_generatorBodies == 0)
            {
                Report(DiagnosticCatalogue.GeneratorsNotSupported, Current.Span);
            }

            Next();
            if (CanInsertSemicolon || At(TokenKind.CloseParen) || At(TokenKind.CloseBracket) || At(TokenKind.Comma))
            {
                return new ErrorExpression(SpanFrom(start));
            }

            return ParseAssignment();
        }

        if (At(TokenKind.OpenParen) && TryParseParenthesizedArrow() is { } arrow)
        {
            return arrow;
        }

        if (At(TokenKind.Less) && TryParseGenericArrow() is { } genericArrow)
        {
            return genericArrow;
        }

        var left = ParseConditional();
        if (!OperatorTable.IsAssignment(Kind))
        {
            return left;
        }

        var op = OperatorTable.Compound(Kind);
        var operatorStart = Start;
        Next();
        SyntaxNode target = op is null ? ToAssignmentTarget(left) : CheckSimpleTarget(left, operatorStart);
        var value = ParseAssignment();
        return new AssignmentExpression(SpanFrom(start), op, target, value) { OperatorPosition = operatorStart };
    }

    private Expression ParseConditional()
    {
        var start = Start;
        var condition = ParseBinary(0);
        if (!Eat(TokenKind.Question))
        {
            return condition;
        }

        var savedNoIn = _noIn;
        _noIn = false;
        var whenTrue = ParseAssignment();
        _noIn = savedNoIn;
        Expect(TokenKind.Colon);
        var whenFalse = ParseAssignment();
        return new ConditionalExpression(SpanFrom(start), condition, whenTrue, whenFalse);
    }

    /// <summary>Precedence climbing over <see cref="OperatorTable"/>; also erases TypeScript's <c>as</c> and <c>satisfies</c>.</summary>
    private Expression ParseBinary(int minPrecedence)
    {
        var start = Start;
        var left = ParseUnary();
        if (At(TokenKind.AsteriskAsterisk) && left is UnaryExpression && !_parenthesized.Contains(left))
        {
            Report(DiagnosticCatalogue.UnaryBeforeExponent, Current.Span);
        }

        while (true)
        {
            var kind = Kind;
            if ((kind == TokenKind.As || kind == TokenKind.Satisfies) && !Current.NewLineBefore && OperatorTable.RelationalPrecedence > minPrecedence)
            {
                Next();
                if (!Eat(TokenKind.Const))
                {
                    ParseType();
                }

                continue;
            }

            var info = OperatorTable.Binary(kind);
            if (info.Precedence <= minPrecedence || (kind == TokenKind.In && _noIn))
            {
                return left;
            }

            var operatorStart = Start;
            Next();
            var right = ParseBinary(info.IsRightAssociative ? info.Precedence - 1 : info.Precedence);
            CheckCoalesceMixing(info.Operator, left, right);
            left = new BinaryExpression(SpanFrom(start), info.Operator, left, right) { OperatorPosition = operatorStart };
        }
    }

    private void CheckCoalesceMixing(BinaryOperator op, Expression left, Expression right)
    {
        if (op is not (BinaryOperator.Coalesce or BinaryOperator.LogicalAnd or BinaryOperator.LogicalOr))
        {
            return;
        }

        foreach (var operand in (ReadOnlySpan<Expression>)[left, right])
        {
            if (operand is BinaryExpression inner && !_parenthesized.Contains(inner)
                && (op == BinaryOperator.Coalesce
                    ? inner.Operator is BinaryOperator.LogicalAnd or BinaryOperator.LogicalOr
                    : inner.Operator == BinaryOperator.Coalesce))
            {
                Report(DiagnosticCatalogue.MixedCoalesce, inner.Span);
            }
        }
    }

    private Expression ParseUnary()
    {
        if (!Enter())
        {
            Leave();
            return new ErrorExpression(Current.Span);
        }

        var expression = ParseUnaryCore();
        Leave();
        return expression;
    }

    private Expression ParseUnaryCore()
    {
        var start = Start;
        UnaryOperator op;
        switch (Kind)
        {
            case TokenKind.Plus: op = UnaryOperator.Plus; break;
            case TokenKind.Minus: op = UnaryOperator.Minus; break;
            case TokenKind.Exclamation: op = UnaryOperator.Not; break;
            case TokenKind.Tilde: op = UnaryOperator.BitwiseNot; break;
            case TokenKind.Typeof: op = UnaryOperator.Typeof; break;
            case TokenKind.Void: op = UnaryOperator.Void; break;
            case TokenKind.Delete: op = UnaryOperator.Delete; break;
            case TokenKind.PlusPlus:
            case TokenKind.MinusMinus:
                var increment = At(TokenKind.PlusPlus);
                Next();
                var operand = ParseUnary();
                CheckSimpleTarget(operand, start);
                return new UpdateExpression(SpanFrom(start), increment, true, operand) { Position = PreviousStart };
            case TokenKind.Await:
                Report(DiagnosticCatalogue.AsyncNotSupported, Current.Span);
                Next();
                return ParseUnary();
            case TokenKind.Less:
                Report(DiagnosticCatalogue.AngleTypeAssertionNotSupported, Current.Span);
                SkipTypeArguments();
                return ParseUnary();
            default:
                return ParsePostfix();
        }

        Next();
        var argument = ParseUnary();
        if (op == UnaryOperator.Delete && argument is Identifier)
        {
            Report(DiagnosticCatalogue.DeleteOfVariable, argument.Span);
        }

        return new UnaryExpression(SpanFrom(start), op, argument);
    }

    private Expression ParsePostfix()
    {
        var start = Start;
        var expression = ParseLeftHandSide();

        // Restricted production: a line break before ++ or -- ends the statement instead.
        if ((At(TokenKind.PlusPlus) || At(TokenKind.MinusMinus)) && !Current.NewLineBefore)
        {
            CheckSimpleTarget(expression, Start);
            var increment = At(TokenKind.PlusPlus);
            var operatorStart = Start;
            Next();
            return new UpdateExpression(SpanFrom(start), increment, false, expression) { Position = operatorStart };
        }

        return expression;
    }
}

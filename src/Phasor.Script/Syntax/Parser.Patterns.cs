using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Binding patterns (declarations, parameters) and the reinterpretation of literals as destructuring assignment targets.</summary>
internal sealed partial class Parser
{
    private Pattern ParseBindingTarget()
    {
        var start = Start;
        switch (Kind)
        {
            case TokenKind.OpenBracket:
                return ParseArrayBindingPattern();
            case TokenKind.OpenBrace:
                return ParseObjectBindingPattern();
            default:
                var token = Current;
                if (IsIdentifierToken(token.Kind))
                {
                    Next();
                    return new BindingIdentifier(token.Span, token.Value);
                }

                if (Keywords.IsKeyword(token.Kind))
                {
                    Report(DiagnosticCatalogue.ReservedWordAsName, token.Span, Keywords.Texts[token.Value]);
                    Next();
                    return new BindingIdentifier(token.Span, token.Value);
                }

                ReportUnexpected("an identifier");
                return new BindingIdentifier(new TextSpan(start, 0), -1);
        }
    }

    /// <summary>A binding target with an optional <c>= default</c>.</summary>
    private Pattern ParseBindingElement()
    {
        var start = Start;
        var target = ParseBindingTarget();
        if (!Eat(TokenKind.Equals))
        {
            return target;
        }

        var defaultValue = ParseAssignment();
        return new DefaultPattern(SpanFrom(start), target, defaultValue);
    }

    private ArrayPattern ParseArrayBindingPattern()
    {
        var start = Start;
        Next();
        var elements = BeginList();
        Pattern? rest = null;
        while (!At(TokenKind.CloseBracket) && !At(TokenKind.EndOfFile))
        {
            if (Eat(TokenKind.Comma))
            {
                Push(null);
                continue;
            }

            var before = _pos;
            if (Eat(TokenKind.DotDotDot))
            {
                rest = ParseBindingTarget();
                if (At(TokenKind.Comma))
                {
                    Report(DiagnosticCatalogue.RestMustBeLast, rest.Span);
                }

                break;
            }

            Push(ParseBindingElement());
            if (_pos == before || !Eat(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.CloseBracket);
        return new ArrayPattern(SpanFrom(start), EndList<Pattern?>(elements), rest);
    }

    private ObjectPattern ParseObjectBindingPattern()
    {
        var start = Start;
        Next();
        var properties = BeginList();
        Pattern? rest = null;
        while (!At(TokenKind.CloseBrace) && !At(TokenKind.EndOfFile))
        {
            var propertyStart = Start;
            var before = _pos;
            if (Eat(TokenKind.DotDotDot))
            {
                rest = ParseBindingTarget();
                if (At(TokenKind.Comma))
                {
                    Report(DiagnosticCatalogue.RestMustBeLast, rest.Span);
                }

                break;
            }

            var keyToken = Current;
            var key = ParsePropertyKey();
            if (Eat(TokenKind.Colon))
            {
                var element = ParseBindingElement();
                Push(new PatternProperty(SpanFrom(propertyStart), key, element, false));
            }
            else
            {
                if (key.KeyKind != PropertyKeyKind.Name || !IsIdentifierToken(keyToken.Kind))
                {
                    ReportUnexpected("':'");
                }

                Pattern value = new BindingIdentifier(key.Span, key.NameId);
                if (Eat(TokenKind.Equals))
                {
                    var defaultValue = ParseAssignment();
                    value = new DefaultPattern(SpanFrom(propertyStart), value, defaultValue);
                }

                Push(new PatternProperty(SpanFrom(propertyStart), key, value, true));
            }

            if (_pos == before || !Eat(TokenKind.Comma))
            {
                break;
            }
        }

        Expect(TokenKind.CloseBrace);
        return new ObjectPattern(SpanFrom(start), EndList<PatternProperty>(properties), rest);
    }

    /// <summary>The target of <c>=</c> or of a for-in/of head: a simple target, or an array/object literal reread as a pattern.</summary>
    private SyntaxNode ToAssignmentTarget(Expression expression)
    {
        if (expression is ArrayLiteral or ObjectLiteral && !_parenthesized.Contains(expression))
        {
            return ToPattern(expression);
        }

        return CheckSimpleTarget(expression, expression.Span.Start);
    }

    private Expression CheckSimpleTarget(Expression expression, int position)
    {
        if (expression is Identifier or MemberExpression { IsOptional: false } or IndexExpression { IsOptional: false })
        {
            return expression;
        }

        if (expression is not ErrorExpression)
        {
            Report(DiagnosticCatalogue.InvalidAssignmentTarget, expression.Span.Length > 0 ? expression.Span : new TextSpan(position, 1));
        }

        return expression;
    }

    private Pattern ToPattern(Expression expression)
    {
        switch (expression)
        {
            case ArrayLiteral array when !_parenthesized.Contains(array):
                return ToArrayPattern(array);
            case ObjectLiteral literal when !_parenthesized.Contains(literal):
                return ToObjectPattern(literal);
            case AssignmentExpression { Operator: null } assignment:
                RemoveCover(assignment);
                var target = assignment.Target as Pattern ?? new ExpressionPattern(assignment.Target.Span, (Expression)assignment.Target);
                return new DefaultPattern(assignment.Span, target, assignment.Value);
            default:
                return new ExpressionPattern(expression.Span, CheckSimpleTarget(expression, expression.Span.Start));
        }
    }

    private ArrayPattern ToArrayPattern(ArrayLiteral array)
    {
        var elements = BeginList();
        Pattern? rest = null;
        for (var i = 0; i < array.Elements.Length; i++)
        {
            var element = array.Elements[i];
            if (element is SpreadElement spread)
            {
                if (i != array.Elements.Length - 1)
                {
                    Report(DiagnosticCatalogue.RestMustBeLast, spread.Span);
                }

                rest = ToPattern(spread.Expression);
                continue;
            }

            Push(element is null ? null : ToPattern(element));
        }

        return new ArrayPattern(array.Span, EndList<Pattern?>(elements), rest);
    }

    private ObjectPattern ToObjectPattern(ObjectLiteral literal)
    {
        var properties = BeginList();
        Pattern? rest = null;
        foreach (var property in literal.Properties)
        {
            switch (property.PropertyKind)
            {
                case ObjectPropertyKind.Spread:
                    rest = ToPattern(property.Value);
                    break;
                case ObjectPropertyKind.Value:
                    Push(new PatternProperty(property.Span, property.Key!, ToPattern(property.Value), false));
                    break;
                case ObjectPropertyKind.Shorthand:
                    Push(new PatternProperty(property.Span, property.Key!, ToPattern(property.Value), true));
                    break;
                default:
                    Report(DiagnosticCatalogue.InvalidAssignmentTarget, property.Span);
                    break;
            }
        }

        return new ObjectPattern(literal.Span, EndList<PatternProperty>(properties), rest);
    }

    private void RemoveCover(AssignmentExpression assignment)
    {
        for (var i = 0; i < _coverInitializers.Count; i++)
        {
            if (ReferenceEquals(_coverInitializers[i].Node, assignment))
            {
                _coverInitializers.RemoveAt(i);
                return;
            }
        }
    }
}

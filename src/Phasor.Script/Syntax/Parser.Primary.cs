using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Primary expressions: literals, names, parenthesized expressions, templates, array literals and new.</summary>
internal sealed partial class Parser
{
    private Expression ParseNew()
    {
        var start = Start;
        Next();
        if (Eat(TokenKind.Dot))
        {
            if (!At(TokenKind.Target))
            {
                ReportUnexpected("'target'");
            }
            else
            {
                Next();
            }

            return new NewTargetExpression(SpanFrom(start));
        }

        var calleeStart = Start;
        var callee = At(TokenKind.New) ? ParseNew() : ParsePrimary();
        callee = ParseCallTail(calleeStart, callee, allowCalls: false);
        if (At(TokenKind.Less))
        {
            var state = BeginSpeculation();
            SkipTypeArguments();
            EndSpeculation(state, true);
        }

        var arguments = At(TokenKind.OpenParen) ? ParseArguments() : [];
        return new NewExpression(SpanFrom(start), callee, arguments);
    }

    private Expression ParsePrimary()
    {
        var start = Start;
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.Number:
                Next();
                return new NumberLiteral(SpanFrom(start), _lexer.GetNumber(token.Value));
            case TokenKind.String:
                Next();
                return new StringLiteral(SpanFrom(start), token.Value);
            case TokenKind.NoSubstitutionTemplate:
            case TokenKind.TemplateHead:
                return ParseTemplate();
            case TokenKind.True:
            case TokenKind.False:
                Next();
                return new BooleanLiteral(SpanFrom(start), token.Kind == TokenKind.True);
            case TokenKind.Null:
                Next();
                return new NullLiteral(SpanFrom(start));
            case TokenKind.This:
                Next();
                return new ThisExpression(SpanFrom(start));
            case TokenKind.Super:
                Next();
                if (!At(TokenKind.OpenParen) && !At(TokenKind.Dot) && !At(TokenKind.OpenBracket))
                {
                    ReportUnexpected("'(', '.' or '[' after 'super'");
                }

                return new SuperExpression(SpanFrom(start));
            case TokenKind.OpenParen:
                return ParseParenthesized();
            case TokenKind.OpenBracket:
                return ParseArrayLiteral();
            case TokenKind.OpenBrace:
                return ParseObjectLiteral();
            case TokenKind.Function:
                return ParseFunctionExpression();
            case TokenKind.Class:
                return ParseClass(start, isDeclaration: false);
            case TokenKind.New:
                return ParseNew();
            case TokenKind.Slash:
            case TokenKind.SlashEquals:
                return SkipRegularExpression();
            case TokenKind.PrivateName:
                Report(DiagnosticCatalogue.PrivateNamesNotSupported, token.Span);
                Next();
                return new ErrorExpression(SpanFrom(start));
            case TokenKind.Import:
                Report(DiagnosticCatalogue.ModulesNotSupported, token.Span);
                Next();
                return new ErrorExpression(SpanFrom(start));
            default:
                if (IsIdentifierToken(token.Kind))
                {
                    Next();
                    if (token.Kind == TokenKind.Async && At(TokenKind.Function) && !Current.NewLineBefore)
                    {
                        Report(DiagnosticCatalogue.AsyncNotSupported, token.Span);
                        return ParseFunctionExpression();
                    }

                    return new Identifier(SpanFrom(start), token.Value);
                }

                if (Keywords.IsKeyword(token.Kind))
                {
                    Report(DiagnosticCatalogue.ReservedWordAsName, token.Span, Keywords.Texts[token.Value]);
                    Next();
                    return new ErrorExpression(SpanFrom(start));
                }

                ReportUnexpected("an expression");
                return new ErrorExpression(new TextSpan(start, 0));
        }
    }

    private ErrorExpression SkipRegularExpression()
    {
        var start = Start;
        Report(DiagnosticCatalogue.RegularExpressionsNotSupported, Current.Span);
        Next();
        while (!At(TokenKind.EndOfFile) && !Current.NewLineBefore && !At(TokenKind.Slash) && !At(TokenKind.SlashEquals))
        {
            Next();
        }

        if (!Current.NewLineBefore && Eat(TokenKind.Slash) && Kind == TokenKind.Identifier && !Current.NewLineBefore)
        {
            Next();
        }

        return new ErrorExpression(SpanFrom(start));
    }

    private Expression ParseParenthesized()
    {
        var start = Start;
        Next();
        var savedNoIn = _noIn;
        _noIn = false;
        var expression = ParseExpression();
        _noIn = savedNoIn;
        Expect(TokenKind.CloseParen);
        _parenthesized.Add(expression);
        return expression;
    }

    private TemplateLiteral ParseTemplate()
    {
        var start = Start;
        var quasis = new List<int> { Current.Value };
        var expressions = BeginList();
        if (Eat(TokenKind.NoSubstitutionTemplate))
        {
            return new TemplateLiteral(SpanFrom(start), [.. quasis], []);
        }

        Next();
        var savedNoIn = _noIn;
        _noIn = false;
        while (true)
        {
            Push(ParseExpression());
            if (At(TokenKind.TemplateMiddle))
            {
                quasis.Add(Current.Value);
                Next();
                continue;
            }

            if (At(TokenKind.TemplateTail))
            {
                quasis.Add(Current.Value);
                Next();
                break;
            }

            ReportUnexpected("'}'");
            while (!At(TokenKind.TemplateTail) && !At(TokenKind.EndOfFile))
            {
                Next();
            }

            quasis.Add(Current.Value);
            Next();
            break;
        }

        _noIn = savedNoIn;
        return new TemplateLiteral(SpanFrom(start), [.. quasis], EndList<Expression>(expressions));
    }

    /// <summary>Whether a token can start an array element (a missing ',' before it is then reported and parsing goes on).</summary>
    private static bool StartsElement(TokenKind kind) => kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number
        or TokenKind.OpenBracket or TokenKind.OpenBrace or TokenKind.DotDotDot or TokenKind.True or TokenKind.False or TokenKind.Null
        or TokenKind.This or TokenKind.New or TokenKind.Function or TokenKind.NoSubstitutionTemplate or TokenKind.TemplateHead;

    private ArrayLiteral ParseArrayLiteral()
    {
        var start = Start;
        Next();
        var savedNoIn = _noIn;
        _noIn = false;
        var elements = BeginList();
        while (!At(TokenKind.CloseBracket) && !At(TokenKind.EndOfFile))
        {
            if (Eat(TokenKind.Comma))
            {
                Push(null);
                continue;
            }

            var elementStart = Start;
            var before = _pos;
            var isSpread = Eat(TokenKind.DotDotDot);
            var element = ParseAssignment();
            Push(isSpread ? new SpreadElement(SpanFrom(elementStart), element) : element);
            if (_pos == before || (!Eat(TokenKind.Comma) && !MissingComma(StartsElement(Kind))))
            {
                break;
            }
        }

        _noIn = savedNoIn;
        Expect(TokenKind.CloseBracket);
        return new ArrayLiteral(SpanFrom(start), EndList<Expression?>(elements));
    }
}

using Phasor.Script.Diagnostics;

namespace Phasor.Script.Syntax;

/// <summary>Left-hand-side expressions: member accesses, calls, optional chains and argument lists, with the positions V8 reports errors at.</summary>
internal sealed partial class Parser
{
    private Expression ParseLeftHandSide()
    {
        var start = Start;
        var expression = At(TokenKind.New) ? ParseNew() : ParsePrimary();
        return ParseCallTail(start, expression, allowCalls: true);
    }

    /// <summary>Member accesses, calls, optional chains, non-null assertions and generic call type arguments after a primary expression.</summary>
    private Expression ParseCallTail(int start, Expression expression, bool allowCalls)
    {
        var inOptionalChain = false;

        // V8 positions a.b at the name, but a property access after a call or an optional link at its dot.
        var afterCall = false;
        while (true)
        {
            switch (Kind)
            {
                case TokenKind.Dot:
                    var dot = Start;
                    Next();
                    expression = ParseMemberName(start, expression, optional: false, afterCall ? dot : -1);
                    continue;
                case TokenKind.QuestionDot when allowCalls:
                    var questionDot = Start;
                    Next();
                    inOptionalChain = true;
                    afterCall = true;
                    if (At(TokenKind.Less))
                    {
                        SkipTypeArguments();
                    }

                    if (At(TokenKind.OpenParen))
                    {
                        var callPosition = CallPosition(expression);
                        var optionalArguments = ParseArguments();
                        expression = new CallExpression(SpanFrom(start), expression, optionalArguments, true) { Position = callPosition };
                        afterCall = true;
                    }
                    else if (At(TokenKind.OpenBracket))
                    {
                        var bracket = Start;
                        Next();
                        var index = ParseExpression();
                        Expect(TokenKind.CloseBracket);
                        expression = new IndexExpression(SpanFrom(start), expression, index, true) { BracketPosition = bracket };
                    }
                    else
                    {
                        expression = ParseMemberName(start, expression, optional: true, questionDot);
                    }

                    continue;
                case TokenKind.OpenBracket:
                    var bracketStart = Start;
                    Next();
                    var savedNoIn = _noIn;
                    _noIn = false;
                    var element = ParseExpression();
                    _noIn = savedNoIn;
                    Expect(TokenKind.CloseBracket);
                    expression = new IndexExpression(SpanFrom(start), expression, element, false) { BracketPosition = bracketStart };
                    continue;
                case TokenKind.OpenParen when allowCalls:
                    var position = CallPosition(expression);
                    var arguments = ParseArguments();
                    expression = new CallExpression(SpanFrom(start), expression, arguments, false) { Position = position };
                    afterCall = true;
                    continue;
                case TokenKind.Exclamation when !Current.NewLineBefore:
                    // TypeScript's non-null assertion: erased.
                    Next();
                    continue;
                case TokenKind.Less when allowCalls && TryParseTypeArgumentsForCall():
                    continue;
                case TokenKind.NoSubstitutionTemplate:
                case TokenKind.TemplateHead:
                    Report(DiagnosticCatalogue.TaggedTemplatesNotSupported, Current.Span);
                    ParseTemplate();
                    continue;
                default:
                    return inOptionalChain ? new OptionalChain(SpanFrom(start), expression) : expression;
            }
        }
    }

    /// <summary>
    /// Where V8 positions a call whose <c>(</c> is the current token: at the name just before it (an identifier, a
    /// property name or <c>super</c>), else at the parenthesis. Erased TypeScript (<c>f&lt;T&gt;(</c>, <c>a.b!(</c>) counts
    /// as absent, so the callee's own name is used.
    /// </summary>
    private int CallPosition(Expression callee)
    {
        var previous = _pos > 0 ? _tokens[_pos - 1].Kind : TokenKind.EndOfFile;
        if (previous is TokenKind.Greater or TokenKind.GreaterGreater or TokenKind.GreaterGreaterGreater or TokenKind.Exclamation)
        {
            return callee switch
            {
                Identifier or SuperExpression => callee.Span.Start,
                MemberExpression m => m.NamePosition,
                _ => Start,
            };
        }

        return previous == TokenKind.Identifier || Keywords.IsKeyword(previous) ? PreviousStart : Start;
    }

    /// <summary>Parses the name after a dot; <paramref name="position"/> is where errors are reported, -1 for the name itself.</summary>
    private MemberExpression ParseMemberName(int start, Expression target, bool optional, int position)
    {
        if (At(TokenKind.PrivateName))
        {
            Report(DiagnosticCatalogue.PrivateNamesNotSupported, Current.Span);
        }
        else if (Kind != TokenKind.Identifier && !Keywords.IsKeyword(Kind))
        {
            ReportUnexpected("a property name");
            return new MemberExpression(SpanFrom(start), target, -1, optional);
        }

        var name = Current.Value;
        var namePosition = position >= 0 ? position : Start;
        Next();
        return new MemberExpression(SpanFrom(start), target, name, optional) { NamePosition = namePosition };
    }

    /// <summary>Tries <c>&lt;T, U&gt;</c> before a call's parenthesis (TypeScript's rule: type arguments only if a call follows).</summary>
    private bool TryParseTypeArgumentsForCall()
    {
        var state = BeginSpeculation();
        SkipTypeArguments();
        return EndSpeculation(state, At(TokenKind.OpenParen));
    }

    private Expression[] ParseArguments()
    {
        Expect(TokenKind.OpenParen);
        var savedNoIn = _noIn;
        _noIn = false;
        var arguments = BeginList();
        while (!At(TokenKind.CloseParen) && !At(TokenKind.EndOfFile))
        {
            var start = Start;
            var before = _pos;
            if (Eat(TokenKind.DotDotDot))
            {
                var spread = ParseAssignment();
                Push(new SpreadElement(SpanFrom(start), spread));
            }
            else
            {
                Push(ParseAssignment());
            }

            if (_pos == before || !Eat(TokenKind.Comma))
            {
                break;
            }
        }

        _noIn = savedNoIn;
        Expect(TokenKind.CloseParen);
        return EndList<Expression>(arguments);
    }
}

using Phasor.Script.Diagnostics;
using Phasor.Script.Text;

namespace Phasor.Script.Syntax;

/// <summary>Object literals and property keys.</summary>
internal sealed partial class Parser
{
    private PropertyKey ParsePropertyKey()
    {
        var start = Start;
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.String:
                Next();
                return new PropertyKey(SpanFrom(start), PropertyKeyKind.String, token.Value, 0, null);
            case TokenKind.Number:
                Next();
                return new PropertyKey(SpanFrom(start), PropertyKeyKind.Number, -1, _lexer.GetNumber(token.Value), null);
            case TokenKind.OpenBracket:
                Next();
                var savedNoIn = _noIn;
                _noIn = false;
                var computed = ParseAssignment();
                _noIn = savedNoIn;
                Expect(TokenKind.CloseBracket);
                return new PropertyKey(SpanFrom(start), PropertyKeyKind.Computed, -1, 0, computed);
            case TokenKind.PrivateName:
                Report(DiagnosticCatalogue.PrivateNamesNotSupported, token.Span);
                Next();
                return new PropertyKey(SpanFrom(start), PropertyKeyKind.Name, token.Value, 0, null);
            default:
                if (token.Kind == TokenKind.Identifier || Keywords.IsKeyword(token.Kind))
                {
                    Next();
                    return new PropertyKey(SpanFrom(start), PropertyKeyKind.Name, token.Value, 0, null);
                }

                ReportUnexpected("a property name");
                return new PropertyKey(new TextSpan(start, 0), PropertyKeyKind.Name, -1, 0, null);
        }
    }

    /// <summary>Whether the token after a get/set/static/async word continues a member (so that word is a modifier, not the key).</summary>
    private bool IsModifierFollowedByKey()
    {
        var next = Peek(1);
        return !next.NewLineBefore && (next.Kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number or TokenKind.OpenBracket
            or TokenKind.PrivateName or TokenKind.Asterisk || Keywords.IsKeyword(next.Kind));
    }

    private ObjectLiteral ParseObjectLiteral()
    {
        var start = Start;
        Next();
        var savedNoIn = _noIn;
        _noIn = false;
        var properties = BeginList();
        while (!At(TokenKind.CloseBrace) && !At(TokenKind.EndOfFile))
        {
            var before = _pos;
            Push(ParseObjectProperty());
            if (_pos == before || (!Eat(TokenKind.Comma) && !MissingComma(StartsProperty(Kind))))
            {
                break;
            }
        }

        _noIn = savedNoIn;
        Expect(TokenKind.CloseBrace);
        return new ObjectLiteral(SpanFrom(start), EndList<ObjectProperty>(properties));
    }

    /// <summary>Whether a token can start an object literal property (so a missing comma before it is the likely mistake).</summary>
    private static bool StartsProperty(TokenKind kind) => kind is TokenKind.Identifier or TokenKind.String or TokenKind.Number
        or TokenKind.OpenBracket or TokenKind.DotDotDot || Keywords.IsKeyword(kind);

    /// <summary>After a list element with no ',' or closer after it: when the next token starts another element, reports the missing ',' and lets the list go on.</summary>
    private bool MissingComma(bool startsElement)
    {
        if (!startsElement)
        {
            return false;
        }

        ReportUnexpected("','");
        return true;
    }

    private ObjectProperty ParseObjectProperty()
    {
        var start = Start;
        if (Eat(TokenKind.DotDotDot))
        {
            var spread = ParseAssignment();
            return new ObjectProperty(SpanFrom(start), ObjectPropertyKind.Spread, null, spread);
        }

        if (At(TokenKind.Async) && IsModifierFollowedByKey())
        {
            Report(DiagnosticCatalogue.AsyncNotSupported, Current.Span);
            Next();
        }

        if (At(TokenKind.Asterisk))
        {
            Report(DiagnosticCatalogue.GeneratorsNotSupported, Current.Span);
            _pendingGenerator = true;
            Next();
        }

        if ((At(TokenKind.Get) || At(TokenKind.Set)) && IsModifierFollowedByKey())
        {
            var kind = At(TokenKind.Get) ? FunctionKind.Getter : FunctionKind.Setter;
            Next();
            var accessorKey = ParsePropertyKey();
            var accessor = ParseMethod(start, kind, bodyOptional: false)!;
            var propertyKind = kind == FunctionKind.Getter ? ObjectPropertyKind.Getter : ObjectPropertyKind.Setter;
            return new ObjectProperty(SpanFrom(start), propertyKind, accessorKey, accessor);
        }

        var keyToken = Current;
        var key = ParsePropertyKey();
        if (At(TokenKind.OpenParen) || At(TokenKind.Less))
        {
            var method = ParseMethod(start, FunctionKind.Method, bodyOptional: false)!;
            return new ObjectProperty(SpanFrom(start), ObjectPropertyKind.Method, key, method);
        }

        if (Eat(TokenKind.Colon))
        {
            var propertyValue = ParseAssignment();
            return new ObjectProperty(SpanFrom(start), ObjectPropertyKind.Value, key, propertyValue);
        }

        if (key.KeyKind != PropertyKeyKind.Name || !IsIdentifierToken(keyToken.Kind))
        {
            ReportUnexpected("':'");
            return new ObjectProperty(SpanFrom(start), ObjectPropertyKind.Value, key, new ErrorExpression(Current.Span));
        }

        Expression value = new Identifier(key.Span, key.NameId);
        var equalsStart = Start;
        if (Eat(TokenKind.Equals))
        {
            // "{ a = 1 }" is only valid as a destructuring target; it is reported unless it becomes one.
            var initializer = ParseAssignment();
            var cover = new AssignmentExpression(SpanFrom(start), null, value, initializer);
            _coverInitializers.Add((cover, equalsStart));
            value = cover;
        }

        return new ObjectProperty(SpanFrom(start), ObjectPropertyKind.Shorthand, key, value);
    }
}

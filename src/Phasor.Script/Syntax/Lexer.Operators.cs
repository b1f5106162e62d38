using System.Runtime.CompilerServices;

namespace Phasor.Script.Syntax;

/// <summary>Operators and punctuators of more than one possible length, longest match first.</summary>
internal sealed partial class Lexer
{
    /// <summary>
    /// The operator that starts at <paramref name="at"/>, packed as <c>length &lt;&lt; 8 | kind</c>, or 0 when the
    /// character starts something else there: a comment (<c>//</c>, <c>/*</c>), a number (<c>.5</c>) or no operator.
    /// </summary>
    /// <remarks>
    /// Reads through a reference with no bounds checks, one character after another and only while the text so far
    /// could continue the operator. That is safe at the end of the text because a .NET string is followed by a '\0',
    /// which continues no operator. The packed result comes back in one register, which both the fast path and
    /// <see cref="Next"/> use.
    /// </remarks>
    private static int ScanOperator(ref char at)
    {
        var next = Unsafe.Add(ref at, 1);
        switch (at)
        {
            case '.':
                if (char.IsAsciiDigit(next))
                {
                    return 0;
                }

                return next == '.' && Unsafe.Add(ref at, 2) == '.' ? Packed(TokenKind.DotDotDot, 3) : Packed(TokenKind.Dot, 1);
            case '?':
                if (next == '?')
                {
                    return Unsafe.Add(ref at, 2) == '=' ? Packed(TokenKind.QuestionQuestionEquals, 3) : Packed(TokenKind.QuestionQuestion, 2);
                }

                // "a?.5:b" is a conditional, not an optional chain.
                return next == '.' && !char.IsAsciiDigit(Unsafe.Add(ref at, 2)) ? Packed(TokenKind.QuestionDot, 2) : Packed(TokenKind.Question, 1);
            case '=':
                if (next == '>')
                {
                    return Packed(TokenKind.Arrow, 2);
                }

                return next == '=' ? (Unsafe.Add(ref at, 2) == '=' ? Packed(TokenKind.EqualEqualEqual, 3) : Packed(TokenKind.EqualEqual, 2)) : Packed(TokenKind.Equals, 1);
            case '!':
                return next == '=' ? (Unsafe.Add(ref at, 2) == '=' ? Packed(TokenKind.ExclamationEqualEqual, 3) : Packed(TokenKind.ExclamationEqual, 2)) : Packed(TokenKind.Exclamation, 1);
            case '+':
                return next == '+' ? Packed(TokenKind.PlusPlus, 2) : next == '=' ? Packed(TokenKind.PlusEquals, 2) : Packed(TokenKind.Plus, 1);
            case '-':
                return next == '-' ? Packed(TokenKind.MinusMinus, 2) : next == '=' ? Packed(TokenKind.MinusEquals, 2) : Packed(TokenKind.Minus, 1);
            case '*':
                return Doubling(ref at, next, TokenKind.Asterisk, TokenKind.AsteriskEquals, TokenKind.AsteriskAsterisk, TokenKind.AsteriskAsteriskEquals);
            case '/':
                if (next is '/' or '*')
                {
                    return 0;
                }

                return next == '=' ? Packed(TokenKind.SlashEquals, 2) : Packed(TokenKind.Slash, 1);
            case '%':
                return next == '=' ? Packed(TokenKind.PercentEquals, 2) : Packed(TokenKind.Percent, 1);
            case '^':
                return next == '=' ? Packed(TokenKind.CaretEquals, 2) : Packed(TokenKind.Caret, 1);
            case '&':
                return Doubling(ref at, next, TokenKind.Ampersand, TokenKind.AmpersandEquals, TokenKind.AmpersandAmpersand, TokenKind.AmpersandAmpersandEquals);
            case '|':
                return Doubling(ref at, next, TokenKind.Bar, TokenKind.BarEquals, TokenKind.BarBar, TokenKind.BarBarEquals);
            case '<':
                return Doubling(ref at, next, TokenKind.Less, TokenKind.LessEqual, TokenKind.LessLess, TokenKind.LessLessEquals);
            case '>':
                if (next == '>')
                {
                    if (Unsafe.Add(ref at, 2) == '>')
                    {
                        return Unsafe.Add(ref at, 3) == '=' ? Packed(TokenKind.GreaterGreaterGreaterEquals, 4) : Packed(TokenKind.GreaterGreaterGreater, 3);
                    }

                    return Unsafe.Add(ref at, 2) == '=' ? Packed(TokenKind.GreaterGreaterEquals, 3) : Packed(TokenKind.GreaterGreater, 2);
                }

                return next == '=' ? Packed(TokenKind.GreaterEqual, 2) : Packed(TokenKind.Greater, 1);
            default:
                return 0;
        }
    }

    /// <summary>The four operators spelled with one character <c>c</c> at <paramref name="at"/>: c, c=, cc and cc= (as <c>&amp;</c>, <c>&amp;=</c>, <c>&amp;&amp;</c>, <c>&amp;&amp;=</c>).</summary>
    private static int Doubling(ref char at, char next, TokenKind single, TokenKind singleEquals, TokenKind doubled, TokenKind doubledEquals)
    {
        if (next == at)
        {
            return Unsafe.Add(ref at, 2) == '=' ? Packed(doubledEquals, 3) : Packed(doubled, 2);
        }

        return next == '=' ? Packed(singleEquals, 2) : Packed(single, 1);
    }

    private static int Packed(TokenKind kind, int length) => (length << 8) | (int)kind;
}

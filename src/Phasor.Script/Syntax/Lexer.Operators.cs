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
                if (next == '*')
                {
                    return Unsafe.Add(ref at, 2) == '=' ? Packed(TokenKind.AsteriskAsteriskEquals, 3) : Packed(TokenKind.AsteriskAsterisk, 2);
                }

                return next == '=' ? Packed(TokenKind.AsteriskEquals, 2) : Packed(TokenKind.Asterisk, 1);
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
                if (next == '&')
                {
                    return Unsafe.Add(ref at, 2) == '=' ? Packed(TokenKind.AmpersandAmpersandEquals, 3) : Packed(TokenKind.AmpersandAmpersand, 2);
                }

                return next == '=' ? Packed(TokenKind.AmpersandEquals, 2) : Packed(TokenKind.Ampersand, 1);
            case '|':
                if (next == '|')
                {
                    return Unsafe.Add(ref at, 2) == '=' ? Packed(TokenKind.BarBarEquals, 3) : Packed(TokenKind.BarBar, 2);
                }

                return next == '=' ? Packed(TokenKind.BarEquals, 2) : Packed(TokenKind.Bar, 1);
            case '<':
                if (next == '<')
                {
                    return Unsafe.Add(ref at, 2) == '=' ? Packed(TokenKind.LessLessEquals, 3) : Packed(TokenKind.LessLess, 2);
                }

                return next == '=' ? Packed(TokenKind.LessEqual, 2) : Packed(TokenKind.Less, 1);
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

    private static int Packed(TokenKind kind, int length) => (length << 8) | (int)kind;
}

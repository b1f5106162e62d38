namespace Phasor.Script.Syntax;

/// <summary>The binary and assignment operators as data: precedence, associativity and the operator each token stands for.</summary>
/// <remarks>Higher precedence binds tighter; 0 means "not a binary operator". Levels follow ECMAScript 13.6-13.13.</remarks>
internal static class OperatorTable
{
    public const int RelationalPrecedence = 8;

    private static readonly BinaryInfo[] s_binary = BuildBinary();
    private static readonly BinaryOperator?[] s_compound = BuildCompound();
    private static readonly bool[] s_assignment = BuildAssignment();

    /// <summary>The binary operator a token starts, with its precedence (0 when none).</summary>
    public static BinaryInfo Binary(TokenKind kind) => s_binary[(int)kind];

    /// <summary>Whether the token is = or a compound assignment.</summary>
    public static bool IsAssignment(TokenKind kind) => s_assignment[(int)kind];

    /// <summary>The operator of a compound assignment token (null for plain =).</summary>
    public static BinaryOperator? Compound(TokenKind kind) => s_compound[(int)kind];

    private static BinaryInfo[] BuildBinary()
    {
        var table = new BinaryInfo[256];
        void Row(TokenKind kind, int precedence, BinaryOperator op, bool right = false) => table[(int)kind] = new BinaryInfo(precedence, op, right);
        Row(TokenKind.QuestionQuestion, 1, BinaryOperator.Coalesce);
        Row(TokenKind.BarBar, 2, BinaryOperator.LogicalOr);
        Row(TokenKind.AmpersandAmpersand, 3, BinaryOperator.LogicalAnd);
        Row(TokenKind.Bar, 4, BinaryOperator.BitwiseOr);
        Row(TokenKind.Caret, 5, BinaryOperator.BitwiseXor);
        Row(TokenKind.Ampersand, 6, BinaryOperator.BitwiseAnd);
        Row(TokenKind.EqualEqual, 7, BinaryOperator.Equal);
        Row(TokenKind.ExclamationEqual, 7, BinaryOperator.NotEqual);
        Row(TokenKind.EqualEqualEqual, 7, BinaryOperator.StrictEqual);
        Row(TokenKind.ExclamationEqualEqual, 7, BinaryOperator.StrictNotEqual);
        Row(TokenKind.Less, RelationalPrecedence, BinaryOperator.Less);
        Row(TokenKind.Greater, RelationalPrecedence, BinaryOperator.Greater);
        Row(TokenKind.LessEqual, RelationalPrecedence, BinaryOperator.LessEqual);
        Row(TokenKind.GreaterEqual, RelationalPrecedence, BinaryOperator.GreaterEqual);
        Row(TokenKind.Instanceof, RelationalPrecedence, BinaryOperator.Instanceof);
        Row(TokenKind.In, RelationalPrecedence, BinaryOperator.In);
        Row(TokenKind.LessLess, 9, BinaryOperator.LeftShift);
        Row(TokenKind.GreaterGreater, 9, BinaryOperator.RightShift);
        Row(TokenKind.GreaterGreaterGreater, 9, BinaryOperator.UnsignedRightShift);
        Row(TokenKind.Plus, 10, BinaryOperator.Add);
        Row(TokenKind.Minus, 10, BinaryOperator.Subtract);
        Row(TokenKind.Asterisk, 11, BinaryOperator.Multiply);
        Row(TokenKind.Slash, 11, BinaryOperator.Divide);
        Row(TokenKind.Percent, 11, BinaryOperator.Remainder);
        Row(TokenKind.AsteriskAsterisk, 12, BinaryOperator.Exponent, right: true);
        return table;
    }

    private static BinaryOperator?[] BuildCompound()
    {
        var table = new BinaryOperator?[256];
        table[(int)TokenKind.PlusEquals] = BinaryOperator.Add;
        table[(int)TokenKind.MinusEquals] = BinaryOperator.Subtract;
        table[(int)TokenKind.AsteriskEquals] = BinaryOperator.Multiply;
        table[(int)TokenKind.SlashEquals] = BinaryOperator.Divide;
        table[(int)TokenKind.PercentEquals] = BinaryOperator.Remainder;
        table[(int)TokenKind.AsteriskAsteriskEquals] = BinaryOperator.Exponent;
        table[(int)TokenKind.LessLessEquals] = BinaryOperator.LeftShift;
        table[(int)TokenKind.GreaterGreaterEquals] = BinaryOperator.RightShift;
        table[(int)TokenKind.GreaterGreaterGreaterEquals] = BinaryOperator.UnsignedRightShift;
        table[(int)TokenKind.AmpersandEquals] = BinaryOperator.BitwiseAnd;
        table[(int)TokenKind.BarEquals] = BinaryOperator.BitwiseOr;
        table[(int)TokenKind.CaretEquals] = BinaryOperator.BitwiseXor;
        table[(int)TokenKind.AmpersandAmpersandEquals] = BinaryOperator.LogicalAnd;
        table[(int)TokenKind.BarBarEquals] = BinaryOperator.LogicalOr;
        table[(int)TokenKind.QuestionQuestionEquals] = BinaryOperator.Coalesce;
        return table;
    }

    private static bool[] BuildAssignment()
    {
        var table = new bool[256];
        table[(int)TokenKind.Equals] = true;
        for (var kind = TokenKind.PlusEquals; kind <= TokenKind.QuestionQuestionEquals; kind++)
        {
            table[(int)kind] = true;
        }

        return table;
    }
}

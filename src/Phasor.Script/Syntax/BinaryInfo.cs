namespace Phasor.Script.Syntax;

/// <summary>One row of the binary operator table.</summary>
internal readonly record struct BinaryInfo(int Precedence, BinaryOperator Operator, bool IsRightAssociative);

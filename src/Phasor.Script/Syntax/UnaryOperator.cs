namespace Phasor.Script.Syntax;

/// <summary>Prefix operators other than ++ and --.</summary>
internal enum UnaryOperator
{
    Plus,
    Minus,
    Not,
    BitwiseNot,
    Typeof,
    Void,
    Delete,
}

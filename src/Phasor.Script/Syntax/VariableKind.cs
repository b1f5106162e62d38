namespace Phasor.Script.Syntax;

/// <summary>The keyword of a variable declaration.</summary>
internal enum VariableKind
{
    Var,
    Let,
    Const,
}

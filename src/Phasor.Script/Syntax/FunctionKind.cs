namespace Phasor.Script.Syntax;

/// <summary>What a function is: a plain function, an arrow (lexical this), a method, an accessor or a class constructor.</summary>
internal enum FunctionKind
{
    Normal,
    Arrow,
    Method,
    Getter,
    Setter,
    Constructor,
}

namespace Phasor.Script.Syntax;

/// <summary>TypeScript modifiers on a constructor parameter; any of them makes it a parameter property (the constructor starts with <c>this.x = x</c>).</summary>
[Flags]
internal enum ParameterModifiers
{
    None = 0,
    Public = 1,
    Private = 2,
    Protected = 4,
    Readonly = 8,
    Override = 16,
}

namespace Phasor.Wasm.Model;

/// <summary>A global defined by the module: its type and initialiser (spec 2.5.6).</summary>
/// <param name="Type">The type.</param>
/// <param name="Init">The initialiser.</param>
public sealed record GlobalDefinition(GlobalType Type, ConstantExpression Init);

namespace Phasor.Wasm;

/// <summary>Configuration of a <see cref="WasmEngine"/>.</summary>
public sealed record WasmEngineOptions
{
    /// <summary>Gets the execution tier modules are compiled for.</summary>
    public WasmTier Tier { get; init; } = WasmTier.Interpreter;

    /// <summary>Gets the interpreter's lowering rewrites (for measuring them; all on by default).</summary>
    internal Interpreter.LoweringOptions Lowering { get; init; } = Interpreter.LoweringOptions.Default;
}

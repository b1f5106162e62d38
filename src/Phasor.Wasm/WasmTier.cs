namespace Phasor.Wasm;

/// <summary>Which execution tier an engine compiles modules for.</summary>
public enum WasmTier
{
    /// <summary>The interpreter over a predecoded register IR (fast to load; see docs/wasm-interpreter.md).</summary>
    Interpreter,
}

namespace Phasor.Wasm.Tests.Spec;

/// <summary>
/// The execution back end of each engine tier for the conformance theory. While a tier returns null, its execution
/// commands are counted as not run (and printed), and only module-level commands are asserted.
/// </summary>
internal static class SpecTier
{
    /// <summary>Creates the interpreter tier's execution for one file; the runtime plugs in here.</summary>
    public static ISpecExecution? CreateInterpreter() => new Execution.EngineExecution(new WasmEngineOptions { Tier = WasmTier.Interpreter });
}

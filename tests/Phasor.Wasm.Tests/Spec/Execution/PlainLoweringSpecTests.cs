using Phasor.Wasm.Interpreter;
using Xunit.Abstractions;

namespace Phasor.Wasm.Tests.Spec.Execution;

/// <summary>
/// The spec suite once more on the interpreter with every lowering rewrite off (no superinstructions, no retargeted
/// results): the rewrites must not change any outcome, and the plain translation must stay correct on its own.
/// </summary>
public sealed class PlainLoweringSpecTests(ITestOutputHelper output)
{
    public static TheoryData<string> Files => SpecFiles.Runnable();

    [Theory]
    [MemberData(nameof(Files))]
    public void InterpreterWithoutRewrites(string file)
    {
        var report = SpecRunner.Run(file, new EngineExecution(new WasmEngineOptions { Lowering = LoweringOptions.None }));
        output.WriteLine(report.ToString());
        Assert.True(report.Failures.Count == 0, report.ToString());
    }
}

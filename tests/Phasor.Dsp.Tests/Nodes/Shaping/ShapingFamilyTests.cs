using Phasor.Dsp.Kernels;
using Phasor.Dsp.Nodes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Shaping;

public sealed class ShapingFamilyTests
{
    private const string Category = "Shaping and mixing";

    public static TheoryData<string> Types() => new(TypeNames());

    [Fact]
    public void Family_HasEveryNodeTypeOfTheBrief()
    {
        string[] expected = ["gain", "mix", "pan", "xfade", "saturate", "clip", "wavefold", "add", "sub", "mul", "div", "min", "max", "abs", "clamp", "pow", "mtof", "dbtoa", "scale"];
        var types = TypeNames();
        Assert.Equal(expected.Order(), types.Order());
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Kernel_RendersFiniteOutputThatDoesNotDependOnBlockSize(string type)
    {
        var kernel = NodeLibrary.All.Single(k => k.Spec.Type == type);

        // Defaults everywhere except a moving first input, so the per-sample path runs too.
        var signal = new float[1000];
        for (var i = 0; i < signal.Length; i++)
        {
            signal[i] = (float)((0.8 * Math.Sin(2 * Math.PI * 440 * i / 48000.0)) + (0.1 * Math.Sin(i * 0.37)));
        }

        float[][]? reference = null;
        foreach (var block in new[] { 1, 7, 128 })
        {
            var outputs = new KernelHarness(kernel).Feed(kernel.Spec.Inputs[0].Name, signal).Render(signal.Length, block);
            foreach (var output in outputs)
            {
                Assert.All(output, v => Assert.True(float.IsFinite(v)));
            }

            if (reference is null)
            {
                reference = outputs;
                continue;
            }

            for (var o = 0; o < outputs.Length; o++)
            {
                Assert.Equal(reference[o], outputs[o]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Kernel_ConstantInputsGiveTheSameAsTheSameValuesFed(string type)
    {
        // The hoisted constant paths must agree with the per-sample paths.
        var kernel = NodeLibrary.All.Single(k => k.Spec.Type == type);
        var constant = new KernelHarness(kernel);
        var fed = new KernelHarness(kernel);
        for (var i = 0; i < kernel.Spec.Inputs.Count; i++)
        {
            var port = kernel.Spec.Inputs[i];
            var value = port.Default == 0 ? 0.3 + (0.1 * i) : port.Default * 0.75;
            constant.Set(port.Name, value);
            fed.Feed(port.Name, Enumerable.Repeat((float)value, 64).ToArray());
        }

        var a = constant.Render(64);
        var b = fed.Render(64);
        for (var o = 0; o < a.Length; o++)
        {
            for (var i = 0; i < 64; i++)
            {
                Assert.Equal(b[o][i], a[o][i], 6);
            }
        }
    }

    [Fact]
    public void Nonlinear_Kernels_SuggestOversampling()
    {
        foreach (var kernel in NodeLibrary.All)
        {
            if (kernel.Spec.Type is "saturate" or "wavefold" or "clip")
            {
                Assert.True(kernel.Spec.SuggestsOversampling, kernel.Spec.Type);
            }
        }
    }

    private static string[] TypeNames() => NodeLibrary.All.Where(k => k.Spec.Category == Category).Select(k => k.Spec.Type).ToArray();

    internal static NodeKernel Kernel(string type) => NodeLibrary.All.Single(k => k.Spec.Type == type);
}

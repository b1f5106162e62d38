using Phasor.Dsp.Nodes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Delays;

public sealed class DelaysFamilyTests
{
    public static TheoryData<string> Types()
    {
        var types = new TheoryData<string>();
        foreach (var kernel in NodeLibrary.All)
        {
            if (kernel.Spec.Category == "Delays and space")
            {
                types.Add(kernel.Spec.Type);
            }
        }

        return types;
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Family_DefaultsWithNoiseIn_RenderFiniteAndIndependentOfBlockSize(string type)
    {
        const int frames = 20000;
        var kernel = NodeLibrary.All.Single(k => k.Spec.Type == type);
        float[][] Render(int block)
        {
            var harness = new KernelHarness(kernel);
            var seed = 1;
            foreach (var port in kernel.Spec.Inputs)
            {
                if (port.Name is "in" or "left" or "right")
                {
                    harness.Feed(port.Name, DelaySignals.Noise(frames, seed++));
                }
            }

            return harness.Render(frames, block);
        }

        var reference = Render(128);
        foreach (var output in reference)
        {
            Assert.True(DelaySignals.AllFinite(output), $"'{type}' renders non-finite samples");
            Assert.True(Measure.Rms(output) > 1e-3, $"'{type}' is silent: the test would prove nothing");
        }

        foreach (var block in new[] { 1, 7 })
        {
            var outputs = Render(block);
            for (var o = 0; o < reference.Length; o++)
            {
                Assert.Equal(reference[o], outputs[o]);
            }
        }
    }
}

using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Nodes.Oscillators;

public sealed class OscillatorFamilyTests
{
    public static TheoryData<string> Types() => [.. Oscillators.All.Select(k => k.Spec.Type)];

    [Fact]
    public void Family_HasEveryOscillator()
    {
        string[] expected = ["sine", "saw", "square", "pulse", "triangle", "phasor", "noise", "pink"];

        Assert.Equal(expected, Oscillators.All.Select(k => k.Spec.Type));
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Oscillator_DefaultInputs_RenderFiniteOutputIndependentOfBlockSize(string type)
    {
        var kernel = Oscillators.Kernel(type);

        var reference = new KernelHarness(kernel).Render1(1000, block: 128);
        var single = new KernelHarness(kernel).Render1(1000, block: 1);
        var odd = new KernelHarness(kernel).Render1(1000, block: 7);

        Assert.All(reference, v => Assert.True(float.IsFinite(v) && Math.Abs(v) <= 1.5f, $"{type} gave {v}"));
        Assert.True(Measure.Rms(reference) > 0.1, $"{type} is silent");
        Assert.Equal(reference, single);
        Assert.Equal(reference, odd);
    }

    [Theory]
    [MemberData(nameof(Types))]
    public void Oscillator_ModulatedInputs_RenderIndependentOfBlockSize(string type)
    {
        var kernel = Oscillators.Kernel(type);
        var fm = Measure.Sine(5, 48000, 2000, 300);
        for (var i = 0; i < fm.Length; i++)
        {
            fm[i] += 500;
        }

        var pm = Measure.Sine(37, 48000, 2000, 0.3);
        var sync = Oscillators.PulseTrain(333, 2000);
        KernelHarness Make()
        {
            var h = new KernelHarness(kernel);
            if (kernel.Spec.InputIndex("freq") >= 0)
            {
                h.Feed("freq", fm).Feed("pm", pm).Feed("sync", sync);
            }

            return h;
        }

        var reference = Make().Render1(2000, block: 128);

        Assert.Equal(reference, Make().Render1(2000, block: 1));
        Assert.Equal(reference, Make().Render1(2000, block: 7));
    }
}

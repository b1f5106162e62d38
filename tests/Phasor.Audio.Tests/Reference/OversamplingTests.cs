using Phasor.Audio.Tests.Support;

namespace Phasor.Audio.Tests.Reference;

public sealed class OversamplingTests
{
    private static string Saturated(int factor) => $$"""
        { "nodes": [
            { "id": "s", "type": "sine", "freq": 5000 },
            { "id": "sat", "type": "saturate", "in": "s", "drive": 10, "oversample": {{factor}} }
          ], "outputs": ["sat"] }
        """;

    /// <summary>Energy of a signal away from the harmonics of 5 kHz, below 20 kHz: what aliasing adds.</summary>
    private static double AliasEnergy(float[] x)
    {
        const int N = 4800; // 10 Hz bins; 5 kHz harmonics fall on bins 500, 1000, ...
        var start = x.Length - N;
        double energy = 0;
        for (var k = 10; k < 2000; k++)
        {
            if (k % 500 is < 3 or > 497)
            {
                continue;
            }

            double re = 0, im = 0;
            for (var i = 0; i < N; i++)
            {
                var w = 0.5 - (0.5 * Math.Cos(2 * Math.PI * i / (N - 1)));
                re += x[start + i] * w * Math.Cos(2 * Math.PI * k * i / N);
                im -= x[start + i] * w * Math.Sin(2 * Math.PI * k * i / N);
            }

            energy += (re * re) + (im * im);
        }

        return energy;
    }

    [Fact]
    public void OversampledSaturation_AliasesFarLessThanAt1x()
    {
        var direct = AliasEnergy(TestRender.Mono(Saturated(1), 0.2));
        var oversampled = AliasEnergy(TestRender.Mono(Saturated(4), 0.2));

        Assert.True(10 * Math.Log10(direct / oversampled) > 20, $"only {10 * Math.Log10(direct / oversampled):F1} dB less aliasing");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    [InlineData(8)]
    public void OversampledLinearNode_KeepsTheSignalsLevelAndPitch(int factor)
    {
        var output = TestRender.Mono($$"""
            { "nodes": [
                { "id": "s", "type": "sine", "freq": 1000 },
                { "id": "g", "type": "gain", "in": "s", "oversample": {{factor}} }
              ], "outputs": ["g"] }
            """, 0.2);

        var tail = output.AsSpan(4800);
        Assert.InRange(TestRender.Frequency(tail, 48000), 999.9, 1000.1);
        Assert.InRange(TestRender.Peak(tail), 0.99, 1.01);
    }
}

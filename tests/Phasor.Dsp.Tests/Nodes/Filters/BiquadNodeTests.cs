using Phasor.Dsp.Nodes.Filters;
using static Phasor.Dsp.Tests.Nodes.Filters.FilterResponse;

namespace Phasor.Dsp.Tests.Nodes.Filters;

public sealed class BiquadNodeTests
{
    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Biquad_LowPass_IsMinus3dBAtCutoff(double cutoff) =>
        AssertMinus3dBNear(() => Harness(new BiquadNode(), "lowpass").Set("cutoff", cutoff).Set("q", 0.7071), "out", cutoff, lowPass: true);

    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Biquad_HighPass_IsMinus3dBAtCutoff(double cutoff) =>
        AssertMinus3dBNear(() => Harness(new BiquadNode(), "highpass").Set("cutoff", cutoff).Set("q", 0.7071), "out", cutoff, lowPass: false);

    [Fact]
    public void Biquad_LowPass_Falls12dBPerOctave()
    {
        var h = () => Harness(new BiquadNode(), "lowpass").Set("cutoff", 200);
        var slope = GainDb(h, "out", 1600) - GainDb(h, "out", 3200);

        Assert.InRange(slope, 11.5, 12.5);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    [InlineData(5000)]
    public void Biquad_Notch_IsDeeperThan40dBAtCentre(double centre)
    {
        var h = () => Harness(new BiquadNode(), "notch").Set("cutoff", centre).Set("q", 2);

        Assert.True(GainDb(h, "out", centre) < -40);
        Assert.InRange(GainDb(h, "out", centre * 4), -1, 0.1);
    }

    [Theory]
    [InlineData(200, 0.7071)]
    [InlineData(1000, 5)]
    [InlineData(5000, 20)]
    public void Biquad_BandPass_PeaksAt0dBAtCentre(double centre, double q)
    {
        var h = () => Harness(new BiquadNode(), "bandpass").Set("cutoff", centre).Set("q", q);

        Assert.InRange(GainDb(h, "out", centre), -0.5, 0.5);
        Assert.True(GainDb(h, "out", centre * 2) < -3, "an octave off the centre must be down");
    }

    [Theory]
    [InlineData(12)]
    [InlineData(-18)]
    public void Biquad_Peak_GainAtCentreIsDb(double db)
    {
        var h = () => Harness(new BiquadNode(), "peak").Set("cutoff", 1000).Set("q", 2).Set("db", db);

        Assert.InRange(GainDb(h, "out", 1000), db - 0.5, db + 0.5);
        Assert.InRange(GainDb(h, "out", 10000), -0.5, 0.5);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(-15)]
    public void Biquad_LowShelf_GainBelowCornerIsDb(double db)
    {
        var h = () => Harness(new BiquadNode(), "lowshelf").Set("cutoff", 1000).Set("db", db);

        Assert.InRange(GainDb(h, "out", 30), db - 0.5, db + 0.5);
        Assert.InRange(GainDb(h, "out", 15000), -0.5, 0.5);
    }

    [Theory]
    [InlineData(9)]
    [InlineData(-15)]
    public void Biquad_HighShelf_GainAboveCornerIsDb(double db)
    {
        var h = () => Harness(new BiquadNode(), "highshelf").Set("cutoff", 1000).Set("db", db);

        Assert.InRange(GainDb(h, "out", 20000), db - 0.5, db + 0.5);
        Assert.InRange(GainDb(h, "out", 50), -0.5, 0.5);
    }

    [Fact]
    public void Biquad_ShelfMidpoint_IsHalfTheDb()
    {
        // The cookbook places the shelf's midpoint gain (db/2) at the corner frequency.
        var h = () => Harness(new BiquadNode(), "lowshelf").Set("cutoff", 1000).Set("db", 12);

        Assert.InRange(GainDb(h, "out", 1000), 5.5, 6.5);
    }
}

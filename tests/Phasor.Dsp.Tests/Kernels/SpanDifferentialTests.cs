using Phasor.Dsp.Nodes;
using Phasor.Dsp.Tests.Support;

namespace Phasor.Dsp.Tests.Kernels;

/// <summary>
/// Every span form is its tick form run over a block: the same float outputs and the same state at each block end,
/// bit for bit, on every voice's signals from <see cref="LaneSignals"/> (held gates and retriggers, FM through zero,
/// parameters changing between blocks) and over blocks of uneven sizes.
/// </summary>
public sealed class SpanDifferentialTests
{
    private const int Frames = 6000;

    public static TheoryData<string> SpanTypes => [.. NodeLibrary.All.Where(k => k.SpanForm is not null).Select(k => k.Spec.Type)];

    [Theory]
    [MemberData(nameof(SpanTypes))]
    public void SpanForm_MatchesTickForm(string type)
    {
        // The sine's span form sums a block's phase increments in one running sum where the tick form adds and wraps
        // frame by frame: the phase may differ in its last bits, and a float output by one rounding step.
        var (tolerance, loose) = type == "sine" ? (1e-6, new[] { "Phase" }) : (0.0, Array.Empty<string>());

        SpanRunner.Run(NodeLibrary.All.Single(k => k.Spec.Type == type), Frames, tolerance, loose);
    }

    [Fact]
    public void SpanForms_ExistOnlyBesideATickForm()
    {
        Assert.All(NodeLibrary.All.Where(k => k.SpanForm is not null), k => Assert.NotNull(k.TickForm));
    }
}

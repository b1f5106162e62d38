using System.Runtime.InteropServices;
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
        var (tolerance, loose) = Tolerance(type);

        SpanRunner.Run(NodeLibrary.All.Single(k => k.Spec.Type == type), Frames, tolerance, loose);
    }

    // The sine's span form sums a block's phase increments in one running sum where the tick form adds and wraps
    // frame by frame: the phase may differ in its last bits, and a float output by one rounding step.
    private static (double Tolerance, string[] Loose) Tolerance(string type) =>
        type == "sine" ? (1e-6, ["Phase"]) : (0.0, []);

    /// <summary>
    /// The same on values the test signals never reach: NaNs (quiet and signalling, both signs, with payloads), both
    /// zeros, infinities, subnormals and the float extremes, held over stretches (so that blocks are constant, zeros of
    /// both signs among them) and changing every frame, on every input at once. Where two different NaNs meet (an
    /// input's and one made by ∞ · 0, say) x86 keeps the first operand's payload, and the JIT may swap the operands of
    /// a + or a · in the tick form itself, so which payload wins is not the tick form's to define; and whether a
    /// signalling NaN comes out quieted depends on the instructions the JIT picks for the tick form (a Debug build's
    /// clamp passes it through, a Release build's quiets it). So any two NaNs match here (outputs and state); every
    /// other value must match bit for bit, and each voice has one input NaN of its own.
    /// </summary>
    [Theory]
    [MemberData(nameof(SpanTypes))]
    public void SpanForm_MatchesTickForm_OnSpecialValues(string type)
    {
        var kernel = NodeLibrary.All.Single(k => k.Spec.Type == type);
        var (tolerance, loose) = Tolerance(type);
        SpanRunner.Run(kernel, Frames, tolerance, loose, p => SpecialSignals(kernel.Spec.Inputs.ToList().IndexOf(p)), quietNaNsAlike: true);
    }

    private static readonly float[] s_specials =
    [
        0f, -0f, 1f, -1f, 0.5f, -2.5f, 69f, 100f, -1000f, 3e38f, -3e38f, float.MaxValue, float.MinValue, float.Epsilon,
        -float.Epsilon, 1e-40f, -1e-40f, 1e-30f, float.PositiveInfinity, float.NegativeInfinity, 2f, 3f, -3f, 1.5f,
        float.NaN, float.NaN,
    ];

    // The NaN of each voice: quiet and signalling, both signs, with and without a payload.
    private static readonly uint[] s_nans = [0xFFC00000, 0x7FC00000, 0x7FC12345, 0xFFD54321, 0x7F800001, 0xFFA00001, 0x7FC00000, 0xFFC00000];

    /// <summary>[voice][frame] of port <paramref name="port"/>: stretches of one held special value and stretches that change every frame.</summary>
    private static float[][] SpecialSignals(int port) => [.. Enumerable.Range(0, 8).Select(voice =>
    {
        var random = new Random((voice * 131) + port);
        var specials = s_specials.Select(x => float.IsNaN(x) ? FromBits(s_nans[voice]) : x).ToArray();
        var signal = new float[Frames];
        for (var i = 0; i < Frames;)
        {
            var length = random.Next(1, 80);
            var held = random.Next(2) == 0 ? specials[random.Next(specials.Length)] : (float?)null;
            for (var end = Math.Min(Frames, i + length); i < end; i++)
            {
                signal[i] = held ?? specials[random.Next(specials.Length)];
            }
        }

        return signal;
    })];

    /// <summary>
    /// A mix with one moving input and silent ones: the span form skips the silent inputs, but adding their +0 turns a
    /// −0 sum into +0 and quiets a signalling NaN, which it must still do.
    /// </summary>
    [Fact]
    public void Mix_SkippingSilentInputs_KeepsTheirEffectOnZerosAndNaNs()
    {
        // Even voices have zeros in every vector step; odd ones none, so only the NaN can call for the tick form there.
        var signalling = FromBits(0x7F800001);
        Assert.Equal(0x7F800001u, BitConverter.SingleToUInt32Bits(signalling));
        float[] zeros = [-0f, 1f, -0f, -0f, signalling, 0.5f, -0f, -2f], noZeros = [1f, signalling, 0.5f, -2f, 3f];
        SpanRunner.Run(NodeLibrary.All.Single(k => k.Spec.Type == "mix"), Frames, 0, [], p => [.. Enumerable.Range(0, 8).Select(voice =>
        {
            var moving = voice % 2 == 0 ? zeros : noZeros;
            return Enumerable.Range(0, Frames).Select(i => p.Name == "in1" ? moving[((i * 7) + voice) % moving.Length] : 0f).ToArray();
        })]);
    }

    /// <summary>The float with bits <paramref name="bits"/>, read from memory: the JIT folds BitConverter on a constant and quiets a signalling NaN on the way.</summary>
    private static float FromBits(uint bits) => MemoryMarshal.Cast<uint, float>(new[] { bits })[0];

    [Fact]
    public void SpanForms_ExistOnlyBesideATickForm()
    {
        Assert.All(NodeLibrary.All.Where(k => k.SpanForm is not null), k => Assert.NotNull(k.TickForm));
    }
}

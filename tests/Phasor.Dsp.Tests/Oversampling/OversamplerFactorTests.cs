using System.Reflection;
using Phasor.Dsp.Oversampling;

namespace Phasor.Dsp.Tests.Oversampling;

/// <summary>
/// The per-factor paths (<c>Up2x</c> ... <c>Down8x</c>) against their obviously correct twin, the generic
/// <see cref="Oversampler.Up"/> and <see cref="Oversampler.Down"/>: the same bits out and the same state left behind.
/// </summary>
public sealed class OversamplerFactorTests
{
    private delegate void Resample(Span<double> state, ReadOnlySpan<float> input, Span<float> output);

    public static TheoryData<int> Factors => [2, 4, 8];

    // Odd sizes, so blocks never line up with the rings (50, 12, 8 values) or the pad lines (2, 6 samples).
    private static readonly int[] s_blocks = [1, 3, 37, 127, 5];

    [Theory]
    [MemberData(nameof(Factors))]
    public void Up_PerFactor_IsBitExactWithTheGenericPathAndLeavesTheSameState(int factor)
    {
        var input = Noise(1000, seed: factor);
        var generic = new double[Oversampler.StateSize(factor)];
        var special = new double[Oversampler.StateSize(factor)];
        var expected = new float[input.Length * factor];
        var actual = new float[input.Length * factor];
        foreach (var (start, count) in Blocks(input.Length))
        {
            var low = input.AsSpan(start, count);
            Oversampler.Up(generic, factor, low, expected.AsSpan(start * factor, count * factor));
            UpOf(factor)(special, low, actual.AsSpan(start * factor, count * factor));
            AssertSameBits(generic, special);
        }

        AssertSameBits(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void Down_PerFactor_IsBitExactWithTheGenericPathAndLeavesTheSameState(int factor)
    {
        var input = Noise(1000 * factor, seed: 10 + factor);
        var generic = new double[Oversampler.StateSize(factor)];
        var special = new double[Oversampler.StateSize(factor)];
        var expected = new float[1000];
        var actual = new float[1000];
        foreach (var (start, count) in Blocks(expected.Length))
        {
            var high = input.AsSpan(start * factor, count * factor);
            Oversampler.Down(generic, factor, high, expected.AsSpan(start, count));
            DownOf(factor)(special, high, actual.AsSpan(start, count));
            AssertSameBits(generic, special);
        }

        AssertSameBits(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void Switching_BetweenGenericAndPerFactorMidStream_IsSeamless(int factor)
    {
        var input = Noise(900, seed: 20 + factor);
        var whole = new float[input.Length];
        var high = new float[input.Length * factor];
        Oversampler.Down(new double[Oversampler.StateSize(factor)], factor, OversamplerTests.Up(factor, input), whole);

        var up = new double[Oversampler.StateSize(factor)];
        var down = new double[Oversampler.StateSize(factor)];
        var output = new float[input.Length];
        var block = 0;
        foreach (var (start, count) in Blocks(input.Length))
        {
            var low = input.AsSpan(start, count);
            var mid = high.AsSpan(start * factor, count * factor);
            if (block++ % 2 == 0)
            {
                UpOf(factor)(up, low, mid);
                Oversampler.Down(down, factor, mid, output.AsSpan(start, count));
            }
            else
            {
                Oversampler.Up(up, factor, low, mid);
                DownOf(factor)(down, mid, output.AsSpan(start, count));
            }
        }

        AssertSameBits(whole, output);
    }

    [Theory]
    [InlineData("First", "FirstStage")]
    [InlineData("Second", "SecondStage")]
    [InlineData("Third", "ThirdStage")]
    public void UnrolledTaps_AreTheDesignsTapsExactly(string taps, string design)
    {
        // Internal types, reached by reflection: the constants written out in HalfbandTaps against HalfbandFilter.Design.
        const BindingFlags Hidden = BindingFlags.NonPublic | BindingFlags.Static;
        var stage = typeof(Oversampler).GetProperty(design, Hidden)!.GetValue(null)!;
        var order = (int)stage.GetType().GetProperty("Order")!.GetValue(stage)!;
        var type = typeof(Oversampler).Assembly.GetType($"Phasor.Dsp.Oversampling.HalfbandTaps+{taps}", throwOnError: true)!;
        var constants = type.GetFields(Hidden).Where(f => f.IsLiteral).ToArray();

        Assert.Equal(order + 1, constants.Length);
        for (var i = 0; i <= order; i++)
        {
            var expected = (double)stage.GetType().GetMethod("Tap")!.Invoke(stage, [i])!;
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits((double)type.GetField($"A{i}", Hidden)!.GetRawConstantValue()!));
        }
    }

    [Fact]
    public void PerFactor_RejectsMismatchedLengthsAndShortState()
    {
        var state = new double[Oversampler.StateSize(4)];
        Assert.Throws<ArgumentException>(() => Oversampler.Up4x(state, new float[10], new float[39]));
        Assert.Throws<ArgumentException>(() => Oversampler.Down4x(state, new float[40], new float[11]));
        Assert.Throws<ArgumentException>(() => Oversampler.Up8x(state, new float[10], new float[80]));
    }

    [Fact]
    public void PerFactor_RejectsAStateWhosePositionIsOutOfRange()
    {
        var state = new double[Oversampler.StateSize(2)];
        state[0] = 50;
        Assert.Throws<ArgumentException>(() => Oversampler.Up2x(state, new float[4], new float[8]));
    }

    [Theory]
    [MemberData(nameof(Factors))]
    public void PerFactor_DoesNotAllocate(int factor)
    {
        var upState = new double[Oversampler.StateSize(factor)];
        var downState = new double[Oversampler.StateSize(factor)];
        var input = Noise(128, seed: 1);
        var high = new float[128 * factor];
        var output = new float[128];
        var up = UpOf(factor);
        var down = DownOf(factor);
        up(upState, input, high);
        down(downState, high, output);

        var before = GC.GetAllocatedBytesForCurrentThread();
        up(upState, input, high);
        down(downState, high, output);
        Assert.Equal(before, GC.GetAllocatedBytesForCurrentThread());
    }

    private static Resample UpOf(int factor) => factor switch
    {
        2 => Oversampler.Up2x,
        4 => Oversampler.Up4x,
        _ => Oversampler.Up8x,
    };

    private static Resample DownOf(int factor) => factor switch
    {
        2 => Oversampler.Down2x,
        4 => Oversampler.Down4x,
        _ => Oversampler.Down8x,
    };

    /// <summary>Cuts <paramref name="length"/> frames into blocks cycling through <see cref="s_blocks"/>.</summary>
    private static IEnumerable<(int Start, int Count)> Blocks(int length)
    {
        for (int start = 0, k = 0; start < length; k++)
        {
            var count = Math.Min(s_blocks[k % s_blocks.Length], length - start);
            yield return (start, count);
            start += count;
        }
    }

    private static float[] Noise(int length, int seed)
    {
        var random = new Random(seed);
        var x = new float[length];
        for (var i = 0; i < length; i++)
        {
            x[i] = (float)((random.NextDouble() * 2) - 1);
        }

        return x;
    }

    private static void AssertSameBits(ReadOnlySpan<float> expected, ReadOnlySpan<float> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (BitConverter.SingleToInt32Bits(expected[i]) != BitConverter.SingleToInt32Bits(actual[i]))
            {
                Assert.Fail($"sample {i}: expected {expected[i]:R}, found {actual[i]:R}");
            }
        }
    }

    private static void AssertSameBits(ReadOnlySpan<double> expected, ReadOnlySpan<double> actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i]) != BitConverter.DoubleToInt64Bits(actual[i]))
            {
                Assert.Fail($"state slot {i}: expected {expected[i]:R}, found {actual[i]:R}");
            }
        }
    }
}

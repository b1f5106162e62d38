using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Monitors;

/// <summary>
/// The per-sample form of <see cref="MeterNode"/>. Hosts read the same slots: the fields of <see cref="State"/> are the
/// doubles at <see cref="MeterNode.Layout"/>'s first offsets, and memory, which follows them, is the ring of squares at
/// <see cref="MeterNode.Layout.Squares"/>. The kernel fills each block of its control-rate outputs with the values at the
/// block's end; a tick cannot see the end, so its outputs are the values as of each frame, which on a block's last frame
/// are the kernel's. <see cref="EndBlock"/> stores the RMS slot, as the kernel does once per block.
/// <see cref="MeterNode"/> does not declare it yet: a fused loop passes each frame's value on, where the kernel's block
/// holds the end value from its first frame, so compiled backends keep the kernel until they give control-rate outputs
/// the value of the block's last frame.
/// </summary>
public static class MeterTick
{
    /// <summary>The slots before the ring, in <see cref="MeterNode.Layout"/> order; all doubles, as hosts read them.</summary>
    public struct State
    {
        /// <summary>Current peak, linear (<see cref="MeterNode.Layout.Peak"/>).</summary>
        public double Peak;

        /// <summary>RMS at the end of the last block (<see cref="MeterNode.Layout.Rms"/>).</summary>
        public double Rms;

        /// <summary>Running sum of the squares in the window (<see cref="MeterNode.Layout.Sum"/>).</summary>
        public double Sum;

        /// <summary>Next slot of the ring to overwrite (<see cref="MeterNode.Layout.WriteIndex"/>).</summary>
        public double WriteIndex;

        /// <summary>Window length in samples (<see cref="MeterNode.Layout.WindowLength"/>).</summary>
        public double WindowLength;

        /// <summary>Per-sample peak fall factor (<see cref="MeterNode.Layout.PeakFactor"/>).</summary>
        public double PeakFactor;
    }

    /// <summary>Doubles of memory: the ring of squares.</summary>
    public static int MemorySize(in NodeSetup setup) => MeterNode.WindowSamples(setup);

    /// <summary>Reads the parameters, as the kernel's reset does.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.WindowLength = MeterNode.WindowSamples(setup);
        s.PeakFactor = Decibels.ToAmplitude(-setup.Params.Number("decay") / setup.SampleRate);
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Span<double> memory, float @in, out float peak, out float rms)
    {
        double x = @in;
        var p = Math.Max(Math.Abs(x), Denormals.Flush(s.Peak * s.PeakFactor));
        s.Peak = p;
        var square = x * x;
        var write = (int)s.WriteIndex;
        var sum = s.Sum + (square - memory[write]);
        memory[write] = square;
        if (++write == s.WindowLength)
        {
            write = 0;

            // Adding and removing leaves rounding behind; a fresh sum once per window keeps it from drifting.
            sum = Resum(memory, s.WindowLength);
        }

        s.Sum = sum;
        s.WriteIndex = write;
        peak = (float)p;
        rms = (float)Rms(sum, s.WindowLength);
    }

    /// <summary>Stores the RMS of the block's end, as the kernel does.</summary>
    public static void EndBlock(ref State s, Span<double> memory) => s.Rms = Rms(s.Sum, s.WindowLength);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Rms(double sum, double length) => Math.Sqrt(Math.Max(0.0, sum) / length);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Resum(Span<double> memory, double length) => MeterNode.Sum(memory[..(int)length]);
}

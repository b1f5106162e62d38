using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Monitors;

/// <summary>
/// The per-sample form of <see cref="ScopeNode"/>. Hosts read the same slots: the fields of <see cref="State"/> are the
/// doubles at <see cref="ScopeNode.Layout"/>'s first offsets, and memory, which follows them, holds the ring and the two
/// windows at <see cref="ScopeNode.Layout.Ring"/> onwards. Publication depends on samples counted, not on blocks, so it
/// happens inside the tick.
/// </summary>
public static class ScopeTick
{
    /// <summary>The slots before the ring, in <see cref="ScopeNode.Layout"/> order; all doubles, as hosts read them.</summary>
    public struct State
    {
        /// <summary>Windows published so far (<see cref="ScopeNode.Layout.PublishCount"/>).</summary>
        public double PublishCount;

        /// <summary>Samples per window (<see cref="ScopeNode.Layout.Length"/>).</summary>
        public double Length;

        /// <summary>Samples between publications (<see cref="ScopeNode.Layout.Interval"/>).</summary>
        public double Interval;

        /// <summary>Samples captured since the last publication (<see cref="ScopeNode.Layout.Elapsed"/>).</summary>
        public double Elapsed;

        /// <summary>Where the next sample goes in the ring (<see cref="ScopeNode.Layout.WriteIndex"/>).</summary>
        public double WriteIndex;
    }

    /// <summary>Doubles of memory: the capture ring and the two published windows.</summary>
    public static int MemorySize(in NodeSetup setup) => 3 * ScopeNode.Length(setup);

    /// <summary>Reads the parameters, as the kernel's reset does.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Length = ScopeNode.Length(setup);
        s.Interval = Math.Max(1.0, Math.Round(setup.SampleRate / ScopeNode.FrameRate));
    }

    /// <summary>One frame: captures the input and publishes when an interval is complete.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Span<double> memory, float @in)
    {
        var write = s.WriteIndex;
        memory[(int)write] = @in;
        write += 1.0;
        s.WriteIndex = write == s.Length ? 0.0 : write;
        var elapsed = s.Elapsed + 1.0;
        if (elapsed == s.Interval)
        {
            s.Elapsed = 0.0;
            Publish(ref s, memory);
        }
        else
        {
            s.Elapsed = elapsed;
        }
    }

    /// <summary>Copies the ring, oldest sample first, into the window the next count selects, then makes that count visible.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Publish(ref State s, Span<double> memory)
    {
        var length = (int)s.Length;
        var oldest = (int)s.WriteIndex;
        var count = s.PublishCount + 1;
        var ring = memory[..length];
        var window = memory.Slice(length * (1 + (int)(count % 2)), length);
        ring[oldest..].CopyTo(window);
        ring[..oldest].CopyTo(window[(length - oldest)..]);

        // Release semantics: a reader that sees the new count also sees the window written before it.
        Volatile.Write(ref s.PublishCount, count);
    }
}

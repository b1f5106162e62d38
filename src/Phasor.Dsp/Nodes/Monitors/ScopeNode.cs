using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Monitors;

/// <summary>
/// Oscilloscope sink: keeps the last <c>length</c> input samples and, about 60 times per second, publishes them as a window
/// a host thread can read from the node's state slice. See <see cref="Layout"/> for the slots and the read protocol.
/// </summary>
public sealed class ScopeNode : NodeKernel
{
    private const int In = 0;

    /// <summary>Publications per second.</summary>
    public const double FrameRate = 60;

    /// <inheritdoc/>
    public override NodeSpec Spec { get; } = new(
        "scope",
        "Monitors",
        "Oscilloscope: publishes the last samples of its input about 60 times per second.",
        [PortSpec.Signal("in", "Signal to show.", required: true)],
        [],
        [
            new("length", ParamKind.Integer, 1024, 1, 1 << 20, "samples", "Samples in each published window."),
        ]);

    /// <inheritdoc/>
    public override Type TickForm => typeof(ScopeTick);

    /// <inheritdoc/>
    public override int StateSize(in NodeSetup setup) => Layout.Ring + (3 * Length(setup));

    /// <inheritdoc/>
    public override void Reset(in NodeSetup setup, Span<double> state)
    {
        state[Layout.Length] = Length(setup);
        state[Layout.Interval] = Math.Max(1.0, Math.Round(setup.SampleRate / FrameRate));
    }

    /// <inheritdoc/>
    public override void Process(in NodeBlock block)
    {
        var input = block.In(In);
        var state = block.State;
        var length = (int)state[Layout.Length];
        var interval = (int)state[Layout.Interval];
        var ring = state.Slice(Layout.Ring, length);
        var elapsed = (int)state[Layout.Elapsed];
        var write = (int)state[Layout.WriteIndex];
        var done = 0;
        while (done < input.Length)
        {
            // Copy straight through to the next publication point or the ring's end, whichever comes first.
            var run = Math.Min(Math.Min(input.Length - done, interval - elapsed), length - write);
            for (var i = 0; i < run; i++)
            {
                ring[write + i] = input[done + i];
            }

            done += run;
            elapsed += run;
            write += run;
            if (write == length)
            {
                write = 0;
            }

            if (elapsed == interval)
            {
                elapsed = 0;
                Publish(state, ring, write, length);
            }
        }

        state[Layout.Elapsed] = elapsed;
        state[Layout.WriteIndex] = write;
    }

    /// <summary>Copies the ring, oldest sample first, into the window the next count selects, then makes that count visible.</summary>
    private static void Publish(Span<double> state, Span<double> ring, int oldest, int length)
    {
        var count = state[Layout.PublishCount] + 1;
        var window = state.Slice(Layout.Window(length, (int)(count % 2)), length);
        ring[oldest..].CopyTo(window);
        ring[..oldest].CopyTo(window[(length - oldest)..]);

        // Release semantics: a reader that sees the new count also sees the window written before it.
        Volatile.Write(ref state[Layout.PublishCount], count);
    }

    internal static int Length(in NodeSetup setup) => Math.Max(1, setup.Params.Integer("length"));

    /// <summary>
    /// The state slice of a scope node, for hosts. Slots hold doubles. A host reads a snapshot so:
    /// read <see cref="PublishCount"/> (c, with acquire semantics, e.g. <c>Volatile.Read</c>);
    /// if c is 0 nothing is published yet; otherwise copy the <see cref="Length"/> samples at <see cref="Window"/>(length, c mod 2),
    /// oldest first; then read the count again: the copy is consistent when it is at most c + 1, since publication c + 1
    /// writes the other window and only publication c + 2 overwrites this one. At 60 per second the host has 16 ms.
    /// </summary>
    public static class Layout
    {
        /// <summary>Windows published so far; its parity says which window holds the newest complete one.</summary>
        public const int PublishCount = 0;

        /// <summary>Samples per window (the <c>length</c> parameter).</summary>
        public const int Length = 1;

        /// <summary>Samples between publications: round(sampleRate / 60).</summary>
        public const int Interval = 2;

        /// <summary>Samples captured since the last publication.</summary>
        public const int Elapsed = 3;

        /// <summary>Where the next sample goes in the ring; also its oldest sample.</summary>
        public const int WriteIndex = 4;

        /// <summary>Start of the capture ring (<see cref="Length"/> samples), followed by window 0 and window 1.</summary>
        public const int Ring = 5;

        /// <summary>Offset of published window <paramref name="parity"/> (0 or 1) for windows of <paramref name="length"/> samples.</summary>
        public static int Window(int length, int parity) => Ring + (length * (1 + parity));
    }
}

using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>The per-sample form of <see cref="StepSequencerNode"/>; memory holds the step values.</summary>
public static class StepSequencerTick
{
    /// <summary>The current step and its value, the previous edges' inputs, and the number of steps.</summary>
    public struct State
    {
        /// <summary>Index of the current step.</summary>
        public int Step;

        /// <summary>Number of steps in memory, at least 1.</summary>
        public int Length;

        /// <summary>The current step's value.</summary>
        public float Value;

        /// <summary>Trigger of the previous frame.</summary>
        public float LastTrig;

        /// <summary>Reset of the previous frame.</summary>
        public float LastReset;
    }

    /// <summary>Doubles of step values: the list, or a single 0 for an empty list.</summary>
    public static int MemorySize(in NodeSetup setup) => Math.Max(1, setup.Params.List("values").Length);

    /// <summary>Copies the values and starts at the first.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        var values = setup.Params.List("values");
        values.CopyTo(memory);
        s.Length = Math.Max(1, values.Length);
        s.Value = (float)memory[0];
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, Span<double> memory, float trig, float reset, out float @out)
    {
        if (reset > 0f && s.LastReset <= 0f)
        {
            s.Step = 0;
            s.Value = (float)memory[0];
        }
        else if (trig > 0f && s.LastTrig <= 0f)
        {
            var step = s.Step + 1 < s.Length ? s.Step + 1 : 0;
            s.Step = step;
            s.Value = (float)memory[step];
        }

        s.LastTrig = trig;
        s.LastReset = reset;
        @out = s.Value;
    }
}

using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>The per-sample form of <see cref="LadderNode"/>: the stage gain and feedback terms are recomputed only when cutoff or q change.</summary>
public static class LadderTick
{
    /// <summary>The four stages, the cached coefficients and the inputs they were computed from.</summary>
    public struct State
    {
        /// <summary>First stage.</summary>
        public double S1;

        /// <summary>Second stage.</summary>
        public double S2;

        /// <summary>Third stage.</summary>
        public double S3;

        /// <summary>Fourth stage.</summary>
        public double S4;

        /// <summary>Stage gain g.</summary>
        public double G;

        /// <summary>Feedback times the states' leak, k·(1 − g).</summary>
        public double KLeak;

        /// <summary>1/(1 + k·g⁴), the solution of the zero-delay loop.</summary>
        public double Norm;

        /// <summary>1/rate, so that the design multiplies instead of dividing.</summary>
        public double Period;

        /// <summary>The cutoff input of the cached coefficients (NaN before the first frame).</summary>
        public float Cutoff;

        /// <summary>The q input of the cached coefficients.</summary>
        public float Q;
    }

    /// <summary>Reads the sample period; the coefficients are computed on the first frame.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Period = 1.0 / setup.SampleRate;
        s.Cutoff = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float cutoff, float q, float drive, float saturate, out float @out)
    {
        if (cutoff != s.Cutoff || q != s.Q)
        {
            Design(ref s, cutoff, q);
        }

        // The same loop solution as LadderNode.Process: u = x − k·(G·u + S) solved for u.
        var g = s.G;
        var (s1, s2, s3, s4) = (s.S1, s.S2, s.S3, s.S4);
        var sum = (g * ((g * ((g * s1) + s2)) + s3)) + s4;
        var u = LadderInput.Shape(((drive * @in) - (s.KLeak * sum)) * s.Norm, saturate);
        var v = g * (u - s1);
        var lp1 = v + s1;
        s.S1 = Denormals.Flush(lp1 + v);
        v = g * (lp1 - s2);
        var lp2 = v + s2;
        s.S2 = Denormals.Flush(lp2 + v);
        v = g * (lp2 - s3);
        var lp3 = v + s3;
        s.S3 = Denormals.Flush(lp3 + v);
        v = g * (lp3 - s4);
        var lp4 = v + s4;
        s.S4 = Denormals.Flush(lp4 + v);
        @out = (float)lp4;
    }

    /// <summary>Caches the coefficients for <paramref name="cutoff"/> and <paramref name="q"/>; kept out of line so the tick stays small.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Design(ref State s, float cutoff, float q)
    {
        (s.Cutoff, s.Q) = (cutoff, q);
        LadderDesign.Coefficients(cutoff, q, s.Period, out s.G, out s.KLeak, out s.Norm);
    }
}

using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>The per-sample form of <see cref="BiquadNode"/>: the RBJ design runs only when cutoff, q or db change.</summary>
public static class BiquadTick
{
    /// <summary>The transposed direct form II memories, the cached coefficients and the inputs they were designed from.</summary>
    public struct State
    {
        /// <summary>First memory.</summary>
        public double Z1;

        /// <summary>Second memory.</summary>
        public double Z2;

        /// <summary>Feed-forward coefficient of x[n].</summary>
        public double B0;

        /// <summary>Feed-forward coefficient of x[n-1].</summary>
        public double B1;

        /// <summary>Feed-forward coefficient of x[n-2].</summary>
        public double B2;

        /// <summary>Feedback coefficient of y[n-1].</summary>
        public double A1;

        /// <summary>Feedback coefficient of y[n-2].</summary>
        public double A2;

        /// <summary>Sample rate in Hz.</summary>
        public double Rate;

        /// <summary>The response, the index of the <c>mode</c> choice.</summary>
        public int Mode;

        /// <summary>The cutoff input of the cached coefficients (NaN before the first frame).</summary>
        public float Cutoff;

        /// <summary>The q input of the cached coefficients.</summary>
        public float Q;

        /// <summary>The db input of the cached coefficients.</summary>
        public float Db;
    }

    /// <summary>Reads the mode and the sample rate; the coefficients are designed on the first frame.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup)
    {
        s.Rate = setup.SampleRate;
        s.Mode = setup.Params.Choice("mode");
        s.Cutoff = float.NaN;
    }

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, float cutoff, float q, float db, out float @out)
    {
        if (cutoff != s.Cutoff || q != s.Q || db != s.Db)
        {
            Design(ref s, cutoff, q, db);
        }

        double x = @in;
        var y = (s.B0 * x) + s.Z1;
        s.Z1 = Denormals.Flush((s.B1 * x) - (s.A1 * y) + s.Z2);
        s.Z2 = Denormals.Flush((s.B2 * x) - (s.A2 * y));
        @out = (float)y;
    }

    /// <summary>Designs and caches the coefficients; kept out of line so the tick stays small.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Design(ref State s, float cutoff, float q, float db)
    {
        (s.Cutoff, s.Q, s.Db) = (cutoff, q, db);
        var c = BiquadCoefficients.Design((BiquadMode)s.Mode, cutoff, q, db, s.Rate);
        (s.B0, s.B1, s.B2, s.A1, s.A2) = (c.B0, c.B1, c.B2, c.A1, c.A2);
    }
}

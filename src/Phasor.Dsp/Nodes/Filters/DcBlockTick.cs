using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Nodes.Filters;

/// <summary>The per-sample form of <see cref="DcBlockNode"/>.</summary>
public static class DcBlockTick
{
    /// <summary>The previous input and output, and the pole radius.</summary>
    public struct State
    {
        /// <summary>x[n−1].</summary>
        public double X1;

        /// <summary>y[n−1].</summary>
        public double Y1;

        /// <summary>Pole radius R = exp(−2π·10 Hz/fs).</summary>
        public double R;
    }

    /// <summary>Computes the pole radius for the sample rate.</summary>
    public static void Init(ref State s, Span<double> memory, in NodeSetup setup) => s.R = DcBlockNode.Radius(setup.SampleRate);

    /// <summary>One frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Tick(ref State s, float @in, out float @out)
    {
        double x = @in;
        var y = Denormals.Flush(x - s.X1 + (s.R * s.Y1));
        s.Y1 = y;
        s.X1 = x;
        @out = (float)y;
    }
}

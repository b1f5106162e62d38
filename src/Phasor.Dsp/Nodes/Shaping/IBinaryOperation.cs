using System.Runtime.Intrinsics;

namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>A two-operand sample operation, computed in double as the block kernel and the tick form do.</summary>
internal interface IBinaryOperation
{
    static abstract double Apply(double a, double b);

    /// <summary><see cref="Apply(double, double)"/> on every element, bit for bit (the span forms use it).</summary>
    static abstract Vector512<double> Apply(Vector512<double> a, Vector512<double> b);
}

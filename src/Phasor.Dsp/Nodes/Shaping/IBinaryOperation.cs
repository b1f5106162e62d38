namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>A per-sample function of two inputs; implemented by structs so the generic loop is specialised and inlined.</summary>
internal interface IBinaryOperation
{
    /// <summary>The output for inputs <paramref name="a"/> and <paramref name="b"/>.</summary>
    static abstract double Apply(double a, double b);
}

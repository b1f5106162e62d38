namespace Phasor.Dsp.Nodes.Shaping;

/// <summary>A per-sample function of one input; implemented by structs so the generic loop is specialised and inlined.</summary>
internal interface IUnaryOperation
{
    /// <summary>The output for input <paramref name="x"/>.</summary>
    static abstract double Apply(double x);
}

namespace Phasor.Dsp.Nodes.Envelopes;

/// <summary>1/attack and 1/release in samples: what <see cref="LinearEnvelope.Frame"/> multiplies by each sample.</summary>
/// <param name="Attack">1 / attack length in samples.</param>
/// <param name="Release">1 / release length in samples.</param>
internal readonly record struct Reciprocals(double Attack, double Release);

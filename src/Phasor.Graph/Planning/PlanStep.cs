namespace Phasor.Graph.Planning;

/// <summary>One step: a node (index into <see cref="Plan.Nodes"/>) or a resampler (index into <see cref="Plan.Resamplers"/>).</summary>
/// <param name="Kind">What the step does.</param>
/// <param name="Target">Node or resampler index.</param>
public readonly record struct PlanStep(StepKind Kind, int Target);

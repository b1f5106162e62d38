using System.Collections.Immutable;

namespace Phasor.Graph.Planning;

/// <summary>The stages of a plan and the same steps flattened, each with the index of its stage.</summary>
internal sealed record StepSequence(ImmutableArray<PlanStage> Stages, List<(PlanStep Step, int Stage)> Flat);

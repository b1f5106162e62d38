using Phasor.Graph.Planning;

namespace Phasor.Compile.Il;

/// <summary>A run of plan steps the compiled kernel executes the same way; a fused unit's members all run at <paramref name="Factor"/>.</summary>
internal sealed record KernelUnit(UnitKind Kind, List<PlanStep> Steps, int Factor = 1);

using Phasor.Graph.Planning;

namespace Phasor.Compile.Il;

/// <summary>A run of plan steps the compiled kernel executes the same way.</summary>
internal sealed record KernelUnit(UnitKind Kind, List<PlanStep> Steps);

using System.Collections.Immutable;

namespace Phasor.Graph.Planning;

/// <summary>
/// A run of steps. An ordinary stage runs each step over the whole block in turn; a feedback group
/// runs all its steps for one frame, then the next frame, so feedback through a delay is exact to the sample.
/// </summary>
/// <param name="IsFeedbackGroup">True for a feedback loop run frame by frame.</param>
/// <param name="Steps">Steps in execution order.</param>
public sealed record PlanStage(bool IsFeedbackGroup, ImmutableArray<PlanStep> Steps);

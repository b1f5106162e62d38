using System.Collections.Immutable;

namespace Phasor.Graph.Planning;

/// <summary>
/// Everything a backend needs to run a patch: nodes with their bindings, stages in execution order,
/// buffers (reused by liveness), resamplers, output channels and the size of the flat state arena.
/// Immutable; a backend owns the buffers and arena it allocates from it.
/// </summary>
/// <param name="Options">Rate and block size the plan was made for.</param>
/// <param name="Nodes">Planned nodes, in patch order.</param>
/// <param name="Stages">Execution order.</param>
/// <param name="Buffers">Buffers to allocate.</param>
/// <param name="Resamplers">Rate converters between oversampling factors.</param>
/// <param name="OutputBuffers">Buffer of each output channel, at the base rate.</param>
/// <param name="StateSize">Doubles in the state arena.</param>
public sealed record Plan(
    PlanOptions Options,
    ImmutableArray<PlannedNode> Nodes,
    ImmutableArray<PlanStage> Stages,
    ImmutableArray<BufferInfo> Buffers,
    ImmutableArray<Resampler> Resamplers,
    ImmutableArray<int> OutputBuffers,
    int StateSize)
{
    /// <summary>Number of output channels.</summary>
    public int Channels => OutputBuffers.Length;

    /// <summary>Index of the node with this id, or -1.</summary>
    public int IndexOf(string id)
    {
        for (var i = 0; i < Nodes.Length; i++)
        {
            if (Nodes[i].Def.Id == id)
            {
                return i;
            }
        }

        return -1;
    }
}

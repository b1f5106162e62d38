using System.Collections.Immutable;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Model;

namespace Phasor.Graph.Planning;

/// <summary>A node as a backend runs it: kernel, setup, state slice, input bindings, output buffers.</summary>
/// <param name="Def">The immutable definition.</param>
/// <param name="Kernel">The node type's kernel.</param>
/// <param name="Setup">Sample rate (oversampled), largest call and parameters.</param>
/// <param name="Factor">Oversampling factor.</param>
/// <param name="StateOffset">Start of the node's state in the arena.</param>
/// <param name="StateSize">Doubles of state.</param>
/// <param name="Inputs">One binding per input port, in port order.</param>
/// <param name="Outputs">Buffer index of each output port, in port order.</param>
public sealed record PlannedNode(
    NodeDef Def,
    NodeKernel Kernel,
    NodeSetup Setup,
    int Factor,
    int StateOffset,
    int StateSize,
    ImmutableArray<InputBinding> Inputs,
    ImmutableArray<int> Outputs);

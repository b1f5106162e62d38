namespace Phasor.Dsp.Kernels;

/// <summary>
/// The code of one node type. Kernels are immutable and shared by every node of their type:
/// all mutable state lives in the slice of the state arena handed to each call.
/// </summary>
public abstract class NodeKernel
{
    /// <summary>What the node type declares: ports, parameters, feedback behaviour.</summary>
    public abstract NodeSpec Spec { get; }

    /// <summary>Number of doubles of state one node of this type needs for <paramref name="setup"/>.</summary>
    public virtual int StateSize(in NodeSetup setup) => 0;

    /// <summary>Writes the initial state (the state after a reset); the slice arrives zeroed.</summary>
    public virtual void Reset(in NodeSetup setup, Span<double> state)
    {
    }

    /// <summary>Computes every output frame of the block from the inputs and the state. Render thread only; must not allocate.</summary>
    public abstract void Process(in NodeBlock block);

    /// <summary>
    /// For <see cref="NodeSpec.BreaksFeedback"/> kernels: writes the outputs from the state alone,
    /// before the feedback input of these frames exists. Backends call it one frame at a time, inside
    /// feedback groups, followed by <see cref="ProcessWrite"/> for the same frame.
    /// </summary>
    public virtual void ProcessRead(in NodeBlock block) => throw new NotSupportedException($"'{Spec.Type}' does not break feedback.");

    /// <summary>For <see cref="NodeSpec.BreaksFeedback"/> kernels: takes in the feedback input of the frames whose outputs <see cref="ProcessRead"/> wrote.</summary>
    public virtual void ProcessWrite(in NodeBlock block) => throw new NotSupportedException($"'{Spec.Type}' does not break feedback.");
}

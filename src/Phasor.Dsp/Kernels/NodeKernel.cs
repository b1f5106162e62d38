namespace Phasor.Dsp.Kernels;

/// <summary>
/// The code of one node type. Kernels are immutable and shared by every node of their type:
/// all mutable state lives in the slice of the state arena handed to each call.
/// </summary>
public abstract class NodeKernel
{
    /// <summary>What the node type declares: ports, parameters, feedback behaviour.</summary>
    public abstract NodeSpec Spec { get; }

    /// <summary>
    /// The per-sample form of this node for compiled backends, or null. It is a static class with:
    /// <list type="bullet">
    /// <item><c>public struct State</c>: the fixed part of the node's state (unmanaged fields: numbers, or structs of
    /// numbers shared between tick forms).</item>
    /// <item>optional <c>public static int MemorySize(in NodeSetup setup)</c>: doubles of variable-size memory
    /// (delay lines) laid out after the state; absent means none.</item>
    /// <item><c>public static void Init(ref State s, Span&lt;double&gt; memory, in NodeSetup setup)</c>: the reset state
    /// (state and memory arrive zeroed).</item>
    /// <item><c>public static void Tick(ref State s, [Span&lt;double&gt; memory,] float input1, ..., out float output1, ...)</c>:
    /// one frame; inputs then outputs in spec order, all named as the ports (an output named like an input
    /// takes the suffix Out: <c>leftOut</c>); <c>memory</c> only when
    /// MemorySize exists. Mark it <c>[MethodImpl(MethodImplOptions.AggressiveInlining)]</c>: the
    /// compiled backend calls it once per frame and relies on the JIT to inline it into one loop.</item>
    /// <item>for nodes with a <see cref="NodeSpec.FeedbackInput"/>, instead of Tick: <c>Read(ref State s, [memory,] inputs
    /// except the feedback input, out outputs)</c> and <c>Write(ref State s, [memory,] float feedbackInput)</c>.</item>
    /// <item>optional <c>public static void EndBlock(ref State s, [Span&lt;double&gt; memory])</c>: called after each block
    /// (control-rate outputs, monitors publishing).</item>
    /// </list>
    /// The tick form is a second implementation of the node: tests compare it with <see cref="Process"/>.
    /// </summary>
    public virtual Type? TickForm => null;

    /// <summary>
    /// The form of this node that runs <see cref="Lanes.Count"/> identical voices as the elements of one
    /// <see cref="System.Runtime.Intrinsics.Vector512{T}"/>, or null. Only node types with a <see cref="TickForm"/> and no
    /// memory have one. It is a static class <c>XxxLanes</c> beside the tick form <c>XxxTick</c> with:
    /// <list type="bullet">
    /// <item><c>public struct State</c>: unmanaged; element i of each vector field belongs to voice i.</item>
    /// <item><c>public static void Load(ref State lanes, ref XxxTick.State voice, int lane)</c> and
    /// <c>Store(ref State lanes, ref XxxTick.State voice, int lane)</c>: copy one voice's tick state into element
    /// <c>lane</c> and back; Load then Store gives every field back bit for bit.</item>
    /// <item><c>[MethodImpl(MethodImplOptions.AggressiveInlining)] public static void Tick(ref State s, Vector512&lt;double&gt; input1, ...,
    /// out Vector512&lt;double&gt; output1, ...)</c>: one frame of every voice, parameters named and ordered as the tick form's.
    /// Inputs hold float values; each output element is the tick form's float output for that voice, and the state after
    /// Store is the tick form's state, bit for bit.</item>
    /// </list>
    /// Tests run every lane form against its tick form, voice by voice.
    /// </summary>
    public virtual Type? LaneForm => null;

    /// <summary>
    /// The form of this node that computes a whole block at once over its tick form's state, vectorised across time
    /// where the block allows it (constant inputs, a steady gate), or null. Only node types with a <see cref="TickForm"/>,
    /// no feedback input and no <c>EndBlock</c> have one. It is a static class <c>XxxSpan</c> beside the tick form with
    /// <c>public static void Process(ref XxxTick.State s, [Span&lt;double&gt; memory,] in NodeBlock block)</c> (memory as the
    /// tick form takes it): it reads the block's inputs as the
    /// reference does (<see cref="NodeBlock.First"/> for control-rate ports), writes every output frame, and leaves the
    /// state the tick form would leave after the same frames, within float rounding of the outputs (it may sum a phase
    /// in one step where the tick form adds frame by frame). Mark it
    /// <c>[MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]</c>: it runs once per
    /// block, so the JIT's first tier would otherwise play the first blocks, and inlined into the backend's call stub it
    /// would share that stub's inlining budget with nothing to gain. Tests run every span form against its tick form.
    /// </summary>
    public virtual Type? SpanForm => null;

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

using System.Runtime.CompilerServices;

namespace Phasor.Dsp.Kernels;

/// <summary>
/// One process call of one node: views of its input and output wires over the frames to compute, and its state.
/// Built on the stack by a backend for every call; never stored.
/// </summary>
public readonly ref struct NodeBlock
{
    private readonly ReadOnlySpan<float[]> _inputs;
    private readonly ReadOnlySpan<float[]> _outputs;
    private readonly int _start;
    private readonly ulong _constantInputs;

    /// <summary>Creates a view; <paramref name="constantInputs"/> has bit i set when input i holds one value over the frames.</summary>
    public NodeBlock(ReadOnlySpan<float[]> inputs, ReadOnlySpan<float[]> outputs, Span<double> state, int start, int count, ulong constantInputs, double sampleRate)
    {
        _inputs = inputs;
        _outputs = outputs;
        State = state;
        _start = start;
        Count = count;
        _constantInputs = constantInputs;
        SampleRate = sampleRate;
    }

    /// <summary>Frames to compute in this call.</summary>
    public int Count { get; }

    /// <summary>The node's slice of the state arena; layout is the kernel's own.</summary>
    public Span<double> State { get; }

    /// <summary>Rate the node runs at, in Hz (oversampled rate for oversampled nodes).</summary>
    public double SampleRate { get; }

    /// <summary>Input <paramref name="port"/> over the frames of this call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<float> In(int port) => _inputs[port].AsSpan(_start, Count);

    /// <summary>Output <paramref name="port"/> over the frames of this call; the kernel must write every frame.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public Span<float> Out(int port) => _outputs[port].AsSpan(_start, Count);

    /// <summary>True when input <paramref name="port"/> has the same value in every frame of this call, so work derived from it can be done once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsConstant(int port) => (_constantInputs & (1UL << port)) != 0;

    /// <summary>The first frame's value of input <paramref name="port"/>; the whole value for control-rate ports.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public float First(int port) => _inputs[port][_start];
}

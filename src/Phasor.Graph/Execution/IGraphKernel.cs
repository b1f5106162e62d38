namespace Phasor.Graph.Execution;

/// <summary>
/// A running patch: what every backend (the reference interpreter, later the IL and Wasm kernels)
/// offers the audio side. It owns its state arena and buffers.
/// </summary>
public interface IGraphKernel
{
    /// <summary>Number of output channels.</summary>
    int Channels { get; }

    /// <summary>Base sample rate in Hz.</summary>
    double SampleRate { get; }

    /// <summary>Largest frame count <see cref="Process"/> accepts.</summary>
    int MaxBlock { get; }

    /// <summary>Computes the next <paramref name="frames"/> frames. Render thread only; must not allocate, lock or throw on valid input.</summary>
    void Process(int frames);

    /// <summary>Channel <paramref name="channel"/> of the last block, valid until the next <see cref="Process"/>.</summary>
    ReadOnlySpan<float> Output(int channel);

    /// <summary>
    /// Changes a constant input while running; audio-rate ports ramp to the new value over the next block.
    /// Control thread; returns false when the node has no such constant input.
    /// </summary>
    bool SetInput(string node, string port, double value);

    /// <summary>
    /// The live state slice of a node, for hosts reading monitors (scope, meter); layouts are documented
    /// on each monitor kernel. Empty for an unknown id. Values may change while the render thread runs.
    /// </summary>
    ReadOnlySpan<double> NodeState(string node);

    /// <summary>Returns every node to its initial state, as if just created.</summary>
    void Reset();
}

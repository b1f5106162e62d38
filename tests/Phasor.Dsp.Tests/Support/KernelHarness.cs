using Phasor.Dsp.Kernels;

namespace Phasor.Dsp.Tests.Support;

/// <summary>
/// Runs one node kernel alone, the way a backend would: state sized and reset from the spec,
/// unset inputs at their defaults, outputs poisoned with NaN so a kernel that skips a frame fails.
/// </summary>
public sealed class KernelHarness
{
    private readonly NodeKernel _kernel;
    private readonly double[] _state;
    private readonly NodeSetup _setup;
    private readonly float[]?[] _inputs;
    private readonly double[] _constants;

    public KernelHarness(NodeKernel kernel, double sampleRate = 48000, int maxFrames = 4096, IReadOnlyDictionary<string, ParamValue>? parameters = null)
    {
        _kernel = kernel;
        _setup = new NodeSetup(sampleRate, maxFrames, new NodeParams(kernel.Spec, parameters ?? new Dictionary<string, ParamValue>()));
        _state = new double[kernel.StateSize(_setup)];
        kernel.Reset(_setup, _state);
        _inputs = new float[]?[kernel.Spec.Inputs.Count];
        _constants = kernel.Spec.Inputs.Select(p => p.Default).ToArray();
    }

    /// <summary>Convenience: harness with parameters given as name/value pairs.</summary>
    public static KernelHarness With(NodeKernel kernel, double sampleRate, params (string Name, double Value)[] parameters) =>
        new(kernel, sampleRate, parameters: parameters.ToDictionary(p => p.Name, p => ParamValue.Of(p.Value)));

    public NodeSpec Spec => _kernel.Spec;

    public Span<double> State => _state;

    /// <summary>Sets an input to a constant.</summary>
    public KernelHarness Set(string port, double value)
    {
        var i = Index(port);
        _inputs[i] = null;
        _constants[i] = value;
        return this;
    }

    /// <summary>Feeds an input from a signal; the signal must be at least as long as any later render.</summary>
    public KernelHarness Feed(string port, float[] signal)
    {
        _inputs[Index(port)] = signal;
        return this;
    }

    /// <summary>Renders <paramref name="frames"/> frames in blocks of <paramref name="block"/>; returns every output.</summary>
    public float[][] Render(int frames, int block = 128, int offset = 0)
    {
        var outputs = new float[_kernel.Spec.Outputs.Count][];
        for (var o = 0; o < outputs.Length; o++)
        {
            outputs[o] = new float[frames];
            Array.Fill(outputs[o], float.NaN);
        }

        var inputs = new float[_inputs.Length][];
        ulong constantMask = 0;
        for (var i = 0; i < inputs.Length; i++)
        {
            if (_inputs[i] is { } signal)
            {
                inputs[i] = signal.AsSpan(offset, frames).ToArray();
            }
            else
            {
                inputs[i] = new float[frames];
                Array.Fill(inputs[i], (float)_constants[i]);
                constantMask |= 1UL << i;
            }
        }

        for (var start = 0; start < frames; start += block)
        {
            var count = Math.Min(block, frames - start);
            _kernel.Process(new NodeBlock(inputs, outputs, _state, start, count, constantMask, _setup.SampleRate));
        }

        foreach (var output in outputs)
        {
            Assert.DoesNotContain(float.NaN, output);
        }

        return outputs;
    }

    /// <summary>Renders and returns the first output.</summary>
    public float[] Render1(int frames, int block = 128) => Render(frames, block)[0];

    private int Index(string port)
    {
        var i = _kernel.Spec.InputIndex(port);
        Assert.True(i >= 0, $"'{_kernel.Spec.Type}' has no input '{port}'");
        return i;
    }
}

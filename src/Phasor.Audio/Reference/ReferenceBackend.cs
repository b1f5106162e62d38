using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;
using Phasor.Dsp.Oversampling;
using Phasor.Graph.Execution;
using Phasor.Graph.Planning;

namespace Phasor.Audio.Reference;

/// <summary>
/// The reference backend: a plain interpreter of a <see cref="Plan"/>. It calls each kernel in plan
/// order over whole blocks, and runs feedback groups one frame at a time. Being obviously correct
/// is its job: it is the oracle compiled backends are tested against.
/// </summary>
public sealed class ReferenceBackend : IGraphKernel
{
    private readonly Plan _plan;
    private readonly float[][] _buffers;
    private readonly double[] _state;
    private readonly NodeRuntime[] _nodes;
    private readonly ConstantInput[] _constants;
    private readonly int[] _zeroed;
    private readonly PlanStage[] _stages;

    /// <summary>Allocates the buffers and arena of <paramref name="plan"/> and resets every node.</summary>
    public ReferenceBackend(Plan plan)
    {
        _plan = plan;
        _buffers = plan.Buffers.Select(b => new float[b.Length]).ToArray();
        _state = new double[plan.StateSize];
        _stages = [.. plan.Stages];
        _zeroed = Enumerable.Range(0, plan.Buffers.Length).Where(i => plan.Buffers[i].NeedsZeroing).ToArray();
        var constants = new List<ConstantInput>();
        _nodes = new NodeRuntime[plan.Nodes.Length];
        for (var n = 0; n < plan.Nodes.Length; n++)
        {
            var node = plan.Nodes[n];
            var first = constants.Count;
            for (var p = 0; p < node.Inputs.Length; p++)
            {
                if (node.Inputs[p].IsConstant)
                {
                    constants.Add(new ConstantInput(n, p, node.Inputs[p], node.Factor));
                }
            }

            _nodes[n] = new NodeRuntime(
                node,
                node.Inputs.Select(b => _buffers[b.Buffer]).ToArray(),
                node.Outputs.Select(b => _buffers[b]).ToArray(),
                first,
                constants.Count);
        }

        _constants = [.. constants];
        Reset();
    }

    /// <inheritdoc/>
    public int Channels => _plan.Channels;

    /// <inheritdoc/>
    public double SampleRate => _plan.Options.SampleRate;

    /// <inheritdoc/>
    public int MaxBlock => _plan.Options.MaxBlock;

    /// <summary>The plan this backend runs.</summary>
    public Plan Plan => _plan;

    /// <summary>The state arena, for monitors and tests; layout is given by the plan.</summary>
    public ReadOnlySpan<double> State => _state;

    /// <summary>Frames of the last block.</summary>
    public int LastFrames { get; private set; }

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_state);
        foreach (var node in _plan.Nodes)
        {
            node.Kernel.Reset(node.Setup, _state.AsSpan(node.StateOffset, node.StateSize));
        }

        foreach (var c in _constants)
        {
            c.Target = c.Binding.Value;
            _state[c.Binding.CurrentSlot] = c.Binding.Value;
            _buffers[c.Binding.Buffer].AsSpan().Fill((float)c.Binding.Value);
            c.Moving = false;
        }

        foreach (var node in _nodes)
        {
            node.ConstantMask = NodeRuntime.InitialMask(node.Planned);
        }
    }

    /// <inheritdoc/>
    public bool SetInput(string node, string port, double value)
    {
        var n = _plan.IndexOf(node);
        if (n < 0)
        {
            return false;
        }

        var p = _plan.Nodes[n].Kernel.Spec.InputIndex(port);
        for (var i = _nodes[n].FirstConstant; i < _nodes[n].EndConstant; i++)
        {
            if (_constants[i].Port == p)
            {
                _constants[i].Target = value;
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc/>
    public ReadOnlySpan<double> NodeState(string node)
    {
        var n = _plan.IndexOf(node);
        return n < 0 ? default : _state.AsSpan(_plan.Nodes[n].StateOffset, _plan.Nodes[n].StateSize);
    }

    /// <inheritdoc/>
    public ReadOnlySpan<float> Output(int channel) => _buffers[_plan.OutputBuffers[channel]].AsSpan(0, LastFrames);

    /// <inheritdoc/>
    public void Process(int frames)
    {
        if ((uint)(frames - 1) >= (uint)MaxBlock)
        {
            ThrowFrames(frames);
        }

        LastFrames = frames;
        UpdateConstants(frames);
        foreach (var b in _zeroed)
        {
            Array.Clear(_buffers[b], 0, frames * (_buffers[b].Length / MaxBlock));
        }

        foreach (var stage in _stages)
        {
            if (!stage.IsFeedbackGroup)
            {
                foreach (var step in stage.Steps)
                {
                    Run(step, 0, frames);
                }

                continue;
            }

            for (var f = 0; f < frames; f++)
            {
                foreach (var step in stage.Steps)
                {
                    Run(step, f, 1);
                }
            }
        }
    }

    /// <summary>Refills the buffers of constants that moved: a linear ramp for audio-rate ports, a step for control-rate ones.</summary>
    private void UpdateConstants(int frames)
    {
        foreach (var c in _constants)
        {
            var current = _state[c.Binding.CurrentSlot];
            var target = c.Target;
            var length = frames * c.Factor;
            var buffer = _buffers[c.Binding.Buffer].AsSpan(0, length);
            if (current != target)
            {
                if (c.Binding.Smooth)
                {
                    var step = (target - current) / length;
                    for (var i = 0; i < length - 1; i++)
                    {
                        buffer[i] = (float)(current + (step * (i + 1)));
                    }

                    buffer[length - 1] = (float)target;
                }
                else
                {
                    buffer.Fill((float)target);
                }

                _state[c.Binding.CurrentSlot] = target;
                c.Moving = c.Binding.Smooth;
                _nodes[c.Node].ConstantMask &= ~(1UL << c.Port);
                if (!c.Binding.Smooth)
                {
                    _nodes[c.Node].ConstantMask |= 1UL << c.Port;
                }
            }
            else if (c.Moving)
            {
                _buffers[c.Binding.Buffer].AsSpan().Fill((float)target);
                c.Moving = false;
                _nodes[c.Node].ConstantMask |= 1UL << c.Port;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Run(PlanStep step, int start, int count)
    {
        if (step.Kind == StepKind.Resample)
        {
            Resample(_plan.Resamplers[step.Target], start, count);
            return;
        }

        var node = _nodes[step.Target];
        var factor = node.Planned.Factor;
        var block = new NodeBlock(
            node.Inputs,
            node.Outputs,
            _state.AsSpan(node.Planned.StateOffset, node.Planned.StateSize),
            start * factor,
            count * factor,
            node.ConstantMask,
            node.Planned.Setup.SampleRate);
        switch (step.Kind)
        {
            case StepKind.Read: node.Planned.Kernel.ProcessRead(block); break;
            case StepKind.Write: node.Planned.Kernel.ProcessWrite(block); break;
            default: node.Planned.Kernel.Process(block); break;
        }
    }

    private void Resample(Resampler r, int start, int count)
    {
        var state = _state.AsSpan(r.StateOffset, r.StateSize);
        var input = _buffers[r.Input].AsSpan(start * r.SourceFactor, count * r.SourceFactor);
        var output = _buffers[r.Output].AsSpan(start * r.TargetFactor, count * r.TargetFactor);
        if (r.IsUp)
        {
            Oversampler.Up(state, r.Ratio, input, output);
        }
        else
        {
            Oversampler.Down(state, r.Ratio, input, output);
        }
    }

    private static void ThrowFrames(int frames) =>
        throw new ArgumentOutOfRangeException(nameof(frames), frames, "frames must be between 1 and the plan's MaxBlock");

    /// <summary>A node's prepared views: buffers per port and which inputs hold one value this block.</summary>
    private sealed class NodeRuntime(PlannedNode planned, float[][] inputs, float[][] outputs, int firstConstant, int endConstant)
    {
        public PlannedNode Planned { get; } = planned;

        public float[][] Inputs { get; } = inputs;

        public float[][] Outputs { get; } = outputs;

        public int FirstConstant { get; } = firstConstant;

        public int EndConstant { get; } = endConstant;

        public ulong ConstantMask { get; set; } = InitialMask(planned);

        public static ulong InitialMask(PlannedNode planned)
        {
            ulong mask = 0;
            for (var p = 0; p < planned.Inputs.Length; p++)
            {
                mask |= planned.Inputs[p].IsConstant ? 1UL << p : 0;
            }

            return mask;
        }
    }

    /// <summary>A constant input and the value the control side wants it to reach.</summary>
    private sealed class ConstantInput(int node, int port, InputBinding binding, int factor)
    {
        public int Node { get; } = node;

        public int Port { get; } = port;

        public InputBinding Binding { get; } = binding;

        public int Factor { get; } = factor;

        public double Target { get; set; }

        public bool Moving { get; set; }
    }
}

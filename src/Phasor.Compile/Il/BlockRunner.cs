using System.Runtime.CompilerServices;
using Phasor.Dsp.Kernels;
using Phasor.Dsp.Oversampling;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Il;

/// <summary>
/// Runs the units the compiled kernel does not fuse (nodes without a tick form, and for the quick tier
/// the resamplers) through their block kernels, exactly as the reference backend does. Called by the
/// emitted code once per unit per block. Render thread only; allocates nothing.
/// </summary>
public sealed class BlockRunner
{
    private readonly KernelLayout _layout;
    private readonly double[] _state;
    private readonly float[][] _buffers;
    private readonly float[][][] _inputs;
    private readonly float[][][] _outputs;
    private readonly PlanStep[][] _units;
    private readonly SpanCall?[] _spans;
    private readonly double[] _sampleRates;

    /// <summary>Creates the runner; a second runner over the same kernel (another tier's layout) shares the first's <paramref name="masks"/>.</summary>
    internal BlockRunner(KernelLayout layout, double[] state, float[][] buffers, ulong[]? masks = null)
    {
        _layout = layout;
        _state = state;
        _buffers = buffers;
        var plan = layout.Plan;
        _inputs = [.. plan.Nodes.Select(n => n.Inputs.Select(b => buffers[b.Buffer]).ToArray())];
        _outputs = [.. plan.Nodes.Select(n => n.Outputs.Select(b => buffers[b]).ToArray())];
        ConstantMasks = masks ?? new ulong[plan.Nodes.Length];
        _units = [.. layout.Units.Select(u => u.Kind == UnitKind.Fused ? [] : u.Steps.ToArray())];
        _sampleRates = [.. plan.Nodes.Select(n => n.Setup.SampleRate)];
        _spans = new SpanCall?[plan.Nodes.Length];
        for (var n = 0; n < _spans.Length; n++)
        {
            _spans[n] = layout.Spans[n] ? SpanCalls.Of(layout.Forms[n]!) : null;
        }
    }

    /// <summary>A runner of the same kernel over other state and buffers (scratch copies, for warming the code up).</summary>
    internal BlockRunner Over(double[] state, float[][] buffers) => new(_layout, state, buffers, (ulong[])ConstantMasks.Clone());

    /// <summary>Per node, the inputs that hold one value this block (maintained by the backend).</summary>
    internal ulong[] ConstantMasks { get; }

    /// <summary>The block of span node <paramref name="node"/> over the first <paramref name="frames"/> frames (span nodes run at factor 1), for compiled span units.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal NodeBlock SpanBlock(int node, int frames) =>
        new(_inputs[node], _outputs[node], _state.AsSpan(_layout.StateOffset[node], _layout.StateSize[node]), 0, frames, ConstantMasks[node], _sampleRates[node]);

    /// <summary>Runs unit <paramref name="unit"/> over <paramref name="frames"/> frames.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(int unit, int frames)
    {
        var steps = _units[unit];
        if (_layout.Units[unit].Kind is UnitKind.Block or UnitKind.Resample or UnitKind.Span)
        {
            Step(steps[0], 0, frames);
            return;
        }

        for (var f = 0; f < frames; f++)
        {
            foreach (var step in steps)
            {
                Step(step, f, 1);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Step(PlanStep step, int start, int count)
    {
        var plan = _layout.Plan;
        if (step.Kind == StepKind.Resample)
        {
            var r = plan.Resamplers[step.Target];
            var state = _state.AsSpan(_layout.ResamplerOffset[step.Target], r.StateSize);
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

            return;
        }

        var n = step.Target;
        var node = plan.Nodes[n];
        var block = new NodeBlock(
            _inputs[n],
            _outputs[n],
            _state.AsSpan(_layout.StateOffset[n], _layout.StateSize[n]),
            start * node.Factor,
            count * node.Factor,
            ConstantMasks[n],
            node.Setup.SampleRate);
        if (_spans[n] is { } span)
        {
            span(_state, _layout.StateOffset[n], _layout.MemoryOffset[n], _layout.MemorySize[n], ref block);
            return;
        }

        switch (step.Kind)
        {
            case StepKind.Read: node.Kernel.ProcessRead(block); break;
            case StepKind.Write: node.Kernel.ProcessWrite(block); break;
            default: node.Kernel.Process(block); break;
        }
    }
}

using System.Runtime.CompilerServices;
using Phasor.Compile.Ticks;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Il;

/// <summary>
/// The quick tier: runs a plan's fused units without compiling anything for the patch. Each step calls its node type's
/// <see cref="TickLoop"/> (compiled once per process, shared by every kernel) over the block, on the same state arena
/// and wires as the compiled code, so either can take over from the other at a block boundary. Steps of a feedback
/// loop go frame by frame, the rest node by node over the whole block, as the reference backend runs them; wires
/// between fused nodes go through their buffers. Render thread only once built; allocates nothing.
/// </summary>
internal sealed class TickRunner
{
    private static readonly HashSet<TickLoop> s_warm = [];
    private static readonly Lock s_lock = new();
    private readonly Segment[][] _units;
    private readonly int[] _factors;
    private readonly double[] _state;

    /// <summary>Prepares <paramref name="layout"/>'s fused units over <paramref name="state"/> and <paramref name="buffers"/>.</summary>
    /// <param name="layout">A layout without lanes.</param>
    /// <param name="state">The state arena.</param>
    /// <param name="buffers">The wires.</param>
    /// <param name="live">Constant inputs made live, by slot: their ramps are computed each block from the live array.</param>
    /// <param name="setups">Node setups, for warming loops new to the process.</param>
    public TickRunner(KernelLayout layout, double[] state, float[][] buffers, IReadOnlyDictionary<(int Node, int Port), int> live, NodeSetup[] setups)
    {
        _state = state;
        var grouped = new HashSet<PlanStep>(layout.Plan.Stages.Where(s => s.IsFeedbackGroup).SelectMany(s => s.Steps));
        _units = new Segment[layout.Units.Count][];
        _factors = new int[layout.Units.Count];
        for (var u = 0; u < layout.Units.Count; u++)
        {
            var unit = layout.Units[u];
            _factors[u] = unit.Factor;
            if (unit.Kind == UnitKind.Lanes)
            {
                throw new ArgumentException("the quick tier runs layouts without lanes", nameof(layout));
            }

            _units[u] = unit.Kind != UnitKind.Fused ? [] : Segments(layout, unit, grouped, buffers, live, setups);
        }
    }

    /// <summary>The loops this runner calls (shared with every other runner of the process).</summary>
    internal IEnumerable<TickLoop> Loops => _units.SelectMany(u => u).SelectMany(s => s.Calls).Select(c => c.Loop);

    /// <summary>Resets every fused node's state: calls each node type's Init on its slice of <paramref name="state"/>.</summary>
    public static void Init(KernelLayout layout, double[] state, NodeSetup[] setups)
    {
        for (var n = 0; n < layout.Forms.Length; n++)
        {
            if (layout.Forms[n] is { } form)
            {
                TickLoops.Init(form)(state, layout.StateOffset[n], layout.MemoryOffset[n], layout.MemorySize[n], setups, n);
            }
        }
    }

    /// <summary>Runs every unit over <paramref name="frames"/> frames (a <see cref="KernelBody"/>). Render thread only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(double[] state, float[][] buffers, double[] live, int frames, BlockRunner runner)
    {
        for (var u = 0; u < _units.Length; u++)
        {
            var segments = _units[u];
            if (segments.Length == 0)
            {
                runner.Run(u, frames);
                continue;
            }

            var count = frames * _factors[u];
            foreach (var segment in segments)
            {
                Ramp(segment.Calls, live, count);
                if (segment.FrameByFrame)
                {
                    RunFrames(segment.Calls, count);
                }
                else
                {
                    RunBlock(segment.Calls, count);
                }
            }
        }
    }

    /// <summary>A live constant at sample i is start + step · (i + 1), in double then rounded, as the compiled code computes it.</summary>
    private static void Ramp(TickCall[] calls, double[] live, int count)
    {
        foreach (var call in calls)
        {
            foreach (var (slot, buffer) in call.Ramps)
            {
                var start = live[2 * slot];
                var step = live[(2 * slot) + 1];
                for (var i = 0; i < count; i++)
                {
                    buffer[i] = (float)(start + (step * (i + 1)));
                }
            }
        }
    }

    private void RunBlock(TickCall[] calls, int count)
    {
        foreach (var call in calls)
        {
            call.Loop(_state, call.StateOffset, call.MemoryOffset, call.MemoryLength, call.Inputs, call.Masks, call.Outputs, 0, count);
            foreach (var output in call.ControlOutputs)
            {
                Array.Fill(output, output[count - 1], 0, count);
            }

            call.End?.Invoke(_state, call.StateOffset, call.MemoryOffset, call.MemoryLength);
        }
    }

    private void RunFrames(TickCall[] calls, int count)
    {
        for (var i = 0; i < count; i++)
        {
            foreach (var call in calls)
            {
                call.Loop(_state, call.StateOffset, call.MemoryOffset, call.MemoryLength, call.Inputs, call.Masks, call.Outputs, i, 1);
            }
        }

        foreach (var call in calls)
        {
            call.End?.Invoke(_state, call.StateOffset, call.MemoryOffset, call.MemoryLength);
        }
    }

    /// <summary>Cuts a fused unit into runs of feedback-loop steps (frame by frame) and of other steps (node by node).</summary>
    private static Segment[] Segments(KernelLayout layout, KernelUnit unit, HashSet<PlanStep> grouped, float[][] buffers,
        IReadOnlyDictionary<(int Node, int Port), int> live, NodeSetup[] setups)
    {
        var segments = new List<Segment>();
        var calls = new List<TickCall>();
        var frameByFrame = false;
        foreach (var step in unit.Steps)
        {
            var inGroup = grouped.Contains(step);
            if (calls.Count > 0 && inGroup != frameByFrame)
            {
                segments.Add(new Segment([.. calls], frameByFrame));
                calls.Clear();
            }

            frameByFrame = inGroup;
            calls.Add(Call(layout, unit, step, buffers, live, setups));
        }

        segments.Add(new Segment([.. calls], frameByFrame));
        return [.. segments];
    }

    private static TickCall Call(KernelLayout layout, KernelUnit unit, PlanStep step, float[][] buffers,
        IReadOnlyDictionary<(int Node, int Port), int> live, NodeSetup[] setups)
    {
        var n = step.Target;
        var form = layout.Forms[n]!;
        var node = layout.Plan.Nodes[n];
        var kind = step.Kind switch
        {
            StepKind.Read => TickLoopKind.Read,
            StepKind.Write => TickLoopKind.Write,
            _ => form.Spec.BreaksFeedback ? TickLoopKind.ReadWrite : TickLoopKind.Tick,
        };

        var inputs = new float[node.Inputs.Length][];
        var masks = new int[node.Inputs.Length];
        var ramps = new List<(int, float[])>();
        for (var p = 0; p < inputs.Length; p++)
        {
            var binding = node.Inputs[p];

            // The same choice as the compiled code: wires and the ramped constants of oversampled nodes from their buffers,
            // live constants of factor-1 nodes ramped from the live array, other constants as they are.
            if (!binding.IsConstant || (unit.Factor != 1 && live.ContainsKey((n, p))))
            {
                (inputs[p], masks[p]) = (buffers[binding.Buffer], -1);
            }
            else if (live.TryGetValue((n, p), out var slot))
            {
                (inputs[p], masks[p]) = (new float[buffers[binding.Buffer].Length], -1);
                ramps.Add((slot, inputs[p]));
            }
            else
            {
                (inputs[p], masks[p]) = ([(float)binding.Value], 0);
            }
        }

        var reads = kind != TickLoopKind.Write;
        var spec = form.Spec;
        var call = new TickCall(TickLoops.Loop(form, kind), TickLoops.End(form), layout.StateOffset[n], layout.MemoryOffset[n], layout.MemorySize[n])
        {
            Inputs = inputs,
            Masks = masks,
            Outputs = reads ? [.. node.Outputs.Select(b => buffers[b])] : [],
            ControlOutputs = reads ? [.. Enumerable.Range(0, spec.Outputs.Count).Where(o => spec.Outputs[o].Rate == PortRate.Control).Select(o => buffers[node.Outputs[o]])] : [],
            Ramps = [.. ramps],
        };
        Warm(call, form, setups, n);
        return call;
    }

    /// <summary>
    /// JIT-compiles a loop (and epilogue) the first time the process uses it, here on the control thread rather than in
    /// the first block on the render thread: once over no samples on a scratch copy of the node's state.
    /// </summary>
    private static void Warm(TickCall call, TickForm form, NodeSetup[] setups, int node)
    {
        lock (s_lock)
        {
            if (!s_warm.Add(call.Loop))
            {
                return;
            }
        }

        var scratch = new double[form.StateDoubles + call.MemoryLength];
        TickLoops.Init(form)(scratch, 0, form.StateDoubles, call.MemoryLength, setups, node);
        call.Loop(scratch, 0, form.StateDoubles, call.MemoryLength, call.Inputs, call.Masks, call.Outputs, 0, 0);
        call.End?.Invoke(scratch, 0, form.StateDoubles, call.MemoryLength);
    }

    /// <summary>Steps of one fused unit run the same way.</summary>
    private sealed record Segment(TickCall[] Calls, bool FrameByFrame);
}

using System.Collections.Immutable;
using Phasor.Dsp.Kernels;
using Phasor.Dsp.Oversampling;
using Phasor.Graph.Catalogue;
using Phasor.Graph.Diagnostics;
using Phasor.Graph.Model;

namespace Phasor.Graph.Planning;

/// <summary>
/// Turns a validated patch into a <see cref="Plan"/>: execution order with feedback groups,
/// resamplers between oversampling factors, buffers shared by liveness, one flat state arena.
/// </summary>
public static class Planner
{
    /// <summary>State slices start on 64-byte boundaries so no two nodes share a cache line.</summary>
    private const int StateAlignment = 8;

    /// <summary>Most memory a plan may take (state arena plus buffers): a patch past it is a user error, not a crash.</summary>
    public const long MemoryBudgetBytes = 1L << 30;

    /// <summary>Plans <paramref name="patch"/>, which must have validated; throws when it is over <see cref="MemoryBudgetBytes"/>.</summary>
    public static Plan Plan(Patch patch, PlanOptions options, NodeCatalogue? catalogue = null)
    {
        var (plan, error) = TryPlan(patch, options, catalogue);
        return plan ?? throw new InvalidOperationException(error!.Message);
    }

    /// <summary>
    /// Plans <paramref name="patch"/>, which must have validated without errors. Returns a diagnostic
    /// instead when the plan would need more than <see cref="MemoryBudgetBytes"/> (long delays at a
    /// high rate and oversampling add up), since that depends on the sample rate, not the patch alone.
    /// </summary>
    public static (Plan? Plan, Diagnostic? Error) TryPlan(Patch patch, PlanOptions options, NodeCatalogue? catalogue = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.SampleRate);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxBlock, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.MaxBlock, PlanOptions.MaxBlockLimit);
        var graph = PatchGraph.Resolve(patch, catalogue ?? NodeCatalogue.Default);
        var values = new ValueTable(graph);
        var sequence = Sequence(graph, values);
        var stages = sequence.Stages;

        long arena = 0;
        var nodes = ImmutableArray.CreateBuilder<PlannedNode>(patch.Nodes.Length);
        var buffers = new BufferAllocator(options.MaxBlock);
        var valueBuffers = buffers.Assign(values, sequence);

        for (var n = 0; n < patch.Nodes.Length; n++)
        {
            var def = patch.Nodes[n];
            var kernel = graph.Kernels[n];
            var factor = def.Oversample;
            var setup = new NodeSetup(options.SampleRate * factor, options.MaxBlock * factor, new NodeParams(kernel.Spec, def.Params));
            var offset = Align(ref arena, kernel.StateSize(setup));
            var inputs = ImmutableArray.CreateBuilder<InputBinding>(kernel.Spec.Inputs.Count);
            for (var p = 0; p < kernel.Spec.Inputs.Count; p++)
            {
                var port = kernel.Spec.Inputs[p];
                if (values.InputValue(n, p) is { } value)
                {
                    inputs.Add(new InputBinding(valueBuffers[value], false, 0, false, -1));
                    continue;
                }

                var constant = def.Inputs.TryGetValue(port.Name, out var set) && set is InputValue.Constant c ? c.Value : port.Default;
                var slot = (int)Math.Min(arena++, int.MaxValue);
                inputs.Add(new InputBinding(buffers.Constant(factor), true, constant, port.Rate == PortRate.Audio, slot));
            }

            var outputs = Enumerable.Range(0, kernel.Spec.Outputs.Count).Select(p => valueBuffers[values.Output(n, p)]).ToImmutableArray();
            nodes.Add(new PlannedNode(def, kernel, setup, factor, offset, kernel.StateSize(setup), inputs.MoveToImmutable(), outputs));
        }

        var resamplers = values.Resamplers.Select(r =>
        {
            var ratio = r.TargetFactor > r.SourceFactor ? r.TargetFactor / r.SourceFactor : r.SourceFactor / r.TargetFactor;
            var size = Oversampler.StateSize(ratio);
            var offset = Align(ref arena, size);
            return new Resampler(valueBuffers[r.Input], valueBuffers[r.Output], r.SourceFactor, r.TargetFactor, offset, size);
        }).ToImmutableArray();

        var outputBuffers = values.Channels.Select(v => v < 0 ? buffers.Silence() : valueBuffers[v]).ToImmutableArray();
        var bufferInfos = buffers.Build();
        var bytes = (arena * sizeof(double)) + bufferInfos.Sum(b => (long)b.Length * sizeof(float));
        if (bytes > MemoryBudgetBytes)
        {
            return (null, OverBudget(patch, nodes, bytes, options));
        }

        return (new Plan(options, nodes.MoveToImmutable(), stages, bufferInfos, resamplers, outputBuffers, (int)arena), null);
    }

    private static Diagnostic OverBudget(Patch patch, IEnumerable<PlannedNode> nodes, long bytes, PlanOptions options)
    {
        var largest = nodes.MaxBy(n => n.StateSize)!;
        var index = patch.Nodes.IndexOf(largest.Def);
        return PatchErrors.TooLarge.At(
            patch.Source?.NodePath(index) ?? $"nodes[{index}]",
            patch.Source,
            bytes >> 20,
            MemoryBudgetBytes >> 20,
            options.SampleRate,
            largest.Def.Id,
            ((long)largest.StateSize * sizeof(double)) >> 20);
    }

    private static int Align(ref long arena, int size)
    {
        arena = (arena + StateAlignment - 1) / StateAlignment * StateAlignment;
        var offset = arena;
        arena += size;

        // Offsets past int range cannot be addressed; the budget check rejects such plans before use.
        return (int)Math.Min(offset, int.MaxValue);
    }

    /// <summary>Lays node and resampler steps out in stages; resamplers run right after the unit that produces their input.</summary>
    private static StepSequence Sequence(PatchGraph graph, ValueTable values)
    {
        var units = StepOrder.Order(graph);
        var stages = ImmutableArray.CreateBuilder<PlanStage>();
        var pending = ImmutableArray.CreateBuilder<PlanStep>();
        var flat = new List<(PlanStep Step, int Stage)>();

        void Flush()
        {
            if (pending.Count > 0)
            {
                stages.Add(new PlanStage(false, pending.ToImmutable()));
                pending.Clear();
            }
        }

        foreach (var (isGroup, steps) in units)
        {
            if (isGroup)
            {
                Flush();
                stages.Add(new PlanStage(true, [.. steps]));
                flat.AddRange(steps.Select(s => (s, stages.Count - 1)));
            }
            else
            {
                pending.AddRange(steps);
                flat.AddRange(steps.Select(s => (s, stages.Count)));
            }

            foreach (var node in steps.Where(s => s.Kind != StepKind.Write).Select(s => s.Target).Distinct())
            {
                foreach (var r in values.ResamplersOf(node))
                {
                    var step = new PlanStep(StepKind.Resample, r);
                    pending.Add(step);
                    flat.Add((step, stages.Count));
                }
            }
        }

        Flush();
        return new StepSequence(stages.ToImmutable(), flat);
    }
}

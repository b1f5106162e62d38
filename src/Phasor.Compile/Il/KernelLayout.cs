using Phasor.Compile.Ticks;
using Phasor.Dsp.Oversampling;
using Phasor.Graph.Model;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Il;

/// <summary>
/// Decides, for a plan, which nodes run as fused tick forms and which through their block kernels,
/// groups the steps into units, and lays out the compiled kernel's state arena.
/// </summary>
internal sealed class KernelLayout
{
    private const int Alignment = 8;

    /// <summary>
    /// Longest run of ordinary steps fused into one method. The JIT inlines callees only up to a budget
    /// per method: past a few dozen ticks it stops inlining and the rest become calls, so large patches
    /// are cut into several methods (wires crossing a cut go through their buffers).
    /// </summary>
    internal const int MaxFusedSteps = 32;

    private readonly (int Node, int Port)?[]?[] _sources;

    /// <summary>
    /// Lays out <paramref name="plan"/>; with <paramref name="lanes"/>, identical voices run as vector lanes, found
    /// anew or given as <paramref name="tuples"/> (found on a plan with the same nodes). Lanes do not change the state
    /// arena, which is laid out node by node in plan order, so every layout of a plan shares one arena.
    /// <paramref name="spans"/> says which nodes run through their span forms: all that can (true), none (false),
    /// or exactly those of another layout of the plan, so that both read their constants alike.
    /// </summary>
    public KernelLayout(Plan plan, bool lanes = false, List<LaneTuple>? tuples = null, bool spans = false, bool[]? spanNodes = null)
    {
        _sources = new (int Node, int Port)?[]?[plan.Nodes.Length];
        Plan = plan;
        var n = plan.Nodes.Length;
        Forms = new TickForm?[n];
        for (var i = 0; i < n; i++)
        {
            Forms[i] = TickForm.Of(plan.Nodes[i].Kernel);
        }

        // Feedback groups are never oversampled (the validator rejects it, PH1023), so every group below runs
        // at factor 1; were that to change, a group at F > 1 would need its steps interleaved per base frame.

        // A feedback group fuses only when every member has a tick form; otherwise all of it runs on block kernels.
        // Control-rate outputs hold their end-of-block value for the whole block, known only after the
        // loop; inside a group (frame by frame) that cannot be, so such groups run on block kernels too.
        foreach (var stage in plan.Stages.Where(s => s.IsFeedbackGroup && s.Steps.Any(step => Forms[step.Target] is null || HasControlOutputs(step.Target))))
        {
            foreach (var step in stage.Steps)
            {
                Forms[step.Target] = null;
            }
        }

        Index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            Index.TryAdd(plan.Nodes[i].Def.Id, i);
        }

        Lanes = !lanes ? [] : tuples ?? VoiceFinder.Find(this);
        Spans = spanNodes ?? (spans ? FindSpans(plan) : new bool[n]);
        Units = BuildUnits(plan);

        StateOffset = new int[n];
        StateSize = new int[n];
        MemoryOffset = new int[n];
        MemorySize = new int[n];
        var arena = 0;
        for (var i = 0; i < n; i++)
        {
            var node = plan.Nodes[i];
            arena = (arena + Alignment - 1) / Alignment * Alignment;
            StateOffset[i] = arena;
            if (Forms[i] is { } form)
            {
                MemoryOffset[i] = arena + form.StateDoubles;
                MemorySize[i] = form.MemorySize(node.Setup);
                StateSize[i] = form.StateDoubles + MemorySize[i];
            }
            else
            {
                StateSize[i] = node.StateSize;
            }

            arena += StateSize[i];
        }

        ResamplerOffset = new int[plan.Resamplers.Length];
        for (var r = 0; r < plan.Resamplers.Length; r++)
        {
            arena = (arena + Alignment - 1) / Alignment * Alignment;
            ResamplerOffset[r] = arena;
            arena += Oversampler.StateSize(plan.Resamplers[r].Ratio);
        }

        ArenaSize = arena;
    }

    public Plan Plan { get; }

    /// <summary>Tick form of each node that runs fused; null for nodes run through their block kernel.</summary>
    public TickForm?[] Forms { get; }

    public List<KernelUnit> Units { get; }

    /// <summary>Nodes that run as vector lanes, tuple by tuple, all in one <see cref="UnitKind.Lanes"/> unit; empty for none.</summary>
    public List<LaneTuple> Lanes { get; }

    /// <summary>
    /// Per node, true when it runs as a <see cref="UnitKind.Span"/> unit through its span form: nodes with one at
    /// factor 1, outside feedback groups (which go frame by frame) and outside lanes (already vectorised across voices).
    /// </summary>
    public bool[] Spans { get; }

    public Dictionary<string, int> Index { get; }

    public int[] StateOffset { get; }

    public int[] StateSize { get; }

    public int[] MemoryOffset { get; }

    public int[] MemorySize { get; }

    public int[] ResamplerOffset { get; }

    public int ArenaSize { get; }

    /// <summary>True when the node has an output that holds one value per block.</summary>
    public bool HasControlOutputs(int node) => Plan.Nodes[node].Kernel.Spec.Outputs.Any(o => o.Rate == Dsp.Kernels.PortRate.Control);

    /// <summary>The producing node and output of a connected input, or null for a constant.</summary>
    public (int Node, int Port)? Source(int node, int port)
    {
        // Asked for every input many times over while finding voices and emitting: worked out once per input.
        var row = _sources[node] ??= [.. Enumerable.Range(0, Plan.Nodes[node].Inputs.Length).Select(p => FindSource(node, p))];
        return row[port];
    }

    private (int Node, int Port)? FindSource(int node, int port)
    {
        var spec = Plan.Nodes[node].Kernel.Spec;
        if (!Plan.Nodes[node].Def.Inputs.TryGetValue(spec.Inputs[port].Name, out var input) || input is not InputValue.Connection c)
        {
            return null;
        }

        var source = Index[c.Source.Node];
        var output = c.Source.Port is null ? 0 : Plan.Nodes[source].Kernel.Spec.OutputIndex(c.Source.Port);
        return (source, output);
    }

    private bool[] FindSpans(Plan plan)
    {
        var spans = new bool[plan.Nodes.Length];
        var inLanes = Lanes.SelectMany(t => t.Nodes).ToHashSet();
        foreach (var stage in plan.Stages.Where(s => !s.IsFeedbackGroup))
        {
            foreach (var step in stage.Steps.Where(s => s.Kind == StepKind.Process))
            {
                var n = step.Target;
                spans[n] = Forms[n]?.Span is not null && plan.Nodes[n].Factor == 1 && !inLanes.Contains(n);
            }
        }

        return spans;
    }

    private List<KernelUnit> BuildUnits(Plan plan)
    {
        var units = new List<KernelUnit>();
        List<PlanStep>? fused = null;
        var fusedFactor = 1;

        void Flush()
        {
            if (fused is { Count: > 0 })
            {
                units.Add(new KernelUnit(UnitKind.Fused, fused, fusedFactor));
            }

            fused = null;
        }

        void Add(PlanStage stage, IEnumerable<PlanStep> steps)
        {
            if (stage.IsFeedbackGroup && Forms[stage.Steps[0].Target] is null)
            {
                Flush();
                units.Add(new KernelUnit(UnitKind.Group, [.. steps]));
                return;
            }

            foreach (var step in steps)
            {
                if (step.Kind == StepKind.Resample)
                {
                    Flush();
                    units.Add(new KernelUnit(UnitKind.Resample, [step]));
                }
                else if (Spans[step.Target])
                {
                    Flush();
                    units.Add(new KernelUnit(UnitKind.Span, [step]));
                }
                else if (Forms[step.Target] is not null)
                {
                    // One fused unit runs at one rate: its loop goes over frames * factor samples.
                    var factor = plan.Nodes[step.Target].Factor;
                    if (fused is not null && ((fused.Count >= MaxFusedSteps && !stage.IsFeedbackGroup) || factor != fusedFactor))
                    {
                        Flush();
                    }

                    fusedFactor = factor;
                    (fused ??= []).Add(step);
                    if (HasControlOutputs(step.Target))
                    {
                        // Readers of a control-rate output need its end-of-block value: they go in a later unit.
                        Flush();
                    }
                }
                else
                {
                    Flush();
                    units.Add(new KernelUnit(UnitKind.Block, [step]));
                }
            }
        }

        if (Lanes.Count == 0)
        {
            foreach (var stage in plan.Stages)
            {
                Add(stage, stage.Steps);
            }

            Flush();
            return units;
        }

        // With lanes the order becomes: everything the voices do not depend on, the voices, then what depends on them.
        // A resampler goes where the node feeding it goes (the planner puts it right after that node).
        var inLanes = new HashSet<int>(Lanes.SelectMany(t => t.Nodes));
        var after = VoiceFinder.Downstream(this, Lanes);
        var isAfter = new Dictionary<PlanStep, bool>();
        var previous = false;
        foreach (var step in plan.Stages.SelectMany(s => s.Steps))
        {
            previous = isAfter[step] = step.Kind == StepKind.Resample ? previous : after[step.Target] || inLanes.Contains(step.Target);
        }

        foreach (var stage in plan.Stages)
        {
            var steps = stage.Steps.Where(s => !isAfter[s]).ToList();
            if (steps.Count > 0)
            {
                Add(stage, steps);
            }
        }

        Flush();
        units.Add(new KernelUnit(UnitKind.Lanes, [.. Lanes.Select(t => new PlanStep(StepKind.Process, t.Nodes[0]))]));
        foreach (var stage in plan.Stages)
        {
            var steps = stage.Steps.Where(s => isAfter[s] && (s.Kind == StepKind.Resample || !inLanes.Contains(s.Target))).ToList();
            if (steps.Count > 0)
            {
                Add(stage, steps);
            }
        }

        Flush();
        return units;
    }
}

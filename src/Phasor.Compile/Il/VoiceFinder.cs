using System.Text;
using Phasor.Compile.Ticks;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Planning;

namespace Phasor.Compile.Il;

/// <summary>
/// Finds identical voices in a plan, to run them as vector lanes. Two nodes are alike when they have the
/// same type and their inputs are alike one by one: both constants (of any value), both wired from alike
/// nodes' same output, or both wired from nodes that cannot run as lanes. Alike nodes, taken in plan order
/// and cut into tuples of <see cref="Lanes.Count"/>, become the lanes of one vector tick; a tuple's input
/// wired from exactly the lanes of another tuple stays in a vector register, any other input is gathered
/// lane by lane. Parameters may differ between lanes: they live in each voice's own state.
/// </summary>
internal static class VoiceFinder
{
    /// <summary>
    /// Fewest voices worth a lane tuple. Lanes cost a gather for every input wired from outside them and a store per
    /// voice for every output read outside, and they split the fused loop around them; with two or three voices
    /// that costs more than the vector saves (measured: the two envelopes of the fm fixture ran 1.9x slower as lanes).
    /// </summary>
    public const int MinLanes = 4;

    /// <summary>
    /// The lane tuples of <paramref name="layout"/>'s plan in an order that respects their wires, or an empty
    /// list when there are no identical voices or running them side by side would break the plan's order
    /// (a node outside the voices between two of their nodes).
    /// </summary>
    public static List<LaneTuple> Find(KernelLayout layout)
    {
        var plan = layout.Plan;
        var n = plan.Nodes.Length;
        var forms = new LaneForm?[n];
        foreach (var stage in plan.Stages.Where(s => !s.IsFeedbackGroup))
        {
            foreach (var step in stage.Steps.Where(s => s.Kind == StepKind.Process))
            {
                var node = plan.Nodes[step.Target];
                if (layout.Forms[step.Target] is not null && node.Factor == 1 && !layout.HasControlOutputs(step.Target))
                {
                    forms[step.Target] = LaneForm.Of(node.Kernel);
                }
            }
        }

        // Classes of alike nodes, numbered in plan order; inputs' classes are known first (the order is topological).
        var classOf = new int[n];
        Array.Fill(classOf, -1);
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<List<int>>();
        var key = new StringBuilder();
        foreach (var step in plan.Stages.SelectMany(s => s.Steps))
        {
            var t = step.Target;
            if (step.Kind == StepKind.Resample || forms[t] is null)
            {
                continue;
            }

            key.Clear().Append(plan.Nodes[t].Kernel.Spec.Type);
            for (var p = 0; p < plan.Nodes[t].Inputs.Length; p++)
            {
                key.Append(layout.Source(t, p) switch
                {
                    null => "|c",
                    var (source, port) when classOf[source] >= 0 => $"|w{classOf[source]}.{port}",
                    _ => "|x",
                });
            }

            var k = key.ToString();
            if (!classes.TryGetValue(k, out var c))
            {
                c = classes[k] = members.Count;
                members.Add([]);
            }

            classOf[t] = c;
            members[c].Add(t);
        }

        members = Refine(layout, forms, classOf, members.Count);
        var tuples = new List<LaneTuple>();
        foreach (var list in members)
        {
            for (var start = 0; start + MinLanes <= list.Count; start += Lanes.Count)
            {
                var nodes = list.GetRange(start, Math.Min(Lanes.Count, list.Count - start)).ToArray();
                if (nodes.Length >= MinLanes)
                {
                    tuples.Add(new LaneTuple(nodes, forms[nodes[0]]!));
                }
            }
        }

        // A path that leaves the lanes and comes back means no single place in the step order can hold them all:
        // the tuples it comes back to run scalar (a stereo pair of gains after a reverb fed by the voices, say).
        // Feedback inputs count as paths, so a loop through the voices keeps its far side scalar.
        while (Returning(layout, tuples) is { Count: > 0 } returning)
        {
            tuples.RemoveAll(t => t.Nodes.Any(returning.Contains));
        }

        return tuples.Count > KernelLayout.MaxFusedSteps ? [] : tuples;
    }

    /// <summary>
    /// Splits the classes until alike nodes are also used alike: the two saws of a voice feed different inputs of
    /// its mixer, and the scale that sets its cutoff is not the one that sets its level. Each round keys a node by
    /// its class, its inputs' classes and its readers' classes and ports, until no class splits any more.
    /// Returns the members of each final class in plan order.
    /// </summary>
    private static List<List<int>> Refine(KernelLayout layout, LaneForm?[] forms, int[] classOf, int count)
    {
        var plan = layout.Plan;
        var order = plan.Stages.SelectMany(s => s.Steps).Where(s => s.Kind != StepKind.Resample && forms[s.Target] is not null).Select(s => s.Target).Distinct().ToList();
        var readers = new List<(int Reader, int Port, int Output)>[plan.Nodes.Length];
        for (var t = 0; t < plan.Nodes.Length; t++)
        {
            for (var p = 0; p < plan.Nodes[t].Inputs.Length; p++)
            {
                if (layout.Source(t, p) is { } source)
                {
                    (readers[source.Node] ??= []).Add((t, p, source.Port));
                }
            }
        }

        var key = new StringBuilder();
        while (true)
        {
            // A reader that is alike to nothing else will not be a lane; which of its inputs a voice feeds (the mixer's
            // in1 or in2) must not tell voices apart.
            var size = new int[count];
            foreach (var n in order)
            {
                size[classOf[n]]++;
            }

            var next = new int[classOf.Length];
            var classes = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var n in order)
            {
                key.Clear().Append(classOf[n]).Append(" <");
                for (var p = 0; p < plan.Nodes[n].Inputs.Length; p++)
                {
                    key.Append(layout.Source(n, p) is { } s && forms[s.Node] is not null ? $" {classOf[s.Node]}.{s.Port}" : " -");
                }

                key.Append(" >");
                foreach (var entry in (readers[n] ?? []).Select(r => forms[r.Reader] is not null && size[classOf[r.Reader]] > 1 ? $" {classOf[r.Reader]}.{r.Port}.{r.Output}" : $" x.{r.Output}").Order(StringComparer.Ordinal))
                {
                    key.Append(entry);
                }

                var k = key.ToString();
                if (!classes.TryGetValue(k, out var c))
                {
                    c = classes[k] = classes.Count;
                }

                next[n] = c;
            }

            var stable = classes.Count == count;
            (classOf, count) = (next, classes.Count);
            if (stable)
            {
                var members = Enumerable.Range(0, count).Select(_ => new List<int>()).ToList();
                foreach (var n in order)
                {
                    members[classOf[n]].Add(n);
                }

                return members;
            }
        }
    }

    /// <summary>Lane nodes reached from the lanes through some node outside them.</summary>
    private static HashSet<int> Returning(KernelLayout layout, List<LaneTuple> tuples)
    {
        var plan = layout.Plan;
        var inLanes = new bool[plan.Nodes.Length];
        foreach (var node in tuples.SelectMany(t => t.Nodes))
        {
            inLanes[node] = true;
        }

        var readers = new List<int>[plan.Nodes.Length];
        for (var t = 0; t < plan.Nodes.Length; t++)
        {
            for (var p = 0; p < plan.Nodes[t].Inputs.Length; p++)
            {
                if (layout.Source(t, p) is { } source)
                {
                    (readers[source.Node] ??= []).Add(t);
                }
            }
        }

        var seen = new bool[plan.Nodes.Length];
        var queue = new Queue<int>();
        foreach (var node in tuples.SelectMany(t => t.Nodes))
        {
            foreach (var r in readers[node] ?? [])
            {
                if (!inLanes[r] && !seen[r])
                {
                    seen[r] = true;
                    queue.Enqueue(r);
                }
            }
        }

        var returning = new HashSet<int>();
        while (queue.TryDequeue(out var x))
        {
            foreach (var r in readers[x] ?? [])
            {
                if (inLanes[r])
                {
                    returning.Add(r);
                }
                else if (!seen[r])
                {
                    seen[r] = true;
                    queue.Enqueue(r);
                }
            }
        }

        return returning;
    }

    /// <summary>Nodes downstream of the lanes (through any path, feedback included), which must run after them.</summary>
    public static bool[] Downstream(KernelLayout layout, List<LaneTuple> tuples)
    {
        var plan = layout.Plan;
        var after = new bool[plan.Nodes.Length];
        var inLanes = new bool[plan.Nodes.Length];
        foreach (var node in tuples.SelectMany(t => t.Nodes))
        {
            inLanes[node] = true;
        }

        // Fixpoint: feedback inputs can point backwards in plan order.
        for (var changed = true; changed;)
        {
            changed = false;
            for (var t = 0; t < plan.Nodes.Length; t++)
            {
                if (after[t] || inLanes[t])
                {
                    continue;
                }

                for (var p = 0; p < plan.Nodes[t].Inputs.Length; p++)
                {
                    if (layout.Source(t, p) is { } s && (inLanes[s.Node] || after[s.Node]))
                    {
                        after[t] = changed = true;
                        break;
                    }
                }
            }
        }

        return after;
    }
}

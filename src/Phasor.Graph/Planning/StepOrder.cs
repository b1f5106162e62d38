namespace Phasor.Graph.Planning;

/// <summary>
/// Orders the node steps of a patch: loops (strongly connected components) become feedback groups in
/// which each delay is split into a Read step (early) and a Write step (after its input exists);
/// everything else is a topological order. Ties break by patch order, so plans are deterministic.
/// </summary>
internal static class StepOrder
{
    /// <summary>Units in execution order: a feedback group's steps, or a single node step.</summary>
    public static List<(bool IsGroup, List<PlanStep> Steps)> Order(PatchGraph graph)
    {
        var n = graph.Patch.Nodes.Length;
        var component = LoopAnalysis.Components(n, graph.Edges, out var isLoop);
        var split = new bool[n];
        for (var i = 0; i < n; i++)
        {
            split[i] = isLoop[component[i]] && graph.Kernels[i].Spec.BreaksFeedback;
        }

        var componentOrder = OrderComponents(n, graph.Edges, component, isLoop.Length);
        var membersOf = new List<int>[isLoop.Length];
        for (var i = 0; i < n; i++)
        {
            (membersOf[component[i]] ??= []).Add(i);
        }

        var units = new List<(bool, List<PlanStep>)>();
        foreach (var c in componentOrder)
        {
            var members = membersOf[c];
            if (!isLoop[c])
            {
                units.Add((false, [new PlanStep(StepKind.Process, members[0])]));
                continue;
            }

            units.Add((true, OrderGroup(graph, members, split)));
        }

        return units;
    }

    private static List<int> OrderComponents(int n, IReadOnlyList<Edge> edges, int[] component, int count)
    {
        var successors = new HashSet<int>[count];
        var indegree = new int[count];
        var firstNode = new int[count];
        Array.Fill(firstNode, int.MaxValue);
        for (var i = 0; i < count; i++)
        {
            successors[i] = [];
        }

        for (var i = 0; i < n; i++)
        {
            firstNode[component[i]] = Math.Min(firstNode[component[i]], i);
        }

        foreach (var e in edges)
        {
            var (a, b) = (component[e.Source], component[e.Target]);
            if (a != b && successors[a].Add(b))
            {
                indegree[b]++;
            }
        }

        return Kahn(count, successors, indegree, c => firstNode[c]);
    }

    private static List<PlanStep> OrderGroup(PatchGraph graph, List<int> members, bool[] split)
    {
        // Step ids: 2·node is Process or Read, 2·node + 1 is Write.
        var ids = new List<int>();
        foreach (var m in members)
        {
            ids.Add(2 * m);
            if (split[m])
            {
                ids.Add((2 * m) + 1);
            }
        }

        var local = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
        var successors = new HashSet<int>[ids.Count];
        var indegree = new int[ids.Count];
        for (var i = 0; i < ids.Count; i++)
        {
            successors[i] = [];
        }

        void Link(int from, int to)
        {
            if (local.TryGetValue(from, out var a) && local.TryGetValue(to, out var b) && successors[a].Add(b))
            {
                indegree[b]++;
            }
        }

        foreach (var m in members.Where(m => split[m]))
        {
            Link(2 * m, (2 * m) + 1);
        }

        foreach (var e in graph.Edges)
        {
            var to = split[e.Target] && graph.IsDelayed(e) ? (2 * e.Target) + 1 : 2 * e.Target;
            Link(2 * e.Source, to);
        }

        var order = Kahn(ids.Count, successors, indegree, i => ids[i]);
        if (order.Count != ids.Count)
        {
            throw new InvalidOperationException("feedback loop without a delay: validate first");
        }

        return order.Select(i => ids[i]).Select(id => new PlanStep(
            (id & 1) == 1 ? StepKind.Write : split[id / 2] ? StepKind.Read : StepKind.Process,
            id / 2)).ToList();
    }

    /// <summary>Kahn's topological sort, always taking the ready item with the smallest key.</summary>
    private static List<int> Kahn(int count, HashSet<int>[] successors, int[] indegree, Func<int, int> key)
    {
        var ready = new PriorityQueue<int, int>();
        for (var i = 0; i < count; i++)
        {
            if (indegree[i] == 0)
            {
                ready.Enqueue(i, key(i));
            }
        }

        var order = new List<int>(count);
        while (ready.TryDequeue(out var item, out _))
        {
            order.Add(item);
            foreach (var next in successors[item])
            {
                if (--indegree[next] == 0)
                {
                    ready.Enqueue(next, key(next));
                }
            }
        }

        return order;
    }
}

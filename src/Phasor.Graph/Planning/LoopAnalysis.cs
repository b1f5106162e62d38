namespace Phasor.Graph.Planning;

/// <summary>
/// Finds feedback loops: strongly connected components of the node graph (Tarjan's algorithm).
/// A loop is computable only when cutting the delayed edges (into a delay's feedback input) breaks it.
/// </summary>
public static class LoopAnalysis
{
    /// <summary>Component id of every node; components of more than one node, or with a self edge, are loops.</summary>
    public static int[] Components(int nodeCount, IReadOnlyList<Edge> edges, out bool[] isLoop)
    {
        var successors = Successors(nodeCount, edges, _ => true);
        var component = new int[nodeCount];
        Array.Fill(component, -1);
        var index = new int[nodeCount];
        var low = new int[nodeCount];
        var onStack = new bool[nodeCount];
        Array.Fill(index, -1);
        var stack = new Stack<int>();
        var counter = 0;
        var components = 0;

        // Iterative Tarjan, so a patch with thousands of chained nodes cannot overflow the stack.
        var work = new Stack<(int Node, int Next)>();
        for (var root = 0; root < nodeCount; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (v, next) = work.Pop();
                if (next == 0)
                {
                    index[v] = low[v] = counter++;
                    stack.Push(v);
                    onStack[v] = true;
                }

                if (next < successors[v].Count)
                {
                    work.Push((v, next + 1));
                    var w = successors[v][next];
                    if (index[w] < 0)
                    {
                        work.Push((w, 0));
                    }
                    else if (onStack[w])
                    {
                        low[v] = Math.Min(low[v], index[w]);
                    }

                    continue;
                }

                if (low[v] == index[v])
                {
                    int w;
                    do
                    {
                        w = stack.Pop();
                        onStack[w] = false;
                        component[w] = components;
                    }
                    while (w != v);
                    components++;
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[v]);
                }
            }
        }

        var sizes = new int[components];
        foreach (var c in component)
        {
            sizes[c]++;
        }

        isLoop = new bool[components];
        for (var c = 0; c < components; c++)
        {
            isLoop[c] = sizes[c] > 1;
        }

        foreach (var e in edges)
        {
            if (e.Source == e.Target)
            {
                isLoop[component[e.Source]] = true;
            }
        }

        return component;
    }

    /// <summary>
    /// A cycle that no delay breaks, as node indices in loop order (first repeated at the end), or null.
    /// Only edges inside one component matter; delayed edges are cut.
    /// </summary>
    public static List<int>? FindUndelayedCycle(int nodeCount, IReadOnlyList<Edge> edges, Func<Edge, bool> isDelayed)
    {
        var successors = Successors(nodeCount, edges, e => !isDelayed(e));
        var color = new byte[nodeCount]; // 0 new, 1 on path, 2 done
        var parent = new int[nodeCount];
        for (var root = 0; root < nodeCount; root++)
        {
            if (color[root] != 0)
            {
                continue;
            }

            var work = new Stack<(int Node, int Next)>();
            work.Push((root, 0));
            color[root] = 1;
            while (work.Count > 0)
            {
                var (v, next) = work.Pop();
                if (next >= successors[v].Count)
                {
                    color[v] = 2;
                    continue;
                }

                work.Push((v, next + 1));
                var w = successors[v][next];
                if (color[w] == 1)
                {
                    var cycle = new List<int> { w };
                    for (var u = v; u != w; u = parent[u])
                    {
                        cycle.Add(u);
                    }

                    cycle.Reverse(1, cycle.Count - 1);
                    cycle.Add(w);
                    return cycle;
                }

                if (color[w] == 0)
                {
                    color[w] = 1;
                    parent[w] = v;
                    work.Push((w, 0));
                }
            }
        }

        return null;
    }

    private static List<int>[] Successors(int nodeCount, IReadOnlyList<Edge> edges, Func<Edge, bool> keep)
    {
        var successors = new List<int>[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            successors[i] = [];
        }

        foreach (var e in edges)
        {
            if (keep(e) && !successors[e.Source].Contains(e.Target))
            {
                successors[e.Source].Add(e.Target);
            }
        }

        return successors;
    }
}

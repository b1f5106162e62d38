using System.Collections.Immutable;

namespace Phasor.Graph.Planning;

/// <summary>
/// Gives every value a buffer, sharing buffers between values whose lifetimes do not overlap
/// (linear scan over the step order). Values touched by a feedback group live for the whole group,
/// since the group revisits its steps every frame. Constant inputs get buffers of their own.
/// </summary>
internal sealed class BufferAllocator(int maxBlock)
{
    private readonly List<BufferInfo> _buffers = [];
    private int _silence = -1;

    /// <summary>Buffer index of every value.</summary>
    public int[] Assign(ValueTable values, StepSequence sequence)
    {
        var first = new int[values.Count];
        var last = new int[values.Count];
        Array.Fill(first, int.MaxValue);
        Array.Fill(last, -1);
        var readBeforeWrite = new bool[values.Count];
        var written = new bool[values.Count];
        var flat = sequence.Flat;
        for (var i = 0; i < flat.Count; i++)
        {
            var (start, end) = Span(sequence, i);
            foreach (var v in values.Reads(flat[i].Step))
            {
                readBeforeWrite[v] |= !written[v];
                first[v] = Math.Min(first[v], start);
                last[v] = Math.Max(last[v], end);
            }

            foreach (var v in values.Writes(flat[i].Step))
            {
                written[v] = true;
                first[v] = Math.Min(first[v], start);
                last[v] = Math.Max(last[v], end);
            }
        }

        foreach (var v in values.Channels.Where(v => v >= 0))
        {
            last[v] = int.MaxValue;
        }

        var assigned = new int[values.Count];
        var free = new Dictionary<int, SortedSet<int>>();
        var live = new List<int>();
        foreach (var v in Enumerable.Range(0, values.Count).OrderBy(v => first[v]).ThenBy(v => v))
        {
            for (var k = live.Count - 1; k >= 0; k--)
            {
                if (last[live[k]] < first[v])
                {
                    var length = _buffers[assigned[live[k]]].Length;
                    (free.TryGetValue(length, out var set) ? set : free[length] = []).Add(assigned[live[k]]);
                    live.RemoveAt(k);
                }
            }

            var size = maxBlock * values.Factor(v);
            if (free.TryGetValue(size, out var pool) && pool.Count > 0)
            {
                assigned[v] = pool.Min;
                pool.Remove(pool.Min);
            }
            else
            {
                assigned[v] = Add(new BufferInfo(size, false, false));
            }

            if (readBeforeWrite[v])
            {
                _buffers[assigned[v]] = _buffers[assigned[v]] with { NeedsZeroing = true };
            }

            live.Add(v);
        }

        return assigned;
    }

    /// <summary>A fresh buffer for one constant input at <paramref name="factor"/>.</summary>
    public int Constant(int factor) => Add(new BufferInfo(maxBlock * factor, true, false));

    /// <summary>The shared buffer silent channels play, zeroed every block.</summary>
    public int Silence() => _silence >= 0 ? _silence : _silence = Add(new BufferInfo(maxBlock, false, true));

    public ImmutableArray<BufferInfo> Build() => [.. _buffers];

    private int Add(BufferInfo info)
    {
        _buffers.Add(info);
        return _buffers.Count - 1;
    }

    /// <summary>Positions a step occupies: itself, or its whole feedback group.</summary>
    private static (int Start, int End) Span(StepSequence sequence, int index)
    {
        var stage = sequence.Flat[index].Stage;
        if (!sequence.Stages[stage].IsFeedbackGroup)
        {
            return (index, index);
        }

        var start = index;
        while (start > 0 && sequence.Flat[start - 1].Stage == stage)
        {
            start--;
        }

        var end = index;
        while (end + 1 < sequence.Flat.Count && sequence.Flat[end + 1].Stage == stage)
        {
            end++;
        }

        return (start, end);
    }
}

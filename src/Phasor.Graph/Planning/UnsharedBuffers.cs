using System.Collections.Immutable;

namespace Phasor.Graph.Planning;

/// <summary>
/// Rewrites a plan so that no two values share a buffer. The planner reuses a buffer once its value's
/// last reader has run, which holds for its own step order only; a backend that runs steps in another
/// valid order (a compiled kernel running identical voices side by side as vector lanes) needs every
/// value in a buffer of its own. Walking the steps in plan order, every write gets a fresh buffer and
/// every read the buffer of the latest write before it; buffers read before any write (constants,
/// silence, reads a feedback group makes ahead of the write) keep their own buffer and flags.
/// </summary>
public static class UnsharedBuffers
{
    /// <summary>The plan with a buffer per written value; the same steps, nodes, state and outputs.</summary>
    public static Plan Of(Plan plan)
    {
        var buffers = new List<BufferInfo>();
        var original = new Dictionary<int, int>();
        var current = new Dictionary<int, int>();
        var inputs = plan.Nodes.Select(n => n.Inputs.ToArray()).ToArray();
        var outputs = plan.Nodes.Select(n => n.Outputs.ToArray()).ToArray();
        var resamplers = plan.Resamplers.ToArray();

        int Read(int b)
        {
            if (current.TryGetValue(b, out var written))
            {
                return written;
            }

            if (!original.TryGetValue(b, out var kept))
            {
                kept = buffers.Count;
                buffers.Add(plan.Buffers[b]);
                original[b] = kept;
            }

            return kept;
        }

        int Write(int b)
        {
            var fresh = buffers.Count;
            buffers.Add(plan.Buffers[b] with { NeedsZeroing = false, IsConstant = false });
            current[b] = fresh;
            return fresh;
        }

        foreach (var step in plan.Stages.SelectMany(s => s.Steps))
        {
            if (step.Kind == StepKind.Resample)
            {
                var r = resamplers[step.Target];
                resamplers[step.Target] = r with { Input = Read(r.Input), Output = Write(r.Output) };
                continue;
            }

            var n = step.Target;
            var spec = plan.Nodes[n].Kernel.Spec;
            for (var p = 0; p < inputs[n].Length; p++)
            {
                // A split delay reads its feedback input in its Write step and everything else in its Read step.
                var feedback = spec.Inputs[p].Name == spec.FeedbackInput;
                var readsHere = step.Kind switch
                {
                    StepKind.Read => !feedback,
                    StepKind.Write => feedback,
                    _ => true,
                };
                if (readsHere)
                {
                    inputs[n][p] = inputs[n][p] with { Buffer = Read(inputs[n][p].Buffer) };
                }
            }

            if (step.Kind != StepKind.Write)
            {
                for (var o = 0; o < outputs[n].Length; o++)
                {
                    outputs[n][o] = Write(outputs[n][o]);
                }
            }
        }

        var channels = plan.OutputBuffers.Select(Read).ToImmutableArray();
        var nodes = plan.Nodes.Select((node, n) => node with { Inputs = [.. inputs[n]], Outputs = [.. outputs[n]] }).ToImmutableArray();
        return plan with { Nodes = nodes, Buffers = [.. buffers], Resamplers = [.. resamplers], OutputBuffers = channels };
    }
}

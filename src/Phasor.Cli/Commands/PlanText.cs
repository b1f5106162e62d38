using System.Text;
using Phasor.Graph.Planning;

namespace Phasor.Cli.Commands;

/// <summary>A plan as text, for `phasor check --plan`.</summary>
public static class PlanText
{
    /// <summary>Stages and steps in order, then buffer and state totals.</summary>
    public static string Describe(Plan plan)
    {
        var text = new StringBuilder();
        for (var s = 0; s < plan.Stages.Length; s++)
        {
            var stage = plan.Stages[s];
            text.Append(stage.IsFeedbackGroup ? $"stage {s} (feedback group, frame by frame):\n" : $"stage {s}:\n");
            foreach (var step in stage.Steps)
            {
                text.Append("  ").Append(Step(plan, step)).Append('\n');
            }
        }

        var wires = plan.Buffers.Count(b => !b.IsConstant);
        var constants = plan.Buffers.Length - wires;
        text.Append($"buffers: {wires} wire buffers shared by {plan.Nodes.Sum(n => n.Outputs.Length) + plan.Resamplers.Length} outputs, {constants} constant inputs, {plan.Buffers.Count(b => b.NeedsZeroing)} zeroed per block\n");
        text.Append($"state: {plan.StateSize} doubles ({plan.StateSize * 8 / 1024.0:F1} KiB)\n");
        return text.ToString();
    }

    private static string Step(Plan plan, PlanStep step)
    {
        if (step.Kind == StepKind.Resample)
        {
            var r = plan.Resamplers[step.Target];
            return $"resample {r.SourceFactor}x -> {r.TargetFactor}x (buffer {r.Input} -> {r.Output})";
        }

        var node = plan.Nodes[step.Target];
        var kind = step.Kind switch
        {
            StepKind.Read => "read ",
            StepKind.Write => "write ",
            _ => "",
        };
        var rate = node.Factor > 1 ? $" at {node.Factor}x" : "";
        return $"{kind}{node.Def.Id} ({node.Def.Type}){rate} -> buffers [{string.Join(", ", node.Outputs)}]";
    }
}

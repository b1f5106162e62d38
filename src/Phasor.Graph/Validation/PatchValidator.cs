using System.Globalization;
using System.Text.RegularExpressions;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Catalogue;
using Phasor.Graph.Diagnostics;
using Phasor.Graph.Model;
using Phasor.Graph.Planning;

namespace Phasor.Graph.Validation;

/// <summary>
/// Checks a patch against the catalogue and returns every problem at once, each located by JSON path
/// (and file position when the patch came from a file). A patch with no diagnostics can be planned.
/// </summary>
public static partial class PatchValidator
{
    /// <summary>Largest number of output channels.</summary>
    public const int MaxChannels = 8;

    /// <summary>All diagnostics of <paramref name="patch"/>; empty when it is valid.</summary>
    public static IReadOnlyList<Diagnostic> Validate(Patch patch, NodeCatalogue? catalogue = null)
    {
        catalogue ??= NodeCatalogue.Default;
        var context = new Context(patch, catalogue);
        CheckChannels(context);
        CheckNodes(context);
        CheckOutputs(context);
        if (context.Diagnostics.Count == 0)
        {
            CheckLoops(context);
        }

        return context.Diagnostics;
    }

    private static void CheckChannels(Context c)
    {
        if (c.Patch.Outputs.Length is < 1 or > MaxChannels)
        {
            c.Report(PatchErrors.BadChannelCount, "outputs", c.Patch.Outputs.Length);
        }
    }

    private static void CheckNodes(Context c)
    {
        var firstPath = new Dictionary<string, string>();
        for (var i = 0; i < c.Patch.Nodes.Length; i++)
        {
            var node = c.Patch.Nodes[i];
            var path = c.NodePath(i);
            if (!IdPattern().IsMatch(node.Id))
            {
                c.Report(PatchErrors.InvalidId, $"{path}.id", node.Id);
            }
            else if (!firstPath.TryAdd(node.Id, path))
            {
                var first = c.Patch.Source?.Find(firstPath[node.Id])?.ToString() ?? firstPath[node.Id];
                c.Report(PatchErrors.DuplicateId, $"{path}.id", node.Id, first);
            }

            if (node.Oversample is not (1 or 2 or 4 or 8))
            {
                c.Report(PatchErrors.InvalidOversample, $"{path}.oversample", node.Oversample);
            }

            if (c.Catalogue.Find(node.Type) is not { } kernel)
            {
                var hint = NodeCatalogue.Suggest(node.Type, c.Catalogue.Kernels.Select(k => k.Spec.Type)) is { } s ? $"; did you mean '{s}'?" : "; `phasor nodes` lists them";
                c.Report(PatchErrors.UnknownNodeType, $"{path}.type", node.Type, hint);
                continue;
            }

            CheckInputs(c, node, kernel.Spec, path);
            CheckParams(c, node, kernel.Spec, path);
        }
    }

    private static void CheckInputs(Context c, NodeDef node, NodeSpec spec, string path)
    {
        foreach (var (name, value) in node.Inputs)
        {
            var at = $"{path}.{name}";
            if (spec.InputIndex(name) is not (var k and >= 0))
            {
                UnknownName(c, node, spec, name, at);
                continue;
            }

            var port = spec.Inputs[k];
            switch (value)
            {
                case InputValue.Constant { Value: var v } when !double.IsFinite(v):
                    c.Report(PatchErrors.NotFinite, at, $"{node.Id}.{name}");
                    break;
                case InputValue.Constant { Value: var v } when v < port.Min || v > port.Max:
                    c.Report(PatchErrors.OutOfRange, at, $"{node.Id}.{name}", Format(v), Format(port.Min), Format(port.Max), Unit(port.Unit));
                    break;
                case InputValue.Connection { Source: var source }:
                    CheckSource(c, source, at, port.Rate == PortRate.Control ? $"{node.Id}.{name}" : null);
                    break;
            }
        }

        foreach (var port in spec.Inputs)
        {
            if (port.Required && !node.Inputs.ContainsKey(port.Name))
            {
                c.Report(PatchErrors.MissingInput, path, node.Id, spec.Type, port.Name);
            }
        }
    }

    /// <summary>A name that is neither an input nor a parameter (the JSON reader catches these; built patches reach here).</summary>
    private static void UnknownName(Context c, NodeDef node, NodeSpec spec, string name, string at)
    {
        var names = spec.Inputs.Select(p => p.Name).Concat(spec.Parameters.Select(p => p.Name));
        var hint = NodeCatalogue.Suggest(name, names) is { } s ? $"; did you mean '{s}'?" : "";
        c.Report(PatchErrors.UnknownPortOrParam, at, node.Id, spec.Type, name, hint);
    }

    private static void CheckParams(Context c, NodeDef node, NodeSpec spec, string path)
    {
        foreach (var name in node.Params.Keys.Where(k => spec.Parameter(k) is null))
        {
            UnknownName(c, node, spec, name, $"{path}.{name}");
        }

        foreach (var param in spec.Parameters)
        {
            var at = $"{path}.{param.Name}";
            if (!node.Params.TryGetValue(param.Name, out var value))
            {
                if (param.Required)
                {
                    c.Report(PatchErrors.MissingParam, path, node.Id, spec.Type, param.Name);
                }

                continue;
            }

            var name = $"{node.Id}.{param.Name}";
            if (param.Kind == ParamKind.Choice)
            {
                if (value.Text is not { } word || Array.IndexOf(param.Choices ?? [], word) < 0)
                {
                    c.Report(PatchErrors.InvalidChoice, at, name, string.Join(", ", param.Choices ?? []), value.ToString());
                }

                continue;
            }

            if (value.Text is not null)
            {
                c.Report(PatchErrors.WrongParamKind, at, name, param.Kind == ParamKind.NumberList ? "a list of numbers" : "a number");
                continue;
            }

            if (param.Kind == ParamKind.NumberList && value.List.Length == 0)
            {
                c.Report(PatchErrors.WrongParamKind, at, name, "a non-empty list of numbers");
            }

            var list = value.List;
            for (var i = 0; i < list.Length; i++)
            {
                var v = list[i];
                var itemPath = value.IsList ? $"{at}[{i}]" : at;
                if (!double.IsFinite(v))
                {
                    c.Report(PatchErrors.NotFinite, itemPath, name);
                }
                else if (param.Kind == ParamKind.Integer && v != Math.Round(v))
                {
                    c.Report(PatchErrors.WrongParamKind, itemPath, name, "a whole number");
                }
                else if (v < param.Min || v > param.Max)
                {
                    c.Report(PatchErrors.OutOfRange, itemPath, name, Format(v), Format(param.Min), Format(param.Max), Unit(param.Unit));
                }
            }
        }
    }

    private static void CheckOutputs(Context c)
    {
        for (var i = 0; i < c.Patch.Outputs.Length; i++)
        {
            if (c.Patch.Outputs[i] is { } source)
            {
                CheckSource(c, source, $"outputs[{i}]", null);
            }
        }
    }

    /// <summary>Checks that a connection names an existing node and output, and that its rate fits the port.</summary>
    private static void CheckSource(Context c, PortRef source, string at, string? controlPort)
    {
        if (!c.Index.TryGetValue(source.Node, out var index))
        {
            var hint = NodeCatalogue.Suggest(source.Node, c.Patch.Nodes.Select(n => n.Id)) is { } s ? $"; did you mean '{s}'?" : "";
            c.Report(PatchErrors.UnknownSourceNode, at, source.Node, hint);
            return;
        }

        if (c.Catalogue.Find(c.Patch.Nodes[index].Type) is not { } kernel)
        {
            return; // already reported as an unknown type
        }

        var outputs = kernel.Spec.Outputs;
        var port = source.Port is null ? (outputs.Count > 0 ? 0 : -1) : kernel.Spec.OutputIndex(source.Port);
        if (port < 0)
        {
            var names = outputs.Count == 0 ? "none" : string.Join(", ", outputs.Select(o => o.Name));
            c.Report(PatchErrors.UnknownOutputPort, at, source.Node, kernel.Spec.Type, source.Port ?? "out", names);
            return;
        }

        if (controlPort is not null && outputs[port].Rate == PortRate.Audio)
        {
            var dot = controlPort.LastIndexOf('.');
            c.Report(PatchErrors.WrongRate, at, controlPort[..dot], controlPort[(dot + 1)..], source.ToString());
        }
    }

    private static void CheckLoops(Context c)
    {
        var graph = PatchGraph.Resolve(c.Patch, c.Catalogue);
        var cycle = LoopAnalysis.FindUndelayedCycle(c.Patch.Nodes.Length, graph.Edges, graph.IsDelayed);
        if (cycle is not null)
        {
            var names = string.Join(" -> ", cycle.Select(n => c.Patch.Nodes[n].Id));
            c.Report(PatchErrors.CycleWithoutDelay, c.NodePath(cycle[0]), names);
            return;
        }

        var component = LoopAnalysis.Components(c.Patch.Nodes.Length, graph.Edges, out var isLoop);
        for (var i = 0; i < c.Patch.Nodes.Length; i++)
        {
            if (isLoop[component[i]] && c.Patch.Nodes[i].Oversample != 1)
            {
                var members = Enumerable.Range(0, c.Patch.Nodes.Length).Where(n => component[n] == component[i]).Select(n => c.Patch.Nodes[n].Id);
                c.Report(PatchErrors.OversampleInLoop, $"{c.NodePath(i)}.oversample", c.Patch.Nodes[i].Id, "(" + string.Join(", ", members) + ")");
            }
        }
    }

    private static string Format(double v) => NumberText.Format(v);

    private static string Unit(string unit) => unit.Length > 0 ? $" {unit}" : "";

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_-]*$")]
    private static partial Regex IdPattern();

    private sealed class Context(Patch patch, NodeCatalogue catalogue)
    {
        public Patch Patch { get; } = patch;

        public NodeCatalogue Catalogue { get; } = catalogue;

        public List<Diagnostic> Diagnostics { get; } = [];

        /// <summary>Node index by id (the first node with it), so resolving connections stays linear.</summary>
        public Dictionary<string, int> Index { get; } = BuildIndex(patch);

        public string NodePath(int index) => Patch.Source?.NodePath(index) ?? $"nodes[{index}]";

        private static Dictionary<string, int> BuildIndex(Patch patch)
        {
            var index = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < patch.Nodes.Length; i++)
            {
                index.TryAdd(patch.Nodes[i].Id, i);
            }

            return index;
        }

        public void Report(DiagnosticDescriptor descriptor, string path, params object?[] args) =>
            Diagnostics.Add(descriptor.At(path, Patch.Source, args));
    }
}

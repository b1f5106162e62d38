using System.Text;
using System.Text.Json;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Catalogue;
using Phasor.Graph.Model;

namespace Phasor.Graph.Json;

/// <summary>Writes a patch in the JSON patch format, one node per line, ports and parameters in spec order.</summary>
public static class PatchJsonWriter
{
    /// <summary>The patch as JSON text that <see cref="PatchJsonReader"/> reads back to an equal patch.</summary>
    public static string Write(Patch patch, string? name = null, NodeCatalogue? catalogue = null)
    {
        catalogue ??= NodeCatalogue.Default;
        var text = new StringBuilder();
        text.Append("{\n  \"version\": 1,\n");
        if (name is not null)
        {
            text.Append("  \"name\": ").Append(Quote(name)).Append(",\n");
        }

        text.Append("  \"nodes\": [\n");
        for (var i = 0; i < patch.Nodes.Length; i++)
        {
            text.Append("    ").Append(Node(patch.Nodes[i], catalogue)).Append(i + 1 < patch.Nodes.Length ? ",\n" : "\n");
        }

        text.Append("  ],\n  \"outputs\": [");
        text.AppendJoin(", ", patch.Outputs.Select(o => o is { } r ? Quote(r.ToString()) : "null"));
        return text.Append("]\n}\n").ToString();
    }

    private static string Node(NodeDef node, NodeCatalogue catalogue)
    {
        var parts = new List<string> { $"\"id\": {Quote(node.Id)}", $"\"type\": {Quote(node.Type)}" };
        if (node.Oversample != 1)
        {
            parts.Add($"\"oversample\": {node.Oversample}");
        }

        var spec = catalogue.Find(node.Type)?.Spec;
        var inputOrder = spec?.Inputs.Select(p => p.Name).ToList() ?? [];
        foreach (var (key, value) in node.Inputs.OrderBy(p => Order(inputOrder, p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            parts.Add($"{Quote(key)}: {(value is InputValue.Connection c ? Quote(c.Source.ToString()) : Number(((InputValue.Constant)value).Value))}");
        }

        var paramOrder = spec?.Parameters.Select(p => p.Name).ToList() ?? [];
        foreach (var (key, value) in node.Params.OrderBy(p => Order(paramOrder, p.Key)).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            parts.Add($"{Quote(key)}: {Param(value)}");
        }

        return "{ " + string.Join(", ", parts) + " }";
    }

    private static int Order(List<string> names, string key) => names.IndexOf(key) is var i and >= 0 ? i : int.MaxValue;

    private static string Param(ParamValue value) =>
        value.Text is { } text ? Quote(text) : value.IsList ? "[" + string.Join(", ", value.List.ToArray().Select(Number)) + "]" : Number(value.Number);

    private static string Number(double v) => v.ToString("R", System.Globalization.CultureInfo.InvariantCulture);

    private static string Quote(string s) => JsonSerializer.Serialize(s, s_options);

    // Patches are read by people: keep quotes and non-ASCII letters as they are.
    private static readonly JsonSerializerOptions s_options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}

using System.Collections.Immutable;
using System.Text;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Catalogue;
using Phasor.Graph.Diagnostics;
using Phasor.Graph.Model;

namespace Phasor.Graph.Json;

/// <summary>
/// Reads the JSON patch format (docs/patch-format.md) into a <see cref="Patch"/>. Never throws on bad
/// input: every structural problem becomes a located diagnostic and reading goes on, so a user sees
/// all of them at once. Semantic checks are <see cref="Validation.PatchValidator"/>'s.
/// </summary>
public sealed class PatchJsonReader
{
    private static readonly string[] s_topLevel = ["version", "name", "comment", "nodes", "outputs"];
    private static readonly string[] s_nodeReserved = ["id", "type", "oversample", "comment"];

    private readonly NodeCatalogue _catalogue;
    private readonly string? _file;
    private readonly byte[] _utf8;
    private readonly LineIndex _lines;
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly List<string> _nodePaths = [];
    private readonly Dictionary<string, long> _offsets = [];

    private PatchJsonReader(NodeCatalogue catalogue, string? file, string text)
    {
        _catalogue = catalogue;
        _file = file;
        _utf8 = Encoding.UTF8.GetBytes(text);
        _lines = new LineIndex(_utf8);
    }

    /// <summary>Reads a patch; the patch is null only when the text is not JSON or has no usable shape.</summary>
    public static LoadResult Read(string text, string? file = null, NodeCatalogue? catalogue = null)
    {
        // Editors may save a byte-order mark; it is not part of the JSON.
        text = text.TrimStart('\uFEFF');
        var reader = new PatchJsonReader(catalogue ?? NodeCatalogue.Default, file, text);
        var patch = reader.ReadPatch(text);
        return new LoadResult(patch, reader._diagnostics, patch?.Source ?? new SourceMap(file, text, reader._lines, reader._offsets, reader._nodePaths));
    }

    private Patch? ReadPatch(string text)
    {
        var root = JsonParser.Parse(_utf8, out var error, out var offset, out var line, out var byteInLine);
        if (root is null)
        {
            var location = offset >= 0 ? Locate(offset) : LocateLine(line, byteInLine);
            _diagnostics.Add(new Diagnostic(PatchErrors.JsonSyntax.Id, $"invalid JSON: {error}", "", location));
            return null;
        }

        Record("", root);
        if (!Expect(root, JsonKind.Object, "the patch", "an object"))
        {
            return null;
        }

        JsonValue? nodes = null, outputs = null;
        foreach (var member in root.Members)
        {
            Record(member.Name, member.Value);
            switch (member.Name)
            {
                case "nodes": nodes = member.Value; break;
                case "outputs": outputs = member.Value; break;
                case "version": ReadVersion(member.Value); break;
                case "name" or "comment": break;
                default: UnknownProperty(member, s_topLevel); break;
            }
        }

        if (nodes is null)
        {
            _diagnostics.Add(PatchErrors.MissingProperty.At("nodes", null, "nodes") with { Location = Locate(root.Offset) });
        }

        if (outputs is null)
        {
            _diagnostics.Add(PatchErrors.MissingProperty.At("outputs", null, "outputs") with { Location = Locate(root.Offset) });
        }

        var nodeDefs = nodes is not null && Expect(nodes, JsonKind.Array, "'nodes'", "an array of node objects") ? ReadNodes(nodes) : [];
        var channels = outputs is not null ? ReadOutputs(outputs) : [];
        return new Patch(nodeDefs, channels, new SourceMap(_file, text, _lines, _offsets, _nodePaths));
    }

    private void ReadVersion(JsonValue value)
    {
        if (value.Kind != JsonKind.Number || value.Number != 1)
        {
            _diagnostics.Add(PatchErrors.UnsupportedVersion.At("version", null, value.Kind == JsonKind.Number ? value.Number : value.Describe()) with { Location = Locate(value.Offset) });
        }
    }

    private ImmutableArray<NodeDef> ReadNodes(JsonValue nodes)
    {
        var defs = ImmutableArray.CreateBuilder<NodeDef>();
        _nodePaths.Clear();
        for (var i = 0; i < nodes.Items.Count; i++)
        {
            var path = $"nodes[{i}]";
            var item = nodes.Items[i];
            Record(path, item);
            if (Expect(item, JsonKind.Object, path, "a node object") && ReadNode(item, path) is { } def)
            {
                defs.Add(def);
                _nodePaths.Add(path);
            }
        }

        return defs.ToImmutable();
    }

    private NodeDef? ReadNode(JsonValue node, string path)
    {
        string? id = null, type = null;
        var oversample = 1;
        foreach (var member in node.Members)
        {
            var memberPath = $"{path}.{member.Name}";
            Record(memberPath, member.Value);
            switch (member.Name)
            {
                case "id" when Expect(member.Value, JsonKind.String, memberPath, "a string"): id = member.Value.Text; break;
                case "type" when Expect(member.Value, JsonKind.String, memberPath, "a string"): type = member.Value.Text; break;
                case "oversample" when Expect(member.Value, JsonKind.Number, memberPath, "a number"): oversample = ReadOversample(member.Value, memberPath); break;
            }
        }

        if (id is null || type is null)
        {
            _diagnostics.Add(PatchErrors.MissingProperty.At(path, null, id is null ? "id" : "type") with { Location = Locate(node.Offset) });
            return null;
        }

        var kernel = _catalogue.Find(type);
        var inputs = ImmutableDictionary.CreateBuilder<string, InputValue>();
        var parameters = ImmutableDictionary.CreateBuilder<string, ParamValue>();
        foreach (var member in node.Members)
        {
            if (kernel is null || Array.IndexOf(s_nodeReserved, member.Name) >= 0)
            {
                continue;
            }

            var memberPath = $"{path}.{member.Name}";
            if (kernel.Spec.InputIndex(member.Name) >= 0)
            {
                if (ReadInput(member.Value, memberPath) is { } input)
                {
                    inputs[member.Name] = input;
                }
            }
            else if (kernel.Spec.Parameter(member.Name) is { } param)
            {
                if (ReadParam(param, member.Value, memberPath) is { } value)
                {
                    parameters[member.Name] = value;
                }
            }
            else
            {
                var names = kernel.Spec.Inputs.Select(p => p.Name).Concat(kernel.Spec.Parameters.Select(p => p.Name)).Concat(s_nodeReserved);
                var hint = NodeCatalogue.Suggest(member.Name, names) is { } s ? $"; did you mean '{s}'?" : "";
                _diagnostics.Add(PatchErrors.UnknownPortOrParam.At(memberPath, null, id, type, member.Name, hint) with { Location = Locate(member.NameOffset) });
            }
        }

        return new NodeDef(id, type, inputs.ToImmutable(), parameters.ToImmutable(), oversample);
    }

    private int ReadOversample(JsonValue value, string path)
    {
        if (value.Number is 1 or 2 or 4 or 8)
        {
            return (int)value.Number;
        }

        _diagnostics.Add(PatchErrors.InvalidOversample.At(path, null, NumberText.Format(value.Number)) with { Location = Locate(value.Offset) });
        return 1;
    }

    private InputValue? ReadInput(JsonValue value, string path) => value.Kind switch
    {
        JsonKind.Number => new InputValue.Constant(value.Number),
        JsonKind.String => new InputValue.Connection(PortRef.Parse(value.Text)),
        _ => Fail(value, path, "a number or a connection such as \"osc\" or \"env.out\""),
    };

    private ParamValue? ReadParam(ParamSpec spec, JsonValue value, string path)
    {
        switch (spec.Kind)
        {
            case ParamKind.Choice:
                return Expect(value, JsonKind.String, path, $"one of {string.Join(", ", spec.Choices ?? [])}") ? ParamValue.Of(value.Text) : null;
            case ParamKind.NumberList when value.Kind == JsonKind.Array:
                var numbers = new List<double>();
                for (var i = 0; i < value.Items.Count; i++)
                {
                    Record($"{path}[{i}]", value.Items[i]);
                    if (Expect(value.Items[i], JsonKind.Number, $"{path}[{i}]", "a number"))
                    {
                        numbers.Add(value.Items[i].Number);
                    }
                }

                return ParamValue.Of(numbers);
            case ParamKind.NumberList:
                return Expect(value, JsonKind.Number, path, "an array of numbers") ? ParamValue.Of([value.Number]) : null;
            default:
                return Expect(value, JsonKind.Number, path, "a number") ? ParamValue.Of(value.Number) : null;
        }
    }

    private ImmutableArray<PortRef?> ReadOutputs(JsonValue outputs)
    {
        if (outputs.Kind == JsonKind.String)
        {
            return [PortRef.Parse(outputs.Text)];
        }

        if (!Expect(outputs, JsonKind.Array, "'outputs'", "an array of connections, one per channel"))
        {
            return [];
        }

        var channels = ImmutableArray.CreateBuilder<PortRef?>();
        for (var i = 0; i < outputs.Items.Count; i++)
        {
            var item = outputs.Items[i];
            Record($"outputs[{i}]", item);
            if (item.Kind == JsonKind.Null)
            {
                channels.Add(null);
            }
            else if (Expect(item, JsonKind.String, $"outputs[{i}]", "a connection such as \"mix\" or null for silence"))
            {
                channels.Add(PortRef.Parse(item.Text));
            }
        }

        return channels.ToImmutable();
    }

    private InputValue? Fail(JsonValue value, string path, string expected)
    {
        Expect(value, JsonKind.Null, path, expected);
        return null;
    }

    private bool Expect(JsonValue value, JsonKind kind, string what, string expected)
    {
        if (value.Kind == kind)
        {
            return true;
        }

        _diagnostics.Add(PatchErrors.WrongJsonType.At(what.Trim('\''), null, what, expected, value.Describe()) with { Location = Locate(value.Offset) });
        return false;
    }

    private void UnknownProperty(JsonMember member, string[] known)
    {
        var hint = NodeCatalogue.Suggest(member.Name, known) is { } s ? $"; did you mean '{s}'?" : $"; expected one of {string.Join(", ", known)}";
        _diagnostics.Add(PatchErrors.UnknownProperty.At(member.Name, null, member.Name, hint) with { Location = Locate(member.NameOffset) });
    }

    private void Record(string path, JsonValue value) => _offsets[path] = value.Offset;

    private SourceLocation Locate(long offset)
    {
        var (line, column) = _lines.Position(offset);
        return new SourceLocation(_file, line, column);
    }

    private SourceLocation LocateLine(int zeroBasedLine, int byteInLine)
    {
        var (line, _) = _lines.Position(0);
        var start = 0;
        for (var l = 0; l < zeroBasedLine && start < _utf8.Length; l++)
        {
            var next = Array.IndexOf(_utf8, (byte)'\n', start);
            start = next < 0 ? _utf8.Length : next + 1;
        }

        var column = JsonParser.CharCount(_utf8, start, start + byteInLine) + 1;
        return new SourceLocation(_file, zeroBasedLine + line, column);
    }
}

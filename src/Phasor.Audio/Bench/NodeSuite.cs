using System.Globalization;
using System.Text;
using Phasor.Dsp.Kernels;
using Phasor.Graph.Catalogue;

namespace Phasor.Audio.Bench;

/// <summary>
/// One small patch per node type and input setting: the node under test with its audio-rate inputs
/// at their defaults ("static") or driven by signals inside their ranges ("modulated"), every
/// output a channel. These are the patches the differential tests and `phasor bench nodes` use.
/// </summary>
public static class NodeSuite
{
    /// <summary>Parameters some node types need.</summary>
    private static readonly Dictionary<string, string> s_params = new()
    {
        ["stepseq"] = "\"values\": [1, -0.5, 0.25, 3]",
    };

    /// <summary>Every node type, in catalogue order.</summary>
    public static IEnumerable<string> Types => NodeCatalogue.Default.Kernels.Select(k => k.Spec.Type);

    /// <summary>The JSON patch for <paramref name="type"/>.</summary>
    public static string Patch(string type, bool modulated, int oversample = 1)
    {
        var spec = NodeCatalogue.Default.Find(type)!.Spec;
        var nodes = new List<string>
        {
            """{ "id": "sig", "type": "saw", "freq": 220 }""",
            """{ "id": "sig2", "type": "sine", "freq": 331 }""",
            """{ "id": "gate", "type": "clock", "freq": 7, "width": 0.3 }""",
            """{ "id": "lfo", "type": "sine", "freq": 3.7 }""",
        };
        var ports = new List<string>();
        foreach (var port in spec.Inputs)
        {
            if (Drive(port, modulated) is { } driver)
            {
                nodes.Add(driver.Node.Replace("{id}", "drive_" + port.Name, StringComparison.Ordinal));
                ports.Add($"\"{port.Name}\": \"{driver.Source.Replace("{id}", "drive_" + port.Name, StringComparison.Ordinal)}\"");
            }
        }

        if (s_params.TryGetValue(type, out var extra))
        {
            ports.Add(extra);
        }

        var settings = ports.Count > 0 ? ", " + string.Join(", ", ports) : "";
        nodes.Add($"{{ \"id\": \"dut\", \"type\": \"{type}\", \"oversample\": {oversample}{settings} }}");

        // Sources nobody reads would be rendered and timed too: keep only the ones in use (sig always: silent patches play it).
        var text0 = string.Join("\n", nodes.Skip(4));
        nodes.RemoveAll(n => n.Contains("\"id\": \"sig2\"", StringComparison.Ordinal) && !text0.Contains("\"sig2\"", StringComparison.Ordinal));
        nodes.RemoveAll(n => n.Contains("\"id\": \"gate\"", StringComparison.Ordinal) && !text0.Contains("\"gate.gate\"", StringComparison.Ordinal));
        nodes.RemoveAll(n => n.Contains("\"id\": \"lfo\"", StringComparison.Ordinal) && !text0.Contains("\"lfo\"", StringComparison.Ordinal));
        var outputs = spec.Outputs.Count == 0 ? ["\"sig\""] : spec.Outputs.Take(8).Select(o => $"\"dut.{o.Name}\"");
        var text = new StringBuilder("{ \"nodes\": [\n  ");
        text.AppendJoin(",\n  ", nodes).Append("\n], \"outputs\": [").AppendJoin(", ", outputs).Append("] }");
        return text.ToString();
    }

    /// <summary>What feeds a port: signal inputs get audio, gates get a clock, other audio ports an LFO within range when modulated.</summary>
    private static (string Node, string Source)? Drive(PortSpec port, bool modulated)
    {
        if (port.Rate == PortRate.Control)
        {
            return null;
        }

        switch (port.Name)
        {
            case "in" or "a" or "left":
                return ("""{ "id": "{id}", "type": "gain", "in": "sig" }""", "{id}");
            case "b" or "right":
                return ("""{ "id": "{id}", "type": "gain", "in": "sig2" }""", "{id}");
            case "gate" or "trig" or "sync" or "reset":
                return modulated || port.Name is "gate" or "trig" ? ("""{ "id": "{id}", "type": "gain", "in": "gate.gate" }""", "{id}") : null;
        }

        if (!modulated)
        {
            return null;
        }

        // Sweep ±25% of the distance to the nearer end of the range around the default, or ±1 when unbounded.
        var span = Math.Min(port.Default - port.Min, port.Max - port.Default);
        var depth = double.IsFinite(span) ? 0.25 * span : 1;
        if (depth <= 0)
        {
            depth = 0.1 * Math.Min(Math.Abs(port.Max - port.Min), 1);
        }

        var lo = (port.Default - depth).ToString("R", CultureInfo.InvariantCulture);
        var hi = (port.Default + depth).ToString("R", CultureInfo.InvariantCulture);
        return ($$"""{ "id": "{id}", "type": "scale", "in": "lfo", "outMin": {{lo}}, "outMax": {{hi}} }""", "{id}");
    }
}

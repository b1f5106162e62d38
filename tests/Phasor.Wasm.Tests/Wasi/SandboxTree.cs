using System.Text;

namespace Phasor.Wasm.Tests.Wasi;

/// <summary>
/// Lists what a program left in its sandbox directory, in the form tests/wasm-programs/run-node.mjs writes
/// NAME.tree: entries in ordinal order, "DIR/" for a directory, "FILE: N bytes" then its lines indented when the
/// content is printable ASCII.
/// </summary>
internal static class SandboxTree
{
    /// <summary>Lists <paramref name="root"/>.</summary>
    public static string List(string root)
    {
        var text = new StringBuilder();
        Walk(root, "", text);
        return text.ToString();
    }

    private static void Walk(string directory, string prefix, StringBuilder text)
    {
        var entries = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry is DirectoryInfo)
            {
                text.Append(prefix).Append(entry.Name).Append("/\n");
                Walk(entry.FullName, $"{prefix}{entry.Name}/", text);
                continue;
            }

            var bytes = File.ReadAllBytes(entry.FullName);
            text.Append(prefix).Append(entry.Name).Append(": ").Append(bytes.Length).Append(" bytes\n");
            if (bytes.All(b => b == '\n' || (b >= 32 && b < 127)))
            {
                var lines = Encoding.ASCII.GetString(bytes).Split('\n');
                foreach (var line in lines[..^1])
                {
                    text.Append("  ").Append(line).Append('\n');
                }
            }
        }
    }
}

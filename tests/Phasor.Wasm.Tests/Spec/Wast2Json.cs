using System.Diagnostics;
using System.Security.Cryptography;

namespace Phasor.Wasm.Tests.Spec;

/// <summary>
/// Converts a <c>.wast</c> file with <c>wast2json --enable-all</c> into a cache directory keyed by the hash of the
/// text converted (and the flags), so a rerun reads the JSON and modules already written. Concurrent conversions of one file are safe: each
/// writes a private directory and the first to rename it into place wins.
/// </summary>
internal static class Wast2Json
{
    /// <summary>
    /// Gets the JSON file of <paramref name="wastPath"/>'s commands, converting it first if needed (after its
    /// <see cref="WastPatches"/> rewrite, if it has one).
    /// </summary>
    /// <exception cref="InvalidOperationException">wast2json failed; the message has its output.</exception>
    public static string Convert(string wastPath)
    {
        var name = Path.GetFileNameWithoutExtension(wastPath);
        WastPatches.ByFile.TryGetValue(Path.GetFileName(wastPath), out var patch);
        var source = patch is null ? File.ReadAllText(wastPath) : patch.Apply(File.ReadAllText(wastPath));
        var allFeatures = patch?.AllFeatures ?? true;
        var directory = Path.Combine(SpecPaths.Cache, Hash(source + (allFeatures ? "\n--enable-all" : "")));
        var json = Path.Combine(directory, name + ".json");
        if (File.Exists(json))
        {
            return json;
        }

        var scratch = directory + ".tmp-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(scratch);
        try
        {
            var input = wastPath;
            if (patch is not null)
            {
                input = Path.Combine(scratch, name + ".patched.wast");
                File.WriteAllText(input, source);
            }

            var (exitCode, output) = Run(input, Path.Combine(scratch, name + ".json"), allFeatures);
            if (exitCode != 0)
            {
                throw new InvalidOperationException($"wast2json failed on {Path.GetFileName(wastPath)} (exit {exitCode}): {output.Trim()}");
            }

            try
            {
                Directory.Move(scratch, directory);
            }
            catch (IOException) when (File.Exists(json))
            {
                // Another test converted the same file first; its copy is identical.
            }
        }
        finally
        {
            if (Directory.Exists(scratch))
            {
                Directory.Delete(scratch, recursive: true);
            }
        }

        return json;
    }

    /// <summary>Runs wast2json (--enable-all, no patch) into a throwaway directory, for files known to fail.</summary>
    public static (int ExitCode, string Output) TryConvert(string wastPath)
    {
        var scratch = Path.Combine(Path.GetTempPath(), "phasor-wast-probe-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(scratch);
        try
        {
            return Run(wastPath, Path.Combine(scratch, "out.json"), allFeatures: true);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static (int ExitCode, string Output) Run(string wastPath, string jsonPath, bool allFeatures)
    {
        var start = new ProcessStartInfo(SpecPaths.Wast2Json)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (allFeatures)
        {
            start.ArgumentList.Add("--enable-all");
        }

        start.ArgumentList.Add(wastPath);
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add(jsonPath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start wast2json");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    private static string Hash(string text) =>
        System.Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
}

using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Phasor.Cli.ScriptBenchmarks;

/// <summary>Runs the workloads in Node (a subprocess per workload and mode) for the same-run comparison.</summary>
/// <remarks>
/// The workloads are TypeScript, so they are first transpiled to JavaScript by the TypeScript compiler from npm
/// (the copy in <c>$PHASOR_TS_HOME</c>, default <c>~/.cache/phasor-ts</c>, which <c>shared/tools/node-expected</c>
/// installs, or one Node can <c>require</c>). A driver appended to each file makes the same calls of <c>bench()</c>
/// as the in-process runner and times them with <c>performance.now()</c>, so Node's start-up is excluded too.
/// </remarks>
internal sealed class NodeRunner : IDisposable
{
    private const string ResultPrefix = "PHASOR-BENCH ";
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(5);

    private const string TranspileScript = """
        const path = require("path"), fs = require("fs"), os = require("os");
        const home = process.env.PHASOR_TS_HOME || path.join(os.homedir(), ".cache", "phasor-ts");
        let ts;
        try { ts = require(path.join(home, "node_modules", "typescript")); } catch { ts = require("typescript"); }
        for (const file of process.argv.slice(1)) {
          const out = ts.transpileModule(fs.readFileSync(file, "utf8"), { fileName: file, compilerOptions: {
            target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None, useDefineForClassFields: true } }).outputText;
          fs.writeFileSync(file.replace(/\.ts$/, ".js"), out);
        }
        """;

    private readonly string _node;
    private readonly string _directory;

    private NodeRunner(string node, string version, string directory)
    {
        _node = node;
        Version = version;
        _directory = directory;
    }

    /// <summary>Gets Node's version (<c>node --version</c>).</summary>
    public string Version { get; }

    /// <summary>Finds Node and transpiles the workloads; returns null with the reason when Node cannot take part.</summary>
    public static NodeRunner? TryCreate(string node, IEnumerable<string> workloads, out string? reason)
    {
        var (exit, version, error) = RunProcess(node, ["--version"]);
        if (exit != 0)
        {
            reason = $"'{node}' did not run ({error.Trim()})";
            return null;
        }

        var directory = Directory.CreateTempSubdirectory("phasor-bench-script-").FullName;
        var runner = new NodeRunner(node, version.Trim(), directory);
        var files = workloads.Select(w => Path.Combine(directory, w + ".ts")).ToList();
        foreach (var workload in workloads)
        {
            File.WriteAllText(Path.Combine(directory, workload + ".ts"), ScriptWorkloads.Read(workload));
        }

        (exit, _, error) = RunProcess(node, ["-e", TranspileScript, .. files]);
        if (exit != 0)
        {
            runner.Dispose();
            reason = "the TypeScript compiler (npm package typescript) was not found; install it into $PHASOR_TS_HOME "
                + "(default ~/.cache/phasor-ts), for example by running shared/tools/node-expected once";
            return null;
        }

        reason = null;
        return runner;
    }

    /// <summary>Runs one workload: <paramref name="warmups"/> untimed calls, then <paramref name="runs"/> timed ones.</summary>
    public EngineTimes Run(string workload, bool jitless, int warmups, int runs)
    {
        var script = Path.Combine(_directory, workload + (jitless ? ".jitless.js" : ".node.js"));
        var driver = string.Create(CultureInfo.InvariantCulture, $$"""

            ;(() => {
              let result;
              for (let i = 0; i < {{warmups}}; i++) result = bench();
              const times = [], cpu = [];
              for (let i = 0; i < {{runs}}; i++) {
                const cpuStart = process.cpuUsage();
                const start = performance.now();
                result = bench();
                times.push(performance.now() - start);
                const used = process.cpuUsage(cpuStart);
                cpu.push((used.user + used.system) / 1000);
              }
              console.log("{{ResultPrefix}}" + JSON.stringify({ checksum: String(result), times, cpu }));
            })();
            """);
        File.WriteAllText(script, File.ReadAllText(Path.Combine(_directory, workload + ".js")) + driver);
        var (exit, output, error) = RunProcess(_node, jitless ? ["--jitless", script] : [script]);
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (exit != 0 || line is null)
        {
            return EngineTimes.Failed($"node exited with code {exit}: {error.Trim()}");
        }

        using var json = JsonDocument.Parse(line[ResultPrefix.Length..]);
        var times = json.RootElement.GetProperty("times").EnumerateArray().Select(t => t.GetDouble()).ToArray();
        var cpu = json.RootElement.GetProperty("cpu").EnumerateArray().Select(t => t.GetDouble()).ToArray();
        return new EngineTimes(times, cpu, json.RootElement.GetProperty("checksum").GetString(), null);
    }

    /// <summary>Deletes the transpiled files.</summary>
    public void Dispose()
    {
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary directory is harmless.
        }
    }

    private static (int Exit, string Output, string Error) RunProcess(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var error = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(s_timeout))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "", $"timed out after {s_timeout.TotalMinutes} minutes");
            }

            return (process.ExitCode, output.Result, error.Result);
        }
        catch (Win32Exception e)
        {
            return (-1, "", e.Message);
        }
    }
}

using System.Globalization;
using Phasor.Script.Hosting;

namespace Phasor.Cli.Scripting;

/// <summary>Gives scripts a small Node-like <c>process</c> global: <c>argv</c>, <c>env</c>, <c>platform</c>, <c>exitCode</c> and <c>exit()</c>.</summary>
/// <remarks>
/// Built through the host API, not by evaluating a prelude script: a prelude cost every run the parse and compile of
/// an object literal holding the whole environment. <c>process</c> is a property of the global object (not a
/// declaration), writable, configurable and not enumerable, as <c>Object.defineProperty</c> would define it, so a
/// script may still declare its own <c>process</c>.
/// </remarks>
internal static class ProcessGlobal
{
    /// <summary>Defines <c>process</c> in <paramref name="engine"/> with <paramref name="argv"/> as <c>process.argv</c>.</summary>
    public static void Install(ScriptEngine engine, IReadOnlyList<string> argv)
    {
        var process = engine.CreateObject();
        var args = new ScriptValue[argv.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = ScriptValue.FromString(argv[i]);
        }

        process.Set("argv", engine.CreateArray(args));
        var env = engine.CreateObject();
        var variables = Environment.GetEnvironmentVariables();
        var names = new string[variables.Count];
        variables.Keys.CopyTo(names, 0);
        Array.Sort(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            env.Set(name, ScriptValue.FromString((string?)variables[name] ?? ""));
        }

        process.Set("env", env);
        process.Set("platform", ScriptValue.FromString(Platform()));
        process.Set("exitCode", ScriptValue.Undefined);

        // process.exit() without a code exits with process.exitCode, read when it is called.
        process.Set("exit", engine.CreateFunction("exit", (in CallArguments call) =>
        {
            var code = call.Count > 0 && !call[0].IsUndefined ? call[0] : process.Get("exitCode");
            throw new ProcessExitException(ToExitCode(code.ToObject()));
        }, length: 1));
        engine.SetGlobal("process", process);
    }

    /// <summary>The exit code a script set in <c>process.exitCode</c> (0 if none); call after the script ran.</summary>
    /// <remarks>Reads <c>globalThis.process</c>, which a script may have replaced, not a <c>process</c> it declared.</remarks>
    public static int ReadExitCode(ScriptEngine engine)
    {
        try
        {
            var process = engine.GetGlobal("globalThis").Get("process");
            return process.IsObject ? ToExitCode(process.Get("exitCode").ToObject()) : 0;
        }
        catch (ScriptErrorException)
        {
            // A getter on exitCode that throws: as if no code was set.
            return 0;
        }
    }

    /// <summary>Node takes an integer or a string of one; anything else counts as 0 here.</summary>
    private static int ToExitCode(object? value) => value switch
    {
        double d when d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) => code,
        _ => 0,
    };

    private static string Platform() =>
        OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : "unknown";
}

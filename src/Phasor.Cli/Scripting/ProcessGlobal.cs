using System.Globalization;
using System.Text;
using Phasor.Script.Hosting;

namespace Phasor.Cli.Scripting;

/// <summary>Gives scripts a small Node-like <c>process</c> global: <c>argv</c>, <c>env</c>, <c>platform</c>, <c>exitCode</c> and <c>exit()</c>.</summary>
/// <remarks>
/// The engine's host API registers functions only, so the object is built by a prelude script that runs first and
/// defines <c>process</c> on the global object (not as a declaration), so a script may still declare its own
/// <c>process</c>. <c>exit</c> goes through a registered host function that the prelude captures and then deletes.
/// </remarks>
internal static class ProcessGlobal
{
    private const string ExitFunction = "__phasorProcessExit";
    private const string PreludeName = "phasor:process";

    /// <summary>Defines <c>process</c> in <paramref name="engine"/> with <paramref name="argv"/> as <c>process.argv</c>.</summary>
    public static void Install(ScriptEngine engine, IReadOnlyList<string> argv)
    {
        engine.RegisterFunction(ExitFunction, args => throw new ProcessExitException(ToExitCode(args.Length > 0 ? args[0] : null)));
        var result = engine.Evaluate(Prelude(argv), PreludeName);
        if (!result.Success)
        {
            throw new InvalidOperationException("the process prelude failed: " + result.Error);
        }
    }

    /// <summary>The exit code a script set in <c>process.exitCode</c> (0 if none); call after the script ran.</summary>
    public static int ReadExitCode(ScriptEngine engine)
    {
        var result = engine.Evaluate(
            "typeof globalThis.process === 'object' && globalThis.process !== null ? globalThis.process.exitCode : undefined", PreludeName);
        return result.Success ? ToExitCode(result.Value) : 0;
    }

    /// <summary>Node takes an integer or a string of one; anything else counts as 0 here.</summary>
    private static int ToExitCode(object? value) => value switch
    {
        double d when d == Math.Floor(d) && Math.Abs(d) <= int.MaxValue => (int)d,
        string s when int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) => code,
        _ => 0,
    };

    private static string Prelude(IReadOnlyList<string> argv)
    {
        var text = new StringBuilder();
        text.Append("Object.defineProperty(globalThis, 'process', { writable: true, configurable: true, value: (function (hostExit) {\n");
        text.Append("  const process = { argv: [");
        for (var i = 0; i < argv.Count; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(Quote(argv[i]));
        }

        text.Append("], env: {");
        var variables = Environment.GetEnvironmentVariables();
        var names = new string[variables.Count];
        variables.Keys.CopyTo(names, 0);
        Array.Sort(names, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(Quote(names[i])).Append(": ").Append(Quote((string?)variables[names[i]] ?? ""));
        }

        text.Append("}, platform: ").Append(Quote(Platform())).Append(", exitCode: undefined, exit: undefined };\n");
        text.Append("  process.exit = function exit(code) { hostExit(code === undefined ? process.exitCode : code); };\n");
        text.Append("  return process;\n})(").Append(ExitFunction).Append(") });\ndelete globalThis.").Append(ExitFunction).Append(";\n");
        return text.ToString();
    }

    private static string Platform() =>
        OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsLinux() ? "linux" : "unknown";

    /// <summary>A string literal for <paramref name="value"/>: quotes, backslashes and every control or line-separator character escaped.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"' or '\\':
                    text.Append('\\').Append(c);
                    break;
                case < ' ' or '\u2028' or '\u2029' or '\u007f' or (>= '\ud800' and <= '\udfff'):
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.Append('"').ToString();
    }
}

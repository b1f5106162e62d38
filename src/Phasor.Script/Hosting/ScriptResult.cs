using Phasor.Script.Diagnostics;
using Phasor.Script.Runtime;

namespace Phasor.Script.Hosting;

/// <summary>The outcome of <see cref="ScriptEngine.Evaluate"/>: diagnostics, or a runtime error, or the completion value.</summary>
public sealed class ScriptResult
{
    internal ScriptResult(IReadOnlyList<Diagnostic> diagnostics, string? error, string? errorName, ScriptValue completion)
    {
        Diagnostics = diagnostics;
        Error = error;
        ErrorName = errorName;
        CompletionValue = completion;
        Value = HostValues.ToHost(completion.Value);
        ValueText = completion.IsUndefined || completion.Engine is null ? null : Inspector.Inspect(completion.Engine.Realm, completion.Value);
    }

    /// <summary>Gets whether the script compiled and ran to completion.</summary>
    public bool Success => Error is null;

    /// <summary>Gets the syntax, scope and unsupported-feature diagnostics (empty when the script compiled).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the printable error: formatted diagnostics, or the runtime error with the script's stack.</summary>
    public string? Error { get; }

    /// <summary>Gets the name of the uncaught error (<c>TypeError</c>...), <c>SyntaxError</c> for compile errors,
    /// <c>Interrupted</c> when the instruction budget, cancellation or the heap limit stopped the script.</summary>
    public string? ErrorName { get; }

    /// <summary>Gets the completion value (the last top-level expression statement), to read or call from C#.</summary>
    public ScriptValue CompletionValue { get; }

    /// <summary>Gets the completion value converted to .NET: double, string, bool, null; objects as the engine's own object.</summary>
    public object? Value { get; }

    /// <summary>Gets the completion value formatted as the REPL prints it (Node's util.inspect: strings quoted).</summary>
    public string? ValueText { get; }

    /// <summary>Gets the exit code the CLI reports: 0 on success, 1 for a script error.</summary>
    public int ExitCode => Success ? 0 : 1;
}

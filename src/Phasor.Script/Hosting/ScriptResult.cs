using Phasor.Script.Diagnostics;

namespace Phasor.Script.Hosting;

/// <summary>The outcome of <see cref="ScriptEngine.Evaluate"/>: diagnostics, or a runtime error, or the completion value.</summary>
public sealed class ScriptResult
{
    internal ScriptResult(IReadOnlyList<Diagnostic> diagnostics, string? error, string? errorName, object? value, string? valueText)
    {
        Diagnostics = diagnostics;
        Error = error;
        ErrorName = errorName;
        Value = value;
        ValueText = valueText;
    }

    /// <summary>Gets whether the script compiled and ran to completion.</summary>
    public bool Success => Error is null;

    /// <summary>Gets the syntax, scope and unsupported-feature diagnostics (empty when the script compiled).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    /// <summary>Gets the printable error: formatted diagnostics, or the runtime error with the script's stack.</summary>
    public string? Error { get; }

    /// <summary>Gets the name of the uncaught error (<c>TypeError</c>...), when the script threw an Error object.</summary>
    public string? ErrorName { get; }

    /// <summary>Gets the completion value (last top-level expression statement) converted to .NET.</summary>
    public object? Value { get; }

    /// <summary>Gets the completion value formatted as <c>console.log</c> would print it.</summary>
    public string? ValueText { get; }

    /// <summary>Gets the exit code the CLI reports: 0 on success, 1 for a script error.</summary>
    public int ExitCode => Success ? 0 : 1;
}
